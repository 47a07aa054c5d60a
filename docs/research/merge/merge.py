"""Mechanical merge of docs/research/findings/*.json into geodata/ (Dec 2026 pass).
Judgement calls are the explicit tables below; the result is reviewed by hand afterwards."""
import json, glob, re, copy, os

ROOT = '/work/main'
F = {os.path.basename(p)[:-5]: json.load(open(p)) for p in glob.glob(f'{ROOT}/docs/research/findings/*.json')}
import subprocess
BASE = 'c3be542'  # the record before this pass
def git_json(path):
    return json.loads(subprocess.check_output(['git', '-C', ROOT, 'show', f'{BASE}:{path}']))
EX = {}
for p in subprocess.check_output(['git', '-C', ROOT, 'ls-tree', '--name-only', f'{BASE}', 'geodata/locations/']).decode().split():
    d = git_json(p); EX[d['slug']] = d
SRC0 = git_json('geodata/sources.json')

REVIEWED = '2026-07-01'  # newest reporting the research found (see docs/research/README.md)
CITY_CUT = '2026-04-08'   # last report behind the cities' 'tense' (the Urumqi talks)

def is_bracketed(t):
    return bool(t) and t.strip().startswith('[')

# ---------- sources ----------
sources = {s['id']: dict(s) for s in SRC0}
order = [s['id'] for s in SRC0]
url_to_id = {s['url'].rstrip('/'): s['id'] for s in SRC0}
alias = {}  # helper id -> registry id (same URL)

def better(old, new):
    out = dict(old)
    t_old, t_new = old.get('title'), new.get('title')
    if (not t_old or is_bracketed(t_old)) and t_new and not is_bracketed(t_new):
        out['title'] = t_new
    if not old.get('published') and new.get('published'):
        out['published'] = new['published']
    if not old.get('mirror_of') and new.get('mirror_of'):
        out['mirror_of'] = new['mirror_of']
    return out

for name, d in sorted(F.items()):
    for s in d.get('sources', []):
        s = {k: v for k, v in s.items() if k in ('id', 'title', 'publisher', 'url', 'published', 'mirror_of')}
        key = s['url'].rstrip('/')
        if s['id'] in sources:
            sources[s['id']] = better(sources[s['id']], s)
        elif key in url_to_id:
            alias[s['id']] = url_to_id[key]
            sources[url_to_id[key]] = better(sources[url_to_id[key]], s)
        else:
            sources[s['id']] = s; order.append(s['id']); url_to_id[key] = s['id']

audit = F['sources-audit']
for r in audit['replacements']:
    new = {k: v for k, v in r['new'].items() if k in ('id', 'title', 'publisher', 'url', 'published', 'mirror_of')}
    if new['id'] not in sources:
        sources[new['id']] = new; order.append(new['id'])
    alias[r['old_id']] = new['id']
for r in audit['title_fixes']:
    if r.get('title'):
        sources[r['id']]['title'] = r['title']
    if r.get('published') and not sources[r['id']].get('published'):
        sources[r['id']]['published'] = r['published']
for r in audit['keep_as_mirror']:
    if r['id'] == 'thediplomat-2025-09-railroad-summer':
        continue  # another hostname of The Diplomat itself, not a mirror
    sources[r['id']].setdefault('mirror_of', r['mirror_of'])

titles = F['titles']
for r in titles['found']:
    sources[r['id']]['title'] = r['title']
    if r.get('published') and not sources[r['id']].get('published'):
        sources[r['id']]['published'] = r['published']
for r in titles['replace']:
    new = {k: v for k, v in r['new'].items() if k in ('id', 'title', 'publisher', 'url', 'published', 'mirror_of')}
    if r['id'] == 'iranintl-202510300439' and new['id'] != 'indiatoday-2810786':
        continue  # its other stand-in supports only a fact no longer cited to it
    key = new['url'].rstrip('/')
    if key in url_to_id and url_to_id[key] != r['id']:
        alias[r['id']] = url_to_id[key]
        sources[url_to_id[key]] = better(sources[url_to_id[key]], new)
        continue
    if new['id'] not in sources:
        sources[new['id']] = new; order.append(new['id']); url_to_id[key] = new['id']
    alias[r['id']] = new['id']
for r in titles['not_found']:
    sources[r['id']]['title'] = None
for i in ('dawn-1775075', 'azadi-pashto-33637305', 'nydailynews-2021-02-13-islam-qala', 'news18-glance-chabahar-waiver'):
    sources[i]['title'] = None
for s in sources.values():
    if s.get('title') == '' or is_bracketed(s.get('title')):
        s['title'] = None

def A(ids):
    out = []
    for i in ids:
        i = alias.get(i, i)
        if i not in out:
            out.append(i)
    return out

# ---------- status ----------
def helper_status(slug, names=None):
    out = []
    for name, d in sorted(F.items()):
        if names and name not in names:
            continue
        for p in d.get('places', {}).get(slug, {}).get('status', []):
            if p['status'] == 'unknown':
                continue
            q = copy.deepcopy(p)
            q['sources'] = A(q['sources'])
            for r in q.get('readings', []) or []:
                r['sources'] = A(r['sources'])
            if not q.get('readings'):
                q.pop('readings', None)
            out.append(q)
    return sorted(out, key=lambda p: p['from'])

def day_before(d):
    import datetime
    return (datetime.date.fromisoformat(d) - datetime.timedelta(days=1)).isoformat()

def status_for(slug):
    ex = copy.deepcopy(EX[slug]['status']) if slug in EX else []
    if slug == 'durand-line':
        ex[-1]['to'] = '2026-01-31'
        h = helper_status(slug, ['conflict-feb-apr-2026'])
        h[-1]['to'] = '2026-04-25'
        spin = [p for p in helper_status('spin-boldak', ['chaman']) if p['from'] == '2026-04-26']
        late = [dict(p, note='Fighting in the Chaman sector: Pakistani forces say they hit Afghan Taliban positions, posts and vehicles on 26, 28 and 29 April.') for p in spin]
        return ex + h + late + helper_status(slug, ['conflict-may-2026-on'])
    if slug in ('kabul', 'kandahar', 'jalalabad', 'quetta'):
        h = helper_status(slug)
        if h and h[-1]['to'] is None:
            h[-1]['to'] = CITY_CUT
        return [p for p in ex if p['to'] and p['to'] < h[0]['from']] + h if h else ex
    if slug == 'spin-boldak':
        a = helper_status(slug, ['chaman'])
        b = helper_status(slug, ['conflict-feb-apr-2026'])
        b[-1]['to'] = CITY_CUT
        merged = {p['from']: p for p in b}
        for p in a:  # the Chaman helper's versions win on the same days
            merged[p['from']] = p
        # 2026-03-03 from the Chaman helper replaces the conflict helper's same day
        return sorted(merged.values(), key=lambda p: p['from'])
    if slug in ('karachi-torkham', 'quetta-chaman'):
        primary = 'torkham' if slug == 'karachi-torkham' else 'chaman'
        h = helper_status(slug, [primary])
        extra = helper_status(slug, ['returns-trade'])
        h[-1]['sources'] = A(h[-1]['sources'] + [s for p in extra for s in p['sources']])
        return h
    if slug == 'air-corridor':
        return []  # correction: no flight reported; 'activated' was an announcement
    h = helper_status(slug)
    if not h:
        return ex
    start = h[0]['from']
    keep = []
    for p in ex:
        if p['from'] >= start:
            continue
        if p['to'] is None or p['to'] >= start:
            p['to'] = day_before(start)
        keep.append(p)
    return keep + h

# ---------- events ----------
# (slug, date, title) of an existing event -> (date, title) of the helper event it is merged into
EXIST_INTO = {
    ('torkham', '2025-02-21', 'Closed over border construction'): ('2025-02-21', 'Closed over Afghan trench construction'),
    ('torkham', '2025-03-19', 'Reopened for trade'): ('2025-03-19', 'Reopened for cargo'),
    ('torkham', '2025-10-12', 'Shut to all traffic'): ('2025-10-12', 'Shut to all traffic after clashes'),
    ('torkham', '2025-11-01', 'Reopened for returning Afghans only'): ('2025-11-01', 'Reopened one way for returnees'),
    ('torkham', '2025-12-01', 'UN cargo allowed through'): ('2025-12-01', 'Opened for UN humanitarian cargo'),
    ('chaman', '2023-10-21', 'Sit-in against passport and visa rule'): ('2023-10-21', 'Sit-in against passport and visa rule begins'),
    ('chaman', '2025-10-20', 'Brief opening for returning Afghans'): ('2025-10-20', 'Partial reopening reported after Doha truce'),
    ('chaman', '2025-10-23', 'Phased transit restart announced'): ('2025-10-22', 'Customs orders phased transit restart'),
    ('air-corridor', '2025-11-21', 'Air freight corridors activated'): ('2025-11-21', 'Air freight corridors declared activated'),
    ('angoor-adda', '2025-10-12', 'Customs clearance suspended'): ('2025-10-12', 'Closed with all crossings after border fighting'),
    ('central-asia', '2026-01-06', 'Central Asian routes cushion 2025 trade'): ('2026-01-06', 'Central Asian routes cushion 2025 trade'),
    ('chabahar', '2025-09-29', 'Sanctions waiver revoked'): ('2025-09-29', 'Sanctions waiver revocation takes effect'),
    ('chabahar', '2025-10-29', 'India’s six-month exemption takes effect'): ('2025-10-29', 'Six-month exemption takes effect'),
    ('ghulam-khan', '2025-06-28', 'Closed after suicide attack'): ('2025-06-28', 'Closed indefinitely after suicide attack'),
    ('ghulam-khan', '2025-10-12', 'Customs clearance suspended'): ('2025-10-12', 'Closed with all crossings after border fighting'),
    ('karachi', '2025-10-16', 'Containers offloaded at Karachi'): ('2025-10-16', 'Afghan transit halted at the Karachi ports'),
    ('karachi', '2026-01-14', 'Case-by-case re-export allowed'): ('2026-01-13', 'Re-export of stranded transit cargo allowed'),
    ('karachi-torkham', '2026-01-14', 'Re-export of stranded cargo allowed'): ('2026-01-14', 'Re-export of stranded transit cargo allowed'),
    ('kharlachi', '2025-05-09', 'Trade resumes after months-long closure'): ('2025-05-09', 'Trade resumes after about seven months'),
    ('kharlachi', '2025-10-12', 'Customs clearance suspended'): ('2025-10-12', 'Closed with all crossings after border fighting'),
    ('spin-boldak', '2025-10-15', 'Heaviest fighting of the crisis'): ('2025-10-15', 'Heaviest fighting of the crisis'),
    ('spin-boldak', '2025-12-05', 'Overnight clash'): ('2025-12-05', 'Overnight clash'),
    ('torghundi', '2025-07-31', 'Dry-port expansion deal'): ('2025-07-31', 'Dry-port expansion deal'),
    ('wagah', '2025-04-24', 'Pakistan suspends trade with India'): ('2025-04-24', 'Pakistan suspends all trade with India, including Afghan transit'),
    ('wagah', '2025-05-01', 'Stranded Afghan trucks allowed to cross'): ('2025-05-01', 'Pakistan permits 150 stranded Afghan trucks'),
    ('wagah', '2025-05-16', 'First stranded trucks enter India'): ('2025-05-16', 'Stranded Afghan trucks cross into India'),
}
# Existing events dropped outright (with the reason, for the commit message).
EXIST_DROP = {
    ('torkham', '2025-10-27', 'Rally for reopening in Landi Kotal'),  # page never found; Dawn reports the 29 Oct protest
}
# Helper events merged into another helper event: (slug, file, date, title) -> (date, title)
HELPER_INTO = {
    ('torkham', 'conflict-feb-apr-2026', '2026-02-24', 'Exchange of fire in the Torkham and Tirah sub-sectors'): ('2026-02-24', 'Firing at Torkham and Tirah'),
    ('torkham', 'conflict-feb-apr-2026', '2026-02-26', 'Shelling around Torkham'): ('2026-02-26', 'Shelling at Torkham hits Omari returnee camp'),
    ('chaman', 'conflict-may-2026-on', '2026-04-26', 'Afghan Taliban gun positions hit in Chaman sector'): ('2026-04-26', 'Fighting in the Chaman sector'),
    ('chaman', 'conflict-may-2026-on', '2026-04-28', 'Afghan Taliban posts and vehicles destroyed in Chaman sector'): ('2026-04-26', 'Fighting in the Chaman sector'),
    ('durand-line', 'conflict-feb-apr-2026', '2026-03-07', 'UNHCR: about 118,000 displaced on both sides'): ('2026-03-07', 'UNHCR: about 118,000 displaced on both sides'),
    ('durand-line', 'conflict-feb-apr-2026', '2026-03-13', 'Drones intercepted near Rawalpindi; airspace briefly closed'): ('2026-03-13', 'Afghan drones over Quetta, Kohat and Rawalpindi'),
    ('karachi-torkham', 'returns-trade', '2026-01-13', 'Stranded transit cargo may be re-exported'): ('2026-01-14', 'Re-export of stranded transit cargo allowed'),
}
HELPER_DROP = {
    # told on the crossings' own pages
    ('durand-line', 'conflict-feb-apr-2026', '2026-02-24', 'Exchange of fire at Torkham and Tirah'),
    ('durand-line', 'conflict-feb-apr-2026', '2026-03-05', 'Afghan mortar fire kills a man at Angoor Adda'),
}

def events_for(slug):
    evs = []  # (origin, event)
    for name, d in sorted(F.items()):
        for e in d.get('places', {}).get(slug, {}).get('events', []):
            if (slug, name, e['date'], e['title']) in HELPER_DROP:
                continue
            e = copy.deepcopy(e); e['sources'] = A(e['sources'])
            evs.append((name, e))
    def find(date, title):
        for name, e in evs:
            if e['date'] == date and e['title'] == title and (slug, name, date, title) not in HELPER_INTO:
                return e
        raise KeyError((slug, date, title))
    for (s, name, date, title), (d2, t2) in HELPER_INTO.items():
        if s != slug:
            continue
        src = next(e for n, e in evs if n == name and e['date'] == date and e['title'] == title)
        dst = find(d2, t2)
        dst['sources'] = A(dst['sources'] + src['sources'])
        if src.get('until') and (not dst.get('until') or src['until'] > dst['until']):
            dst['until'] = src['until']
    out = [e for n, e in evs if (slug, n, e['date'], e['title']) not in HELPER_INTO]
    for e in EX.get(slug, {}).get('events', []):
        key = (slug, e['date'], e['title'])
        if key in EXIST_DROP:
            continue
        if key in EXIST_INTO:
            dst = find(*EXIST_INTO[key])
            dst['sources'] = A(dst['sources'] + e['sources'])
            continue
        e = copy.deepcopy(e); e['sources'] = A(e['sources']); out.append(e)
    for e in out:
        if not e.get('until'):
            e.pop('until', None)
    return sorted(out, key=lambda e: (e['date'], e.get('until', '')))

# ---------- figures ----------
FIG_DROP_SOURCES = {'newsorga-q1-2026-370'}  # undated aggregator, flagged unconfirmed
METRIC_RENAME = {
    'displaced-afghanistan-mar-2026': 'displaced-afghanistan-2026-clashes',
    'displaced-pakistan-mar-2026': 'displaced-pakistan-2026-clashes',
    'displaced-families-afghanistan-mar-2026': 'families-displaced-afghanistan-2026-clashes',
    'displaced-east-south-afghanistan-iom-mar-2026': 'displaced-afghanistan-2026-clashes',
    'containers-stranded-karachi': None,  # karachi-torkham: same counts are on karachi
}

def figures_for(slug):
    out, seen = [], set()
    items = [('EXIST', f) for f in EX.get(slug, {}).get('figures', [])]
    for name, d in sorted(F.items()):
        items += [(name, f) for f in d.get('places', {}).get(slug, {}).get('figures', [])]
    for name, f in items:
        f = copy.deepcopy(f)
        if not f.get('as_of') or f['source'] in FIG_DROP_SOURCES:
            continue
        f['source'] = A([f['source']])[0]
        if f['metric'] in METRIC_RENAME:
            if METRIC_RENAME[f['metric']] is None and slug == 'karachi-torkham':
                continue
            f['metric'] = METRIC_RENAME[f['metric']] or f['metric']
        key = (f['metric'], f['source'], json.dumps(f['value']))
        if key in seen:
            continue
        seen.add(key)
        if not f.get('until'):
            f.pop('until', None)
        if not f.get('note'):
            f.pop('note', None)
        out.append(f)
    return out

# ---------- write ----------
KEY_ORDER = ['slug', 'kind', 'names', 'country', 'geometry', 'geometry_note', 'geometry_sources', 'geometry_file', 'route', 'summary', 'last_reviewed', 'status', 'figures', 'events']
PERIOD_ORDER = ['from', 'to', 'status', 'scope', 'note', 'sources', 'readings']
READING_ORDER = ['from', 'to', 'status', 'scope', 'note', 'sources']
EVENT_ORDER = ['date', 'until', 'kind', 'title', 'summary', 'sources']
FIG_ORDER = ['metric', 'label', 'value', 'unit', 'as_of', 'until', 'source', 'note']

def ordered(d, keys):
    return {k: d[k] for k in keys if k in d}

result = {}
for slug, loc in EX.items():
    loc = copy.deepcopy(loc)
    loc['last_reviewed'] = REVIEWED
    st = [ordered(p, PERIOD_ORDER) for p in status_for(slug)]
    for p in st:
        if 'readings' in p:
            p['readings'] = [ordered(r, READING_ORDER) for r in p['readings']]
    loc['status'] = st
    loc['events'] = [ordered(e, EVENT_ORDER) for e in events_for(slug)]
    loc['figures'] = [ordered(f, FIG_ORDER) for f in figures_for(slug)]
    loc['names']['sources'] = A(loc['names'].get('sources', [])) if loc['names'].get('sources') else None
    if loc['names']['sources'] is None:
        loc['names'].pop('sources')
    ids = A(re.findall(r'source: ([a-z0-9-]+)', loc.get('geometry_note', '')))
    if ids:
        loc['geometry_sources'] = ids
        for old_id, new_id in alias.items():
            loc['geometry_note'] = loc['geometry_note'].replace(f'source: {old_id}', f'source: {new_id}')
    result[slug] = ordered(loc, KEY_ORDER)

# ---------- hand review: patches applied after the mechanical merge ----------
def fig(slug, metric, source=None):
    return [f for f in result[slug]['figures'] if f['metric'] == metric and (source is None or f['source'] == source)]

for f in fig('chaman', 'trucks-held-chaman-oct-2025'):
    if f['unit'] == 'vehicles':
        f['metric'] = 'transit-vehicles-held-chaman-oct-2025'
        f['label'] = 'Transit vehicles held at Chaman, Oct 2025'
for f in fig('durand-line', 'families-displaced-afghanistan-2026-clashes'):
    if f['unit'] == 'households':
        f['unit'] = 'families'
        f['note'] = (f.get('note', '') + ' Reported as households.').strip()
for f in fig('durand-line', 'flour-price-kabul'):
    if f['unit'] == 'AFN per 49-kg sack':
        f['metric'] = 'flour-price-kabul-49kg-sack'
for f in fig('durand-line', 'refugee-camps-denotified'):
    if f['unit'] == 'refugee villages':
        f['metric'] = 'refugee-villages-denotified'
for f in fig('karachi', 'transit-cargo-stranded-oct-2025', 'samaa-2087340586'):
    f['metric'] = 'transit-containers-stranded-oct-2025'

exec(open('/work/merge/review.py').read())

# sources actually cited (plus the geometry ones named in notes)
cited = set()
for loc in result.values():
    for p in loc['status']:
        cited.update(p['sources'])
        for r in p.get('readings', []):
            cited.update(r['sources'])
    for e in loc['events']:
        cited.update(e['sources'])
    for f in loc['figures']:
        cited.add(f['source'])
    cited.update(loc['names'].get('sources', []))
    cited.update(re.findall(r'source: ([a-z0-9-]+)', loc.get('geometry_note', '')))

missing = sorted(i for i in cited if i not in sources)
print('missing sources', missing)
final_sources = [ordered(sources[i], ['id', 'title', 'publisher', 'url', 'published', 'mirror_of']) for i in order if i in cited]
for s in final_sources:
    s.setdefault('published', None)
    if s.get('published') is None:
        s['published'] = None
print('sources', len(final_sources), 'dropped', len(order) - len(final_sources))
json.dump({'sources': final_sources, 'locations': result}, open('/work/merge/merged.json', 'w'), ensure_ascii=False, indent=1)

json.dump({'sources': final_sources, 'locations': result}, open('/work/merge/merged.json', 'w'), ensure_ascii=False, indent=1)
