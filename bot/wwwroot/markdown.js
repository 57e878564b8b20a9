// The markdown this bot writes (knowledge answers: paragraphs, "-" and "1." lists nested by two spaces, **bold**,
// links) as HTML, for Web Chat's minimal bundle (which has no markdown renderer) and for the page's early view.
// Everything is escaped first, so a customer's or an agent's text can never become markup.
(function () {
  'use strict';
  const ITEM = /^(\s*)([-*+]|\d+\.)\s+(.*)$/;

  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  function link(href, label) {
    return '<a href="' + href + '" target="_blank" rel="noopener noreferrer">' + label + '</a>';
  }

  // Inline marks on escaped text: [label](https://…), bare https:// addresses, **bold**.
  function inline(text) {
    const links = [];
    const keep = function (html) { links.push(html); return '\u0000' + (links.length - 1) + '\u0000'; };
    let html = escape(text)
      .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, function (_, label, href) { return keep(link(href, label)); })
      .replace(/https?:\/\/[^\s<>()\u3000-\u30ff\uff00-\uffef]+/g, function (href) { return keep(link(href, href)); })
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
    return html.replace(/\u0000(\d+)\u0000/g, function (_, i) { return links[Number(i)]; });
  }

  // Lines of one block that are list items (and their continuation lines) as nested <ul>/<ol>.
  function list(lines) {
    const root = { depth: -1, children: [] };
    const stack = [root];
    lines.forEach(function (line) {
      const match = ITEM.exec(line);
      if (!match) {
        const last = stack[stack.length - 1];
        if (last.text !== undefined) last.text += '<br>' + inline(line.trim());
        return;
      }
      const depth = match[1].length;
      while (stack.length > 1 && stack[stack.length - 1].depth >= depth) stack.pop();
      const node = { depth: depth, ordered: /\d/.test(match[2]), text: inline(match[3]), children: [] };
      stack[stack.length - 1].children.push(node);
      stack.push(node);
    });
    return render(root.children);
  }

  function render(items) {
    if (items.length === 0) return '';
    const tag = items[0].ordered ? 'ol' : 'ul';
    return '<' + tag + '>' + items.map(function (item) { return '<li>' + item.text + render(item.children) + '</li>'; }).join('') + '</' + tag + '>';
  }

  function block(text) {
    const lines = text.split('\n');
    const firstItem = lines.findIndex(function (line) { return ITEM.test(line); });
    if (firstItem < 0) return '<p>' + lines.map(function (line) { return inline(line); }).join('<br>') + '</p>';
    const lead = firstItem > 0 ? '<p>' + lines.slice(0, firstItem).map(inline).join('<br>') + '</p>' : '';
    return lead + list(lines.slice(firstItem));
  }

  window.SupportBotMarkdown = {
    render: function (markdown) {
      return String(markdown || '').replace(/\r\n?/g, '\n').split(/\n{2,}/).filter(function (part) { return part.trim() !== ''; }).map(block).join('');
    }
  };
})();
