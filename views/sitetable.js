// The site finder's results table (views/sitetable.py): a plain HTML table, sorted and paged by the
// server, that reports three events: a header click (sort), a pager click (page) and a row pick.
// Every data value is set as text (textContent), never as markup.
export default function (component) {
  const { data, setTriggerValue, parentElement } = component;
  let root = parentElement.querySelector("div.sr-sites");
  if (!root) {
    root = document.createElement("div");
    root.className = "sr-sites";
    parentElement.appendChild(root);
  }
  // The table is drawn anew on each run: note what had the keyboard focus, to give it back afterwards.
  const active = parentElement.activeElement || (parentElement.getRootNode && parentElement.getRootNode().activeElement);
  let focus = null;
  if (active && root.contains(active)) {
    if (active.dataset && active.dataset.id) focus = `tr[data-id="${CSS.escape(active.dataset.id)}"]`;
    else if (active.dataset && active.dataset.col) focus = `button[data-col="${CSS.escape(active.dataset.col)}"]`;
    else if (active.classList.contains("prev")) focus = "button.prev";
    else if (active.classList.contains("next")) focus = "button.next";
  }
  root.replaceChildren();
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  };

  const scroller = el("div", "scroll");
  const table = el("table");
  table.setAttribute("aria-label", data.caption);
  const head = el("tr");
  data.cols.forEach((c) => {
    const th = el("th", c.num ? "num" : "");
    th.setAttribute("scope", "col");
    const sorted = data.sort === c.key;
    th.setAttribute("aria-sort", sorted ? (data.desc ? "descending" : "ascending") : "none");
    const b = el("button", "sort" + (sorted ? " on" : ""), c.label);
    b.type = "button";
    b.dataset.col = c.key;
    b.title = data.sort_hint;
    b.appendChild(el("span", "arrow", sorted ? (data.desc ? " ▼" : " ▲") : ""));
    b.onclick = () => setTriggerValue("sort", c.key);
    th.appendChild(b);
    head.appendChild(th);
  });
  table.appendChild(el("thead")).appendChild(head);
  const body = el("tbody");
  data.rows.forEach((cells, i) => {
    const id = data.ids[i];
    const tr = el("tr", id === data.selected ? "sel" : "");
    tr.dataset.id = id;
    tr.tabIndex = 0;
    tr.setAttribute("aria-selected", id === data.selected ? "true" : "false");
    cells.forEach((v, j) => {
      const td = el("td", data.cols[j].num ? "num" : data.cols[j].wrap ? "wrap" : "");
      if (data.cols[j].key === "tier") {
        const dot = el("span", "dot");
        dot.style.background = data.tier_colors[v] || "#ccc";
        td.appendChild(dot);
      }
      td.appendChild(document.createTextNode(v === null ? "—" : String(v)));
      tr.appendChild(td);
    });
    tr.onclick = () => setTriggerValue("picked", id);
    tr.onkeydown = (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        setTriggerValue("picked", id);
      }
    };
    body.appendChild(tr);
  });
  table.appendChild(body);
  scroller.appendChild(table);
  root.appendChild(scroller);

  if (data.pages > 1) {
    const pager = el("div", "pager");
    const prev = el("button", "prev", "‹ " + data.prev);
    prev.type = "button";
    prev.disabled = data.page <= 0;
    prev.onclick = () => setTriggerValue("page", data.page - 1);
    const next = el("button", "next", data.next + " ›");
    next.type = "button";
    next.disabled = data.page >= data.pages - 1;
    next.onclick = () => setTriggerValue("page", data.page + 1);
    pager.append(prev, el("span", "where", data.where), next);
    root.appendChild(pager);
  }
  const again = focus && root.querySelector(focus);
  if (again && !again.disabled) again.focus({ preventScroll: true });
}
