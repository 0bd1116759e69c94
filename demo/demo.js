// Lists the widgets' events at the foot of the demo page.
const log = document.getElementById('log');
for (const type of ['csr-ready', 'csr-error', 'csr-share', 'csr-report']) {
  document.addEventListener(type, (event) => {
    const detail = event.detail ? ` ${JSON.stringify(event.detail)}` : '';
    log.textContent += `${event.target.localName} ${type}${detail}\n`;
  });
}
