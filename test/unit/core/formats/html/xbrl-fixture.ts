/**
 * A small inline XBRL 10-Q: two contexts for the quarters (durations), one instant, one dimensional context,
 * and an income table whose columns are tagged, one header naming the wrong year. `headerLast` puts ix:header
 * after the table (the specification does not fix its place).
 */
const context = (id: string, period: string, member = ''): string =>
  `<xbrli:context id="${id}"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000000001</xbrli:identifier>` +
  (member
    ? `<xbrli:segment><xbrldi:explicitMember dimension="us-gaap:StatementBusinessSegmentsAxis">${member}</xbrldi:explicitMember></xbrli:segment>`
    : '') +
  `</xbrli:entity><xbrli:period>${period}</xbrli:period></xbrli:context>`;
const duration = (start: string, end: string) =>
  `<xbrli:startDate>${start}</xbrli:startDate><xbrli:endDate>${end}</xbrli:endDate>`;

const header =
  '<div style="display:none"><ix:header><ix:hidden>' +
  '<ix:nonNumeric name="dei:DocumentType" contextRef="q23">10-Q</ix:nonNumeric></ix:hidden><ix:resources>' +
  context('q23', duration('2023-04-02', '2023-07-01')) +
  context('q22', duration('2022-04-03', '2022-07-02')) +
  context('i23', '<xbrli:instant>2023-07-01</xbrli:instant>') +
  context('q23seg', duration('2023-04-02', '2023-07-01'), 'acme:WidgetsMember') +
  '</ix:resources></ix:header></div>';

const nf = (ctx: string, value: string, attrs = 'decimals="-6" scale="6"'): string =>
  `<ix:nonFraction unitRef="usd" contextRef="${ctx}" name="us-gaap:Revenues" format="ixt:num-dot-decimal" ${attrs}>${value}</ix:nonFraction>`;

const table =
  '<p>Results of Operations</p><table>' +
  '<tr><td></td><td colspan="2">Three Months Ended</td></tr>' +
  '<tr><td>(in millions)</td><td>July 1, 2023</td><td>July 2, 2021</td><td>% Change</td></tr>' +
  `<tr><td>Net sales</td><td>$ ${nf('q23', '1,200')}</td><td>$ ${nf('q22', '1,000')}</td><td>20.0%</td></tr>` +
  `<tr><td>Widgets</td><td>${nf('q23seg', '700')}</td><td>${nf('q22', '600')}</td><td>16.7%</td></tr>` +
  `<tr><td>Restructuring</td><td>(${nf('q23', '50', 'decimals="-6" scale="6" sign="-"')})</td><td>(${nf('q22', '40', 'decimals="-6" scale="6" sign="-"')})</td><td>25.0%</td></tr>` +
  `<tr><td>Shares (exact)</td><td>${nf('q23', '5,000,000', 'decimals="INF" scale="0"')}</td><td>${nf('q22', '4,000,000', 'decimals="INF" scale="0"')}</td><td>25.0%</td></tr>` +
  '</table>' +
  '<p>Balance</p><table>' +
  '<tr><td></td><td>As of July 1, 2023</td></tr>' +
  `<tr><td>Cash</td><td>${nf('i23', '300')}</td></tr>` +
  `<tr><td>Debt</td><td>${nf('i23', '100')}</td></tr>` +
  '</table>';

export function xbrlFixture(headerLast = false): string {
  return `<html><body>${headerLast ? '' : header}${table}${headerLast ? header : ''}</body></html>`;
}
