// The curator review page: reads the review queue from the JSON API and
// sends approve/reject decisions, with the curator's API key in the
// Authorization header.
//
// Rules this file keeps:
// - Data reaches the DOM through textContent (and href/src built from
//   checked video IDs), never as markup: titles are user input.
// - The key lives in sessionStorage: per tab, gone when the tab closes,
//   never sent by the browser on its own, so no request can be forged
//   from another site (and the server also refuses cross-site POSTs).
// - Every failure is shown: 401 sends the curator back to sign in, 403 and
//   409 explain themselves, network errors say a retry is safe.
'use strict';

(() => {
  const KEY_STORE = 'songdedup.apiKey';
  const PAGE_SIZE = 25;
  // Load the next page when this few items are left ahead.
  const PREFETCH_AT = 5;
  const DEFAULT_THRESHOLDS = { review: 0.6, merge: 0.85 };
  const ROLES = { submitter: 1, curator: 2, admin: 3 };

  const state = {
    key: '',
    me: null, // {name, role}
    items: [], // review documents, in queue order
    index: 0, // the item shown; items.length means "past the end"
    cursor: '', // next_cursor of the last page loaded
    more: false, // whether the API has pages after the last one loaded
    loading: null, // the page load in flight, if any
    busy: false, // a decision in flight: keys wait for it
    pending: null, // pending_reviews from /v1/stats
    decided: 0,
    picked: {}, // review ID -> the candidate song ID chosen for approve
    sort: 'score', // the queue's order: score, plays or oldest
    reason: '', // list only the reviews held by this rule ('' for all)
    byReason: {}, // pending_by_reason from /v1/stats
    loadFailed: false, // the last page load failed
    // session counts sign-ins and sign-outs, so that an answer to a request
    // of an earlier session is dropped rather than mixed into this one.
    session: 0,
  };

  const $ = (id) => document.getElementById(id);
  const numbers = new Intl.NumberFormat();

  // ---- API ----

  // ApiError is a failed call: status 0 for a network error, else the
  // HTTP status with the problem document the API answered.
  class ApiError extends Error {
    constructor(status, problem, message) {
      super(message);
      this.status = status;
      this.problem = problem || {};
    }
  }

  async function api(method, path, send) {
    let resp;
    const headers = { Authorization: 'Bearer ' + state.key, Accept: 'application/json' };
    if (send !== undefined) headers['Content-Type'] = 'application/json';
    try {
      resp = await fetch(path, {
        method,
        headers,
        body: send === undefined ? undefined : JSON.stringify(send),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (err) {
      throw new ApiError(0, null, 'could not reach the service (' + err.message + ')');
    }
    let body = null;
    try {
      body = await resp.json();
    } catch (_) {
      // Not JSON (a proxy's error page, say): the status still tells.
    }
    if (!resp.ok) {
      const p = body || {};
      const what = [resp.status, p.title || resp.statusText].join(' ');
      throw new ApiError(resp.status, p, p.detail ? what + ': ' + p.detail : what);
    }
    return body;
  }

  // ---- small DOM helpers ----

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function cloneTemplate(id) {
    return $(id).content.firstElementChild.cloneNode(true);
  }

  function slot(root, name) {
    return root.querySelector('[data-slot="' + name + '"]');
  }

  function fmtScore(s) {
    return typeof s === 'number' ? s.toFixed(3) : '–';
  }

  function fmtCount(n) {
    return typeof n === 'number' ? numbers.format(n) : '–';
  }

  // A YouTube video ID is 11 characters of [A-Za-z0-9_-]; anything else is
  // not made into a link.
  function videoID(id) {
    return typeof id === 'string' && /^[A-Za-z0-9_-]{11}$/.test(id) ? id : '';
  }

  function canDecide() {
    return !!state.me && (ROLES[state.me.role] || 0) >= ROLES.curator;
  }

  // ---- messages ----

  function flash(kind, text) {
    const f = $('flash');
    f.className = 'banner ' + kind;
    f.textContent = text;
    f.hidden = false;
  }

  function clearFlash() {
    $('flash').hidden = true;
  }

  // fail shows an API failure; a 401 ends the session.
  function fail(err, doing) {
    if (err.status === 401) {
      signOut('The service refused this key (' + err.message + '). Sign in again.');
      return;
    }
    let text = 'Could not ' + doing + ': ' + err.message + '.';
    if (err.status === 0) {
      text += ' Check the connection and try again; approving or rejecting twice is safe.';
    } else if (err.status === 403) {
      text += ' This key may not do that.';
    }
    if (err.problem && err.problem.request_id) text += ' (request ' + err.problem.request_id + ')';
    flash('error', text);
  }

  // ---- sign in and out ----

  async function signIn(key) {
    state.session++;
    state.key = key;
    const me = await api('GET', '/v1/whoami');
    state.me = { name: String(me.name || ''), role: String(me.role || '') };
    sessionStorage.setItem(KEY_STORE, key);
    $('key').value = '';
    $('signin').hidden = true;
    $('queue').hidden = false;
    $('counts').hidden = false;
    $('who').hidden = false;
    $('who-name').textContent = state.me.name;
    $('who-role').textContent = state.me.role;
    $('readonly').hidden = canDecide();
    $('readonly-role').textContent = state.me.role;
    for (const id of ['btn-approve', 'btn-reject']) $(id).disabled = !canDecide();
    await reload();
  }

  function signOut(message) {
    sessionStorage.removeItem(KEY_STORE);
    state.session++;
    Object.assign(state, { key: '', me: null, items: [], index: 0, cursor: '', more: false, loading: null, pending: null, decided: 0 });
    Object.assign(finder, { looking: null, results: [], query: '' });
    $('looking').hidden = true;
    $('search-status').textContent = '';
    $('search-results').replaceChildren();
    $('queue').hidden = true;
    $('counts').hidden = true;
    $('who').hidden = true;
    $('signin').hidden = false;
    const e = $('signin-error');
    e.textContent = message || '';
    e.hidden = !message;
    $('key').focus();
  }

  // ---- the queue ----

  // A page of the queue carries the documents of each review's songs,
  // with their videos. hasDocuments says whether an item has them.
  function hasDocuments(item) {
    return !!(item.song && Array.isArray(item.song.videos));
  }

  async function reload() {
    // The item on screen is no longer the queue's until the page comes.
    $('review').dataset.reviewId = '';
    state.items = [];
    state.index = 0;
    state.cursor = '';
    state.more = true;
    clearFlash();
    refreshStats();
    await loadMore();
    render();
    focusReview();
  }

  // loadMore appends the next page of pending items; concurrent callers
  // share one request.
  function loadMore() {
    if (!state.more) return Promise.resolve();
    if (state.loading) return state.loading;
    const q = new URLSearchParams({ status: 'pending', limit: String(PAGE_SIZE), sort: state.sort });
    if (state.reason) q.set('reason', state.reason);
    if (state.cursor) q.set('cursor', state.cursor);
    const session = state.session;
    state.loading = api('GET', '/v1/reviews?' + q)
      .then((page) => {
        if (session !== state.session) return;
        state.loadFailed = false;
        const have = new Set(state.items.map((it) => it.id));
        for (const it of page.items || []) {
          if (!have.has(it.id)) state.items.push(it);
        }
        state.cursor = page.next_cursor || '';
        state.more = state.cursor !== '';
        if (typeof page.total === 'number' && !state.reason) state.pending = page.total;
      })
      .catch((err) => {
        if (session !== state.session) return;
        state.loadFailed = true;
        fail(err, 'load the queue');
      })
      .finally(() => {
        if (session !== state.session) return;
        state.loading = null;
        renderCounts();
      });
    return state.loading;
  }

  function refreshStats() {
    const session = state.session;
    api('GET', '/v1/stats')
      .then((st) => {
        if (session !== state.session) return;
        state.pending = st.pending_reviews;
        state.byReason = st.pending_by_reason || {};
        renderCounts();
        renderReasons();
      })
      .catch((err) => {
        if (session === state.session && err.status === 401) fail(err, 'read the counts');
      });
  }

  async function go(index) {
    if (index >= state.items.length && state.more) await loadMore();
    state.index = Math.max(0, Math.min(index, state.items.length));
    render();
  }

  // advance moves to the next item still pending after the current one.
  async function advance() {
    for (let i = state.index + 1; ; i++) {
      if (i >= state.items.length) {
        if (!state.more) break;
        await loadMore();
        if (i >= state.items.length) break;
      }
      if (state.items[i].status === 'pending') return go(i);
    }
    return go(state.items.length);
  }

  async function decide(action) {
    const item = state.items[state.index];
    if (!item || state.busy) return;
    if (!canDecide()) {
      flash('warn', 'This key has the ' + state.me.role + ' role: it can view the queue but cannot ' + action + '.');
      return;
    }
    state.busy = true;
    document.body.classList.add('busy');
    try {
      const pick = action === 'approve' && candidatesOf(item).length > 1 ? chosenCandidate(item) : null;
      const doc = await api('POST', '/v1/reviews/' + encodeURIComponent(item.id) + '/' + action +
        (pick ? '?candidate_song_id=' + encodeURIComponent(pick.song_id) : ''));
      const wasPending = item.status === 'pending';
      Object.assign(item, doc);
      if (wasPending) state.decided++;
      const mine = doc.decided_by === 'curator:' + state.me.name;
      flash('ok', (action === 'approve' ? 'Approved' : 'Rejected') + ' review ' + item.id + ': ' +
        (action === 'approve' ? mergeNote(doc) : 'the song stays apart from every candidate for good') + '.' +
        (mine ? '' : ' (' + doc.decided_by + ' had already decided so.)'));
      refreshStats();
      await advance();
    } catch (err) {
      const cur = err.problem && err.problem.current;
      if (err.status === 409 && cur && cur.status && cur.status !== 'pending') {
        // Someone else decided first: show what stands and move on.
        Object.assign(item, cur);
        flash('warn', 'Review ' + item.id + ' was already ' + cur.status +
          (cur.decided_by ? ' by ' + cur.decided_by : '') + '; your ' + action + ' was not applied. Moved on.');
        refreshStats();
        await advance();
      } else if (err.status === 409) {
        // Still pending, but this decision cannot be taken (the songs were
        // kept apart earlier, or are one song already): say why, stay.
        if (cur && cur.id === item.id) Object.assign(item, cur);
        flash('warn', 'Review ' + item.id + ' cannot be ' + action + 'd: ' + err.message + '.');
        renderItem(item);
      } else {
        fail(err, action + ' review ' + item.id);
      }
    } finally {
      state.busy = false;
      document.body.classList.remove('busy');
    }
  }

  // mergeNote says which song an approval merged into which; the newer
  // one goes into the older, so read it from the answer.
  function mergeNote(doc) {
    for (const s of [doc.song, doc.candidate]) {
      if (s && s.merged_into) return 'song ' + s.id + ' merged into song ' + s.merged_into;
    }
    return 'the two songs are one';
  }

  // candidatesOf lists the songs a review may approve, best first (a
  // review without the list has its one candidate).
  function candidatesOf(item) {
    if (item.candidates && item.candidates.length) return item.candidates;
    return item.candidate ? [{ song_id: item.candidate.id, score: item.score, song: item.candidate }] : [];
  }

  function chosenCandidate(item) {
    const cands = candidatesOf(item);
    return cands.find((c) => c.song_id === state.picked[item.id]) || cands[0] || null;
  }

  function pickCandidate(n) {
    const item = state.items[state.index];
    if (!item) return;
    const c = candidatesOf(item)[n];
    if (!c) return;
    state.picked[item.id] = c.song_id;
    renderItem(item);
  }

  function skip() {
    const item = state.items[state.index];
    if (!item) return;
    flash('info', 'Skipped review ' + item.id + '; it stays pending.');
    go(state.index + 1);
  }

  // ---- finding songs and merging them by hand ----

  // The song the curator is looking at (from a review side or a search
  // result): the one a manual merge merges away.
  const finder = { looking: null, results: [], query: '' };

  async function search(q) {
    q = q.trim();
    finder.query = q;
    const status = $('search-status');
    if (!q) {
      finder.results = [];
      status.textContent = '';
      renderResults();
      return;
    }
    const session = state.session;
    status.textContent = 'Searching…';
    try {
      const page = await api('GET', '/v1/songs?' + new URLSearchParams({ q, limit: '20' }));
      if (session !== state.session || q !== finder.query) return;
      finder.results = page.items || [];
      status.textContent = finder.results.length
        ? finder.results.length + ' song' + (finder.results.length === 1 ? '' : 's') + ' for “' + q + '”, best match first.'
        : 'No song matches “' + q + '”.';
      renderResults();
    } catch (err) {
      if (session !== state.session) return;
      status.textContent = '';
      fail(err, 'search');
    }
  }

  // lookAt makes song the one a merge takes away, and searches for its
  // duplicates by its title.
  function lookAt(song) {
    finder.looking = { id: String(song.id), title: String(song.title || '') };
    $('looking').hidden = false;
    $('looking-song').textContent = 'song ' + finder.looking.id;
    $('looking-title').textContent = finder.looking.title;
    $('search-q').value = finder.looking.title;
    search(finder.looking.title);
  }

  function stopLooking() {
    finder.looking = null;
    $('looking').hidden = true;
    renderResults();
  }

  function renderResults() {
    const list = $('search-results');
    list.replaceChildren();
    for (const hit of finder.results) {
      const li = el('li', 'result');
      const head = el('div', 'result-head');
      head.append(el('span', 'song-id', 'song ' + hit.id), el('span', 'result-title', hit.title), el('span', 'part-score', fmtScore(hit.score)));
      const norm = el('div', 'note', (hit.artist || '(no artist)') + ' – ' + (hit.track || '(no track)') +
        ((hit.version || []).length ? ' · ' + hit.version.join(', ') : ''));
      const actions = el('div', 'result-actions');
      const look = el('button', 'link', 'Look at');
      look.type = 'button';
      look.addEventListener('click', () => lookAt(hit));
      actions.append(look);
      if (finder.looking && finder.looking.id !== String(hit.id)) {
        const merge = el('button', 'approve', 'Merge song ' + finder.looking.id + ' into this one');
        merge.type = 'button';
        merge.disabled = !canDecide();
        merge.dataset.into = String(hit.id);
        merge.addEventListener('click', () => mergeInto(hit));
        actions.append(merge);
      }
      li.append(head, norm, actions);
      list.append(li);
    }
  }

  async function mergeInto(hit) {
    const from = finder.looking;
    if (!from || state.busy) return;
    if (!canDecide()) {
      flash('warn', 'This key has the ' + state.me.role + ' role: it cannot merge songs.');
      return;
    }
    const reason = $('merge-reason').value.trim();
    if (!reason) {
      flash('warn', 'Say why song ' + from.id + ' is the same song as song ' + hit.id + ' before merging.');
      $('merge-reason').focus();
      return;
    }
    state.busy = true;
    document.body.classList.add('busy');
    try {
      const kept = await api('POST', '/v1/songs/' + encodeURIComponent(from.id) + '/merge', { into: String(hit.id), reason });
      flash('ok', 'Merged song ' + from.id + ' into song ' + kept.id + ' (' + (kept.videos || []).length + ' videos now).');
      $('merge-reason').value = '';
      lookAt(kept);
    } catch (err) {
      if (err.status === 409) {
        const d = (err.problem && err.problem.current) || {};
        flash('warn', 'Songs ' + from.id + ' and ' + hit.id + ' were kept apart' +
          (d.decided_by ? ' by ' + d.decided_by : '') + (d.reason ? ' (' + d.reason + ')' : '') + '; nothing was merged.');
      } else {
        fail(err, 'merge song ' + from.id + ' into song ' + hit.id);
      }
    } finally {
      state.busy = false;
      document.body.classList.remove('busy');
    }
  }

  // requery lists the queue again in the order and for the reason chosen;
  // answers to the listing before are dropped.
  function requery() {
    state.session++;
    state.loading = null;
    renderReasons();
    return reload();
  }

  // ---- rendering ----

  // renderReasons shows what the queue is made of: the pending count of
  // each reason, each a filter (all of them first).
  function renderReasons() {
    const box = $('reasons');
    box.replaceChildren();
    const chip = (reason, label, n) => {
      const b = el('button', 'reason-chip');
      b.type = 'button';
      b.dataset.reason = reason;
      b.setAttribute('aria-pressed', String(state.reason === reason));
      b.append(el('code', '', label), ' ', el('strong', '', fmtCount(n)));
      b.addEventListener('click', () => {
        state.reason = reason;
        requery();
      });
      box.append(b);
    };
    const entries = Object.entries(state.byReason).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    chip('', 'all', entries.reduce((n, e) => n + e[1], 0));
    for (const [reason, n] of entries) {
      if (reason) {
        chip(reason, reason, n);
      } else {
        const s = el('span', 'note');
        s.append(el('code', '', 'unstated'), ' ', el('strong', '', fmtCount(n)));
        box.append(s);
      }
    }
  }

  function renderCounts() {
    $('count-pending').textContent = fmtCount(state.pending);
    const past = state.index >= state.items.length;
    $('count-position').textContent = past ? '–' : fmtCount(state.index + 1);
    $('count-loaded').textContent = fmtCount(state.items.length) + (state.more ? '+' : '');
    $('count-decided').textContent = fmtCount(state.decided);
  }

  function render() {
    renderCounts();
    const item = state.items[state.index];
    $('btn-prev').disabled = state.index === 0;
    $('btn-next').disabled = !item;
    $('btn-skip').disabled = !item;
    for (const id of ['btn-approve', 'btn-reject']) $(id).disabled = !item || !canDecide();
    if (!item) {
      $('review').hidden = true;
      $('review').dataset.reviewId = '';
      $('empty').hidden = false;
      const skipped = state.items.filter((it) => it.status === 'pending').length;
      if (state.loadFailed) {
        $('empty-title').textContent = 'Could not load the queue';
        $('empty-detail').textContent = 'The message above says why. Reload to try again.';
      } else {
        $('empty-title').textContent = state.items.length ? 'End of the queue' : 'Nothing to review';
        $('empty-detail').textContent = skipped
          ? skipped + ' item(s) you skipped are still pending; reload to see them again.'
          : 'No pending review items right now.';
      }
      return;
    }
    $('empty').hidden = true;
    renderItem(item);
    if (state.more && state.items.length - state.index <= PREFETCH_AT) loadMore();
  }

  function renderItem(item) {
    const x = item.explanation || {};
    const review = $('review');
    review.hidden = false;
    review.dataset.reviewId = item.id;
    review.dataset.status = item.status;
    // Whether the songs' documents (their videos), which the item carries,
    // are shown.
    review.dataset.documents = hasDocuments(item) ? 'shown' : 'missing';

    // Score and thresholds.
    const th = x.thresholds || DEFAULT_THRESHOLDS;
    const score = typeof item.score === 'number' ? item.score : 0;
    $('score').textContent = fmtScore(item.score);
    const fill = $('meter-fill');
    fill.style.width = (100 * Math.max(0, Math.min(1, score))) + '%';
    fill.className = 'meter-fill ' + (score > th.merge ? 'zone-merge' : score >= th.review ? 'zone-review' : 'zone-distinct');
    // Bands and marks follow the thresholds the item was scored with.
    $('mark-review').style.left = (100 * th.review) + '%';
    $('mark-merge').style.left = (100 * th.merge) + '%';
    $('band-review').style.left = (100 * th.review) + '%';
    $('band-review').style.width = (100 * (th.merge - th.review)) + '%';
    $('band-merge').style.left = (100 * th.merge) + '%';
    $('mark-review').title = 'review at ≥ ' + th.review;
    $('mark-merge').title = 'merge at > ' + th.merge;
    $('review-id').textContent = item.id;
    $('review-created').textContent = item.created_at ? 'queued ' + new Date(item.created_at).toLocaleString() : '';
    const st = $('review-status');
    st.className = 'status status-' + item.status;
    st.textContent = item.status === 'pending' ? 'pending' : item.status + (item.decided_by ? ' by ' + item.decided_by : '');
    st.title = item.resolution || '';

    // Why the item is here, in words: the sentence of its reason's rule;
    // on a superseded item, what settled it.
    const hit = (x.rules || []).find((r) => r.rule === item.reason);
    $('review-reason').textContent = item.status === 'superseded' && item.resolution
      ? 'Settled: ' + item.resolution + '.'
      : item.reason ? 'Why a curator: ' + (hit && hit.detail ? hit.detail : item.reason) + '.' : '';

    // The candidates, when there are several: approve merges with the one
    // chosen.
    const cands = candidatesOf(item);
    const chosen = chosenCandidate(item);
    const list = $('cand-list');
    list.replaceChildren();
    $('cand-pick').hidden = cands.length < 2;
    cands.forEach((c, i) => {
      const b = el('button', 'cand');
      b.type = 'button';
      b.setAttribute('aria-pressed', String(c === chosen));
      b.dataset.songId = c.song_id;
      b.append(el('kbd', '', String(i + 1)), ' ', el('span', 'cand-title', (c.song && c.song.title) || 'song ' + c.song_id),
        ' ', el('span', 'note', 'song ' + c.song_id + ' · ' + fmtScore(c.score)));
      b.addEventListener('click', () => pickCandidate(i));
      list.append(b);
    });

    // The two songs. In the explanation side "a" is the submission (the
    // review's song) and side "b" the best candidate; another candidate
    // chosen shows without the explanation's marks, which are the best's.
    const marks = tokenMarks(x);
    const best = !chosen || !item.candidate || chosen.song_id === item.candidate.id;
    renderSide($('side-a'), 'New submission', item.song, x, 'a', marks);
    // The best candidate may have been compared in the form of an upload
    // merged into it (x.form): its words, marked, are that upload's.
    const roleB = !best ? 'Existing song (chosen candidate)' : x.form ? 'Existing song, compared as its upload “' + x.form + '”' : 'Existing song';
    renderSide($('side-b'), roleB, chosen ? chosen.song || item.candidate : item.candidate, x, 'b', best ? marks : tokenMarks({}));
    renderExplanation(x);
  }

  // tokenMarks indexes the explanation's matched and unmatched tokens by
  // side, field and word, as multisets, so that each word shown is marked
  // once even when a title repeats it.
  function tokenMarks(x) {
    const marks = {};
    const add = (side, field, words, info) => {
      for (const w of String(words || '').split(/\s+/)) {
        if (!w) continue;
        const k = side + '\u0000' + field + '\u0000' + w;
        (marks[k] = marks[k] || []).push(info);
      }
    };
    for (const part of [x.track, x.artist]) {
      if (!part) continue;
      for (const m of part.matched || []) {
        add('a', m.field, m.a, { match: m, other: m.b });
        add('b', m.field, m.b, { match: m, other: m.a });
      }
      for (const u of part.unmatched_a || []) add('a', u.field, u.token, { miss: u });
      for (const u of part.unmatched_b || []) add('b', u.field, u.token, { miss: u });
    }
    return marks;
  }

  // tokens writes words as chips into dd, marked from the explanation:
  // matched, near-matched, unmatched or not counted.
  function tokens(dd, side, fields, words, marks) {
    for (const w of String(words || '').split(/\s+/)) {
      if (!w) continue;
      const chip = el('span', 'tok', w);
      let info = null;
      for (const f of fields) {
        const list = marks[side + '\u0000' + f + '\u0000' + w];
        if (list && list.length) {
          info = list.shift();
          break;
        }
      }
      if (info && info.match) {
        const m = info.match;
        chip.classList.add('tok-match');
        if (m.kind !== 'exact') chip.classList.add('tok-near');
        chip.title = 'matched "' + info.other + '" (' + m.kind + ', similarity ' + fmtScore(m.similarity) + ')';
      } else if (info && info.miss) {
        chip.classList.add(info.miss.counted === false ? 'tok-ignored' : 'tok-miss');
        chip.title = info.miss.counted === false
          ? 'no counterpart, not counted in the score'
          : 'no counterpart on the other side (weight ' + fmtScore(info.miss.weight) + ')';
      }
      dd.append(chip, ' ');
    }
  }

  // renderSide shows a song from its document.
  function renderSide(section, role, song, x, side, marks) {
    const card = cloneTemplate('tmpl-side');
    song = song || { videos: [] };
    slot(card, 'role').textContent = role;
    slot(card, 'id').textContent = song.id ? 'song ' + song.id : '';
    const look = slot(card, 'look');
    look.hidden = !song.id;
    look.addEventListener('click', (e) => {
      e.currentTarget.blur();
      lookAt(song);
    });
    if (song.merged_into) {
      const m = slot(card, 'merged');
      m.textContent = 'Already merged into song ' + song.merged_into + '.';
      m.hidden = false;
    }
    slot(card, 'title').textContent = song.title || '(no title)';

    const artist = x.artist || {};
    const artists = artist[side] || song.artists || [];
    const dd = slot(card, 'artist');
    if (artists.length) {
      artists.forEach((a, i) => {
        if (i) dd.append(el('span', 'sep', '&'), ' ');
        tokens(dd, side, ['artist', 'track/artist'], a, marks);
      });
      const source = artist['source_' + side];
      if (source) dd.append(el('span', 'note', 'from ' + source));
    } else {
      dd.append(el('span', 'note', 'unknown'));
    }

    const track = x.track && typeof x.track[side] === 'string' ? x.track[side] : song.track;
    tokens(slot(card, 'track'), side, ['track', 'track/artist'], track, marks);

    const featured = artist['featured_' + side] || song.featured || [];
    const fd = slot(card, 'featured');
    if (featured.length) featured.forEach((f) => tokens(fd, side, ['featured'], f, marks));
    else fd.append(el('span', 'note', 'none'));

    const versions = (x.versions && x.versions[side]) || song.version || [];
    const info = (x.versions && x.versions['info_' + side]) || song.version_info || [];
    const vd = slot(card, 'version');
    const differs = x.versions && x.versions.same === false;
    if (versions.length) versions.forEach((v) => vd.append(el('span', 'pill' + (differs ? ' pill-diff' : ''), v), ' '));
    else vd.append(el('span', 'pill' + (differs ? ' pill-diff' : ''), 'original'), ' ');
    if (info.length) vd.append(el('span', 'note', info.join(', ')));

    slot(card, 'channel').textContent = song.channel || '–';
    slot(card, 'plays').textContent = fmtCount(song.plays);
    slot(card, 'likes').textContent = fmtCount(song.likes);

    const videos = song.videos || [];
    const count = typeof song.video_count === 'number' ? song.video_count : videos.length;
    slot(card, 'video-count').textContent = count === 1 ? '1 video' : fmtCount(count) + ' videos';
    const list = slot(card, 'videos');
    for (const v of videos) list.append(renderVideo(v));

    section.replaceChildren(card);
  }

  function renderVideo(v) {
    const li = cloneTemplate('tmpl-video');
    const id = videoID(v.video_id);
    const link = slot(li, 'link');
    link.textContent = v.title || '(no title)';
    slot(li, 'channel').textContent = v.channel || 'no channel';
    slot(li, 'engagement').textContent = fmtCount(v.plays) + ' plays · ' + fmtCount(v.likes) + ' likes';
    slot(li, 'vid').textContent = v.video_id || '';
    const thumbLink = slot(li, 'thumb-link');
    const img = slot(li, 'thumb');
    if (id) {
      const url = 'https://www.youtube.com/watch?v=' + id;
      link.href = url;
      thumbLink.href = url;
      thumbLink.title = 'open on YouTube';
      // Offline, thumbnails do not load: the placeholder stays until one
      // does.
      img.addEventListener('load', () => img.classList.add('loaded'));
      img.src = 'https://i.ytimg.com/vi/' + id + '/mqdefault.jpg';
    } else {
      img.remove();
    }
    return li;
  }

  // alignment fills a part of the explanation: the matched pairs as a
  // table, then the tokens only one side has, as chips.
  function alignment(box, part) {
    box.replaceChildren();
    const matched = (part && part.matched) || [];
    if (matched.length) {
      const table = el('table', 'pairs');
      const head = table.createTHead().insertRow();
      for (const h of ['new', '', 'existing', 'similarity']) head.append(el('th', '', h));
      const body = table.createTBody();
      for (const m of matched) {
        const near = m.kind !== 'exact' ? ' tok-near' : '';
        const kind = m.field && m.field !== 'track' && m.field !== 'artist' ? m.kind + ' · ' + m.field : m.kind;
        const row = body.insertRow();
        row.append(el('td'), el('td', 'kind', kind), el('td'), el('td', 'num', fmtScore(m.similarity)));
        row.cells[0].append(el('span', 'tok tok-match' + near, m.a));
        row.cells[2].append(el('span', 'tok tok-match' + near, m.b));
      }
      box.append(table);
    }
    for (const [side, label] of [['a', 'Only in new'], ['b', 'Only in existing']]) {
      const list = (part && part['unmatched_' + side]) || [];
      if (!list.length) continue;
      const p = el('p', 'only');
      p.append(el('span', 'note', label + ': '));
      for (const u of list) {
        const chip = el('span', 'tok ' + (u.counted === false ? 'tok-ignored' : 'tok-miss'), u.token);
        chip.title = u.counted === false ? 'not counted in the score' : 'weight ' + fmtScore(u.weight) + ': what its absence costs';
        p.append(chip, ' ');
      }
      box.append(p);
    }
    if (!box.children.length) box.append(el('p', 'note', 'No tokens compared.'));
  }

  const ARTIST_STATES = {
    compared: 'Both sides name artists.',
    confirmed_in_title: "One side names no artist, but its title contains the other's.",
    unknown: 'No artist to compare: the score rests on the track alone.',
  };

  const EFFECTS = {
    blocks_merge: 'blocks merge',
    info: 'info',
    review: 'review',
    distinct: 'distinct',
  };

  function effectBadge(effect) {
    return el('span', 'effect effect-' + effect, EFFECTS[effect] || effect);
  }

  function renderExplanation(x) {
    const track = x.track || {};
    $('x-track-score').textContent = typeof track.score === 'number'
      ? fmtScore(track.score) + (typeof track.evidence === 'number' ? ' · evidence ' + fmtScore(track.evidence) : '')
      : '';
    alignment($('x-track-pairs'), track);

    const artist = x.artist || {};
    $('x-artist-score').textContent = typeof artist.score === 'number' ? fmtScore(artist.score) : '';
    $('x-artist-state').textContent = (ARTIST_STATES[artist.state] || (artist.state ? 'State: ' + artist.state : '')) +
      (typeof artist.floor === 'number' && artist.floor ? ' With no artist in common the track score would keep ' + Math.round(artist.floor * 100) + '%.' : '');
    alignment($('x-artist-pairs'), artist);

    const v = x.versions || {};
    const names = (list) => (list && list.length ? list.join(', ') : 'original');
    $('x-versions').textContent = v.a || v.b
      ? names(v.a) + ' vs ' + names(v.b) + (v.same ? ': same versions' : ': versions differ')
      : '';
    const d = x.duration;
    $('x-duration').textContent = d
      ? 'Duration ' + d.a_seconds + ' s vs ' + d.b_seconds + ' s (' + (d.same ? 'within' : 'beyond') + ' ' + d.slack_seconds + ' s)'
      : '';

    // The rules, in full below and in short next to the score, where a
    // curator looks first: a blocking rule is often the whole story.
    const rules = $('x-rules');
    const summary = $('rule-summary');
    rules.replaceChildren();
    summary.replaceChildren();
    for (const r of x.rules || []) {
      const li = el('li');
      li.append(effectBadge(r.effect), ' ', el('code', '', r.rule));
      if (r.detail) li.append(' ', el('span', 'note', r.detail));
      rules.append(li);
      const chip = el('span', 'rule-chip');
      chip.append(effectBadge(r.effect), ' ', el('code', '', r.rule));
      chip.title = r.detail || '';
      summary.append(chip, ' ');
    }
    if (!rules.children.length) {
      rules.append(el('li', 'note', 'No rule fired.'));
      summary.append(el('span', 'note', 'No rule fired.'));
    }

    const cands = x.candidates || [];
    $('x-candidates').textContent = cands.length > 1
      ? 'Reviewed against ' + cands.length + ' candidates: ' + cands.map((c) => 'song ' + c.song_id + ' (' + fmtScore(c.score) + ')').join(', ') + '.'
      : '';
    $('x-raw').textContent = JSON.stringify(x, null, 2);
  }

  function focusReview() {
    const a = document.activeElement;
    // A curator typing in a field (a search) keeps it.
    if (a && /^(INPUT|TEXTAREA|SELECT)$/.test(a.tagName)) return;
    if (a && a !== document.body) a.blur();
  }

  // ---- keys and buttons ----

  const KEYS = {
    j: () => go(state.index + 1),
    k: () => go(state.index - 1),
    a: () => decide('approve'),
    r: () => decide('reject'),
    s: () => skip(),
  };
  for (let n = 1; n <= 9; n++) KEYS[String(n)] = () => pickCandidate(n - 1);

  function onKey(e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    const t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if ($('queue').hidden) return;
    const act = KEYS[e.key];
    if (!act) return;
    e.preventDefault();
    // Holding a key down must not decide item after item.
    if (e.repeat && (e.key === 'a' || e.key === 'r')) return;
    if (state.busy) return;
    act();
  }

  function init() {
    $('sort').addEventListener('change', () => {
      state.sort = $('sort').value;
      requery();
    });
    $('signin-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const key = $('key').value.trim();
      if (!key) return;
      $('signin-submit').disabled = true;
      $('signin-error').hidden = true;
      signIn(key)
        .catch((err) => {
          state.key = '';
          const e2 = $('signin-error');
          e2.textContent = err.status === 401
            ? 'That key was refused (' + err.message + ').'
            : 'Could not sign in: ' + err.message + '.';
          e2.hidden = false;
        })
        .finally(() => {
          $('signin-submit').disabled = false;
        });
    });
    $('signout').addEventListener('click', () => signOut(''));
    $('reload').addEventListener('click', () => reload());
    // A clicked button lets go of the focus, so that a later space or
    // enter cannot decide the next item by accident.
    const button = (id, act) => $(id).addEventListener('click', (e) => {
      e.currentTarget.blur();
      if (!state.busy) act();
    });
    button('btn-prev', () => go(state.index - 1));
    button('btn-next', () => go(state.index + 1));
    button('btn-skip', skip);
    button('btn-approve', () => decide('approve'));
    button('btn-reject', () => decide('reject'));
    document.addEventListener('keydown', onKey);
    $('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      search($('search-q').value);
    });
    $('looking-clear').addEventListener('click', stopLooking);

    const saved = sessionStorage.getItem(KEY_STORE);
    if (!saved) {
      signOut('');
      return;
    }
    signIn(saved).catch((err) => {
      if (err.status === 401) signOut('The service refused the saved key (' + err.message + '). Sign in again.');
      else {
        signOut('Could not reach the service: ' + err.message + '.');
        // Keep the key: the service may just be restarting.
        sessionStorage.setItem(KEY_STORE, saved);
      }
    });
  }

  init();
})();
