import fc from 'fast-check';

/** Pieces of tag soup as filings (and hostile pages) mix them: random arrays of these make test documents. */
export const fragment = fc.constantFrom(
  '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th colspan="2">', '<tbody>', '<caption>', '<p>', '</p>',
  '<b>', '</b>', '<i>', '</i>', '<font size=2>', '</font>', '<div>', '</div>', '<span>', '</span>', '<br>', '<li>', '<ul>',
  '</ul>', '<h2>', '</h2>', '<pre>', '</pre>', '<a>', '</a>', '<strong>', '</strong>', '<!-- c -->', '&nbsp;', '&amp;',
  '\r\n', ' ', '\n', '1,000', '12.5%', '$', '(1)', 'Item 12.', 'text', '<sup>', '</sup>', '<center>', '<hr>', '<html>',
  '<body>', '</body>', '<title>', '</title>', '<head>', '</head>', '<div style="display:none">', '<u>', '</u>',
  '<td rowspan=2>', '<tfoot>', '<thead>', '</tbody>', '</thead>', '<dd>', '<dt>', '<dl>', '</dl>', '<ol>', '</li>', '<h3>', '</h3>',
  '<option>', '<nobr>', '</nobr>', '<em>', '</em>', '<ix:nonNumeric name="dei:DocumentType">', '</ix:nonNumeric>', '<script>x</script>',
  '<style>p{}</style>', '<col>', '<colgroup>', '</colgroup>', '<img>', '</br>', '<p/>', '<div/>', '<svg><path/>', '</svg>', '</caption>',
  '<blockquote>', '</blockquote>', '<form>', '</form>', '<button>', '</button>', '<object>', '</object>', '<textarea>', '</textarea>',
  '<small>', '</small>', '<big>', '</big>', '<s>', '<strike>', '</strike>', '</th>', '<th>', '<table border=1>', '</html>',
  '<!DOCTYPE html>', '&#160;', '&lt;', '<xmp>', '</xmp>', '<listing>', '<center>', '</center>', '<noscript>', '</noscript>',
  '<p style="font-weight:bold">', '<span style="display: none">', '<b class=x>', '<b class=y>', '<?xml version="1.0"?>',
);
