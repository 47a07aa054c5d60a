# Hand review of the merged record (exec'd by merge.py with `result` in scope).

def ev(slug, date, title):
    for e in result[slug]['events']:
        if e['date'] == date and e['title'] == title:
            return e
    raise KeyError((slug, date, title))

def period(slug, start):
    for p in result[slug]['status']:
        if p['from'] == start:
            return p
    raise KeyError((slug, start))

def add_sources(item, *ids):
    for i in ids:
        if i not in item['sources']:
            item['sources'].append(i)

def drop_event(slug, date, title):
    result[slug]['events'] = [e for e in result[slug]['events'] if not (e['date'] == date and e['title'] == title)]

def resort(slug):
    result[slug]['events'].sort(key=lambda e: (e['date'], e.get('until', '')))

# --- Torkham ---------------------------------------------------------------------------------
p = period('torkham', '2025-02-21')
p['readings'] = [r for r in p['readings'] if 'Length given' not in r['note']] + [
    {'to': '2025-03-17', 'note': 'Dawn (22 Mar) says the crossing reopened on Tuesday 18 Mar, after a 27-day closure.', 'sources': ['dawn-1899544']},
    {'note': 'The closure is counted as 25 days (The News) or 27 days (Dawn); the Reuters report copied by Devdiscourse says nearly a month.', 'sources': ['thenews-1293239', 'dawn-1899544', 'devdiscourse-3313573']},
]
for f in result['torkham']['figures']:
    if f['metric'] == 'closure-length-feb-2025' and f['source'] == 'devdiscourse-3313573':
        f['source'] = 'dawn-1899544'
        f.pop('note', None)
add_sources(period('torkham', '2023-09-06'), 'dawn-1775075')
e = ev('torkham', '2025-11-01', 'Reopened one way for returnees')
add_sources(e, 'dawn-1952400', 'samaa-2087341272')
e = ev('torkham', '2025-12-01', 'Opened for UN humanitarian cargo')
e['kind'] = 'trade-measure'
add_sources(e, 'thenews-1384648', 'nukta-un-aid-cargo')
e = ev('torkham', '2026-01-01', 'WFP trucks held on the Afghan side')
e['date'] = '2025-12-31'
e['summary'] = ('On 31 Dec a Pakistani customs official said nine WFP trucks carrying wheat and medicine had reached '
                'Torkham and were waiting for Afghan permission; on 2 Jan Taliban officials said they had stopped them, '
                'allowing nothing from Pakistan through without guarantees.')
e['sources'] = ['azadi-pashto-33637305', 'azadi-33638574', 'jpsfa-2026-01-18-reexport']
resort('torkham')

# --- Chaman and Spin Boldak -------------------------------------------------------------------
p = period('chaman', '2025-10-13')
for r in p['readings']:
    if r['note'].startswith('The current record'):
        r['note'] = ('Geo and Business Recorder report the crossing fully shut until a few hours\u2019 opening for '
                     'returnees on the evening of 20 Oct, then shut again on 21\u201323 Oct.')
p['readings'].append({'from': '2025-11-01', 'to': '2025-11-01', 'status': 'closed', 'scope': 'all',
                      'note': 'Samaa (1 Nov) said Chaman remained closed for the 21st consecutive day, with trade and cross-border movement halted; the same day The Express Tribune reported about 10,700 people returning through Chaman.',
                      'sources': ['samaa-2087341272']})
for f in result['chaman']['figures']:
    if f['metric'] == 'returnees-crossing-chaman-31-oct-2025':
        f['note'] = 'The Express Tribune report (via Rediff) says in a single day; a rewrite of it says on Saturday, i.e. 1 Nov. The day is 31 Oct or 1 Nov.'
e = ev('chaman', '2025-12-05', 'Overnight clash')
add_sources(e, 'cna-2025-12-06-chaman', 'wdbo-2025-12-06-chaman')
for source, value, who in [('wdbo-2025-12-06-chaman', 5, 'AP: five Afghan civilians killed (three children and a woman) and five wounded; three wounded in Chaman.'),
                           ('cna-2025-12-06-chaman', 4, 'AFP, quoting the Spin Boldak governor: four civilians killed and four wounded.')]:
    result['spin-boldak']['figures'].append({'metric': 'civilians-killed-5-6-dec-2025', 'label': 'Civilians killed in the 5\u20136 Dec 2025 clash',
                                             'value': value, 'unit': 'people', 'as_of': '2025-12-06', 'source': source, 'note': who})

# --- Durand Line ------------------------------------------------------------------------------
e = ev('durand-line', '2025-10-17', 'Deadly strike in Paktika')
e.pop('until', None)
add_sources(e, 'etvbharat-2025-10-18-paktika')
e['summary'] = ('Pakistani air strikes late on Friday 17 Oct in Paktika killed at least ten people (the provincial hospital '
                'counted ten dead and twelve wounded, per AFP); UNAMA counted 11 civilians killed.')
p = period('durand-line', '2025-10-16')
p['note'] = p['note'].replace('a deadly strike in Paktika on 17\u201318 Oct', 'a deadly strike in Paktika late on 17 Oct')
add_sources(ev('durand-line', '2025-10-18', 'Doha talks agree an immediate ceasefire'), 'arynews-doha-ceasefire')
e = ev('durand-line', '2025-11-28', 'Pakistan says the ceasefire has broken down')
add_sources(e, 'geo-636190')
e = ev('durand-line', '2025-11-30', 'Riyadh talks end without progress')
e['summary'] += (' On 5 Dec Pakistan\u2019s Foreign Office spokesman said he was not aware of Pakistan\u2013Afghanistan '
                 'talks in Saudi Arabia, so whether this round took place is disputed.')
add_sources(e, 'dailypakistan-2025-12-05-fo-saudi')
e = ev('durand-line', '2025-12-20', 'UNHCR: 931,700 returns from Pakistan since April')
e['date'] = '2025-12-19'
p = period('durand-line', '2025-12-07')
p['note'] = 'No further clash was reported; the crossings stayed closed to trade and each side held up the other\u2019s cargo.'
for f in result['durand-line']['figures']:
    if f['metric'] == 'returns-from-pakistan-2025' and f['source'] == 'unhcr-pk-one-million-2025':
        f['until'] = '2025-11-28'
        f['note'] = 'UNHCR Pakistan press release of late November 2025 (copies dated 28 Nov).'
resort('durand-line')

# --- Karachi and the transit routes -----------------------------------------------------------
e = ev('karachi', '2026-01-13', 'Re-export of stranded transit cargo allowed')
e['date'] = '2026-01-12'
e['until'] = '2026-01-14'
add_sources(e, 'nukta-pajcci-re-export')
e = ev('karachi-torkham', '2026-01-14', 'Re-export of stranded transit cargo allowed')
e['date'] = '2026-01-12'
e['until'] = '2026-01-14'
add_sources(e, 'nukta-pajcci-re-export')
for s in ('karachi', 'karachi-torkham'):
    resort(s)
result['karachi']['figures'].append({'metric': 'afghan-transit-trade-fy25', 'label': 'Afghan transit trade via Pakistan, FY2024\u201325',
                                     'value': 974000000, 'unit': 'USD', 'as_of': '2024-07-01', 'until': '2025-06-30',
                                     'source': 'nukta-transit-trade-agreement', 'note': 'Customs data; down about 60% on the year.'})

# --- Iran, Chabahar and the air corridor ------------------------------------------------------
p = period('chabahar', '2018-12-25')
p['note'] = 'Operating since India Ports Global took over the Shahid Beheshti terminal (IRNA dates the commercial start to 30 Dec 2018).'
p['sources'] = ['news18-chabahar-ipgl']
p = period('chabahar', '2025-10-29')
for r in p.get('readings', []):
    if r.get('from') == '2025-09-29':
        r['note'] = ('India Today and PTC News wrote on 30 Oct that the exemption came into effect on 29 Sep, i.e. with no gap '
                     'after the revocation; WorldECR and India\u2019s foreign ministry put it on 29 Oct, and 29 Sep is the date '
                     'the revocation took effect.')
add_sources(ev('chabahar', '2025-10-28', 'US Treasury letter on a conditional waiver'), 'news18-glance-chabahar-waiver')
e = ev('chabahar', '2016-05-01', 'Trilateral transit agreement')
e['date'], e['until'] = '2016-05-21', '2016-05-31'
e['summary'] = ('India, Iran and Afghanistan signed the trilateral Chabahar transit agreement in Tehran in late May 2016 '
                '(the Persian month of Khordad), in the presence of Presidents Rouhani and Ghani and Prime Minister Modi; '
                'no source seen gives the day.')
add_sources(e, 'asriran-496701')
resort('chabahar')
p = period('chabahar-corridor', '2017-10-29')
p['note'] = 'In use since the first Indian wheat shipment for Afghanistan sailed in Oct 2017.'
p['sources'] = ['tasnim-2017-11-12-wheat', 'irna-83465476']
e = ev('islam-qala', '2021-02-13', 'Fuel-tanker fire at Islam Qala')
e['sources'] = ['nydailynews-2021-02-13-islam-qala', 'cgtn-2021-02-14-islam-qala']
result['air-corridor']['events'].append({
    'date': '2025-10-10', 'kind': 'agreement', 'title': 'India and Afghanistan agree to resume air freight',
    'summary': 'A joint statement during Afghan foreign minister Muttaqi\u2019s visit to New Delhi said the two sides would resume the air freight corridor.',
    'sources': ['business-standard-125101001298']})
resort('air-corridor')
e = ev('delhi', '2025-10-09', 'Afghan foreign minister visits India')
e['summary'] += ' Business Standard dates the end of the visit to 15 Oct; other reports run it to 16 Oct.'
add_sources(e, 'business-standard-125102100747')

# --- Badini --------------------------------------------------------------------------------------
drop_event('badini', '2023-01-09', 'Badinai opened to people four days a week')
result['badini']['events'].append({
    'date': '2025-10-12', 'kind': 'closure', 'title': 'Shut with Chaman after the border fighting',
    'summary': 'INP reported on 14 Oct that the Badini crossing, with Chaman and Baramcha, had been closed since the fighting of Saturday night (11\u201312 Oct), with returns suspended; Dawn the same day called the situation at Badini calm.',
    'sources': ['inp-2025-10-14-chaman-badini', 'dawn-1948771']})
resort('badini')

# --- Summaries -----------------------------------------------------------------------------------
SUMMARY = {
    'torkham': 'The busiest Pakistan\u2013Afghanistan crossing, at the end of the N-5 highway from Peshawar through the Khyber Pass, with the road continuing to Jalalabad and Kabul. Since 2023 it has been shut again and again: over firefights at the zero point (Feb and Sep 2023, Aug 2024, Feb\u2013Mar 2025), over visa and document rules for truck drivers (Jan and Aug 2024) and by a highway blockade (Aug\u2013Oct 2024). After the clashes of 11\u201312 October 2025 it closed to all traffic; from 1 November 2025 only returning and deported Afghans could cross, and trade and transit stayed halted. Shelling hit a returnee camp beside it on 26\u201327 February 2026, when open war broke out; no later report on its status was found.',
    'chaman': 'The Bab-e-Dosti (Friendship Gate) crossing between Chaman in Balochistan and Spin Boldak in Kandahar, on the road from Quetta to Kandahar. A sit-in against Pakistan\u2019s passport-and-visa rule (in force from 1 November 2023) blocked trade for months in 2023\u201324. It closed to all traffic on 12 October 2025 and from the next day let only returning Afghans through; trade stayed shut, and fighting hit the crossing on 5\u20136 December 2025, 26\u201327 February 2026 and 26\u201329 April 2026.',
    'spin-boldak': 'Afghan border town in Kandahar province opposite Chaman. It bore the worst of the fighting on 15 October 2025, when UNAMA counted 35 civilians killed and 422 wounded there and nearby, saw further clashes on 5\u20136 December 2025, and was again on the front line from 26 February 2026 and in late April 2026.',
    'quetta-chaman': 'The southern transit route from Karachi by road through Quetta and the Chaman\u2013Spin Boldak crossing to Kandahar. The Chaman sit-in cut it for about three months from November 2023 and again in May 2024; it has been blocked since Pakistan suspended Afghan transit trade in October 2025, and a phased restart announced on 22 October did not visibly take hold.',
    'durand-line': 'The roughly 2,600 km frontier agreed in 1893 between British India and Amir Abdur Rahman Khan, which Pakistan treats as its international border and Kabul has never formally accepted. Heavy fighting on 11\u201315 October 2025 ended in a Doha ceasefire on 19 October, but talks in Istanbul broke down and every formal crossing stayed closed to trade. After suicide attacks in Pakistan and Pakistani strikes in Nangarhar and Paktika, open war broke out on 26\u201327 February 2026: Pakistan\u2019s Operation Ghazab lil-Haq bombed Kabul, Kandahar and other provinces, and Afghan forces attacked border posts and sent drones over Pakistani cities. An Eid pause followed on 19\u201323 March and informal talks in Urumqi in early April; fighting was reported again in the Chaman sector in late April and a drone incursion over Balochistan on 30 June 2026.',
    'kabul': 'Afghanistan\u2019s capital. Explosions near Abdul Haq Square on the night of 9 October 2025, reportedly aimed at the Pakistani Taliban (TTP) leader, came two days before the border fighting. Pakistani jets struck the city on 27 February 2026, the first day of open war, and again on 1, 12\u201313 and 16 March, when a strike hit the Omid drug rehabilitation hospital; the Taliban said about 400 were killed there, a figure Pakistan disputes.',
    'kandahar': 'City in southern Afghanistan, reached from Quetta through Chaman\u2013Spin Boldak and linked by highway to Delaram, Herat and Kabul. Pakistani jets struck Taliban military sites in the city on 27 February 2026 and a fuel depot near its airport on 12\u201313 March, with further strikes on 14\u201315 March.',
    'jalalabad': 'City on Highway 7 between the Torkham crossing and Kabul. Explosions were heard near its airport on 28 February 2026, and Pakistani strikes in Nangarhar on 16 March reportedly included the airport.',
    'quetta': 'Capital of Balochistan, on the road from Karachi to Chaman and one of the customs stations for Afghan transit cargo. Afghanistan claimed a drone strike on a military headquarters in the city on 1 March 2026, which Pakistan did not confirm; on 13 March an Afghan drone was shot down over Quetta and its debris injured two children.',
    'ghulam-khan': 'A crossing between North Waziristan and Khost province. It closed during clashes in September 2024, was shut by Pakistan from 28 June 2025 after a suicide attack, reopened to freight on 16 July for two weeks and was closed again from August over a visa rule. It has been closed to all movement since the fighting of 11\u201312 October 2025.',
    'kharlachi': 'A crossing between Kurram district and Paktia province. Cross-border fire and tribal fighting shut it several times in 2024; after convoy attacks in Kurram it was closed from October 2024 and reopened to trade only on 9 May 2025. It has been closed since the fighting of 11\u201312 October 2025, and fire hit its terminal on 27\u201328 February 2026.',
    'angoor-adda': 'A crossing between South Waziristan and Barmal in Paktika, where the border runs through the bazaar. Trade there stopped in 2023 and stayed stopped for about two years, until a reopening on 30 September 2025 that lasted less than two weeks: it has been closed since the fighting of 11\u201312 October 2025.',
    'badini': 'A trade terminal in Qila Saifullah, Balochistan, opposite the Shamulzai area of Zabul, inaugurated in September 2020. The Afghan side (Badinai) opened to pedestrians in January 2023, but in October 2025 Pakistan\u2019s interior ministry said the crossing was not yet operational, pending a road.',
    'wagah': 'The Pakistan\u2013India land crossing between Lahore and Amritsar, which Afghan exports to India used under the 2010 transit agreement. After the Pahalgam attack India shut Attari and Pakistan halted all trade with India, Afghan transit included, on 24 April 2025; apart from a one-off passage for stranded Afghan trucks on 16\u201317 May 2025, no resumption is reported.',
    'karachi': 'Karachi\u2019s main port and, with nearby Port Qasim, the usual sea gateway for Afghan transit trade under the 2010 transit agreement. Afghan transit cargo was suspended from 13 October 2025, leaving thousands of containers stuck at the Karachi ports; re-export of stranded cargo was allowed case by case from 12 January 2026, and from 17 February cargo stranded at Chaman and Quetta could be sent back for re-export. No resumption of transit is reported.',
    'port-qasim': 'Port east of Karachi which, with the Port of Karachi, handles Afghan transit cargo. Clearance of Afghan transit containers there stopped in October 2025; stranded cargo could later be re-exported, but transit stayed suspended.',
    'karachi-torkham': 'The traditional Afghan transit route from the Karachi ports (and Port Qasim) by road through Peshawar and the Torkham crossing to Jalalabad and Kabul, about three days by truck. It was cut each time Torkham closed to cargo and by the Kukikhel blockade of the highway in August\u2013October 2024; it has been blocked since Pakistan suspended Afghan transit trade in October 2025.',
    'islam-qala': 'Iran\u2019s main crossing with Afghanistan, between Dogharoun (Khorasan Razavi) and Islam Qala on the road to Herat; transit cargo reaches it from Shahid Rajaee port at Bandar Abbas. Guard stand-offs closed it for a day in May 2023 and March 2024; fuel imports stopped during the Iran\u2013Israel war of June 2025, and Afghanistan\u2019s internet shutdown, truck disputes and flooded yards held up goods in late 2025. It carried record numbers of Afghans expelled from Iran in 2025 and of people fleeing the war in Iran in March 2026.',
    'milak': 'The crossing between Milak in Iran\u2019s Hirmand county, about 340 km north of Zahedan, and Zaranj in Nimruz, linked by a bridge over the Helmand. It carries Chabahar cargo onto Route 606. Iran suspended trade there for a day after a border clash in May 2023; fuel imports stopped during the June 2025 war, and a dispute over fuel standards closed it for several days until 19 October 2025.',
    'chabahar': 'Iran\u2019s ocean port on the Gulf of Oman, whose Shahid Beheshti terminal India operates under a ten-year deal signed in May 2024; it is Afghanistan\u2019s main sea outlet that avoids Pakistan. The US revoked its sanctions waiver from 29 September 2025, then gave India a conditional exemption from 29 October 2025 to 26 April 2026. After the war on Iran began at the end of February 2026, smoke was reported at the port and strikes near its free zone; no report on the port\u2019s operation or on the exemption after that was found.',
    'chabahar-corridor': 'Afghanistan\u2019s route to the sea through Iran: from Chabahar by road via Zahedan to the Milak\u2013Zaranj crossing, then along India-built Route 606 to Delaram and on to Kandahar, Herat and Kabul. In late 2025 Afghanistan made shifting its trade to this route official policy, and its trade with Iran overtook trade with Pakistan. No report on the route after the war on Iran began in late February 2026 was found.',
    'bandar-abbas': 'Shahid Rajaee, the port of Bandar Abbas on Iran\u2019s southern coast, from which transit cargo travels by road to the Dogharoun\u2013Islam Qala crossing and on to Herat. An explosion shut it on 26\u201327 April 2025; during the 2026 war Iran closed the Strait of Hormuz to commercial shipping from March, and ships were reported berthing again on 22 June 2026.',
    'bandar-abbas-herat': 'Transit cargo from Shahid Rajaee port at Bandar Abbas travels by road across Iran to the Dogharoun\u2013Islam Qala crossing, Iran\u2019s main gateway to Afghanistan, and on to Herat. It was disrupted by the port explosion of April 2025, by the Iran\u2013Israel war of June 2025, by hold-ups at Islam Qala in late 2025, and by the closure of the Strait of Hormuz from March to June 2026.',
    'hairatan': 'Afghanistan\u2019s road and rail bridge to Termez in Uzbekistan, on the Amu Darya in Balkh province. Uzbekistan suspended rail freight there for nine days in February 2023; the bridge reopened to passengers on 23 November 2025 for the first time since 2021, and its freight grew as trade moved away from Pakistan.',
    'torghundi': 'The crossing from Herat province to Serhetabat in Turkmenistan, with a broad-gauge rail link in place since the 1960s, about 100 km from Herat. It carried much of Afghanistan\u2019s fuel when Iranian supplies stopped in June 2025, and Turkmenistan began expanding its dry port in 2025; no dated report on its status before June 2025 was found.',
    'sher-khan-bandar': 'Afghanistan\u2019s river port in Kunduz province, linked by a US-built bridge (2007) to Panji Poyon in Tajikistan. No dated report on its status since 2023 was found.',
    'central-asia': 'Afghanistan\u2019s northern gateways to Uzbekistan (Hairatan), Turkmenistan (Torghundi) and Tajikistan (Sher Khan Bandar). Afghan traders expanded overland shipments along these routes in 2025 as the Pakistani crossings closed; rail freight was disrupted by an Uzbek suspension in February 2023 and a Kazakh ban on transit via Saryagash in November 2025.',
    'air-corridor': 'Air freight links from Kabul to Delhi and Amritsar. India and Afghanistan agreed to resume the corridor on 10 October 2025, and India declared it activated on 21 November 2025, during a visit by Afghanistan\u2019s commerce minister; no report of a cargo flight after that was found, so no status is given. Indian airlines may not use Pakistani airspace.',
}
for slug, text in SUMMARY.items():
    result[slug]['summary'] = text

# --- Sources whose headline was never seen: replaced by a page whose headline was -------------
NEW_SOURCES = [
    {'id': 'ptv-2025-10-19-doha-ceasefire', 'title': 'Pakistan, Afghanistan agree to immediate ceasefire after peace talks in Doha',
     'publisher': 'PTV News', 'url': 'https://pakistantv.com/article/pakistan-afghanistan-agree-to-immediate-ceasefire-after-peace-talks-in-doha', 'published': '2025-10-19'},
    {'id': 'khabarasia-125114', 'title': 'Afghan-Pakistan Border Clash Kills Civilians Amid Rising Tensions',
     'publisher': 'Khabar Asia', 'url': 'https://khabarasia.com/?p=125114', 'published': None, 'mirror_of': 'AFP'},
    {'id': 'crbcnews-693440211409c51f9239df14', 'title': 'Overnight Exchange of Fire Along Afghan‑Pakistan Border Kills Civilians',
     'publisher': 'CRBC News', 'url': 'https://www.crbcnews.com/articles/693440211409c51f9239df14', 'published': None, 'mirror_of': 'AP'},
]
REPLACE_UNTITLED = {
    'arynews-doha-ceasefire': 'ptv-2025-10-19-doha-ceasefire',
    'cna-2025-12-06-chaman': 'khabarasia-125114',
    'wdbo-2025-12-06-chaman': 'crbcnews-693440211409c51f9239df14',
}
for s in NEW_SOURCES:
    sources[s['id']] = s
    order.append(s['id'])

def swap_ids(ids):
    out = []
    for i in ids:
        i = REPLACE_UNTITLED.get(i, i)
        if i not in out:
            out.append(i)
    return out

for loc in result.values():
    for p in loc['status']:
        p['sources'] = swap_ids(p['sources'])
        for r in p.get('readings', []):
            r['sources'] = swap_ids(r['sources'])
    for e in loc['events']:
        e['sources'] = swap_ids(e['sources'])
    for f in loc['figures']:
        f['source'] = swap_ids([f['source']])[0]
for f in result['spin-boldak']['figures']:
    if f['source'] == 'khabarasia-125114':
        f['note'] = 'AFP report (copied by Khabar Asia), quoting the Spin Boldak governor: four civilians killed and several wounded.'
    if f['source'] == 'crbcnews-693440211409c51f9239df14':
        f['note'] = 'AP report (copied by CRBC News): five Afghan civilians killed, including three children and a woman; five wounded on the Afghan side and three in Chaman.'

# --- Second sources found in review ----------------------------------------------------------------
MORE_SOURCES = [
    {'id': 'dawn-1947718', 'title': 'Explosion heard in Kabul; no reports of damages yet, says Zabeehullah Mujahid',
     'publisher': 'Dawn', 'url': 'https://www.dawn.com/news/1947718/explosion-heard-in-kabul-no-reports-of-damages-yet-says-zabeehullah-mujahid', 'published': '2025-10-09'},
    {'id': 'dailyahemkhabar-15426', 'title': 'سعودی عرب اور قطر کا پاکستان اور افغانستان کے درمیان عیدالفطر پر عارضی جنگ بندی کا خیرمقدم (Saudi Arabia and Qatar welcome the temporary Eid al-Fitr ceasefire between Pakistan and Afghanistan)',
     'publisher': 'Daily Aham Khabar', 'url': 'https://dailyahemkhabar.pk/?p=15426', 'published': '2026-03-19'},
    {'id': 'trtworld-857392e02528', 'title': None, 'publisher': 'TRT World', 'url': 'https://www.trtworld.com/article/857392e02528', 'published': None},
    {'id': 'financialexpress-4157658', 'title': None, 'publisher': 'Financial Express', 'published': '2026-02-28',
     'url': 'https://www.financialexpress.com/world-news/pakistan-afghanistan-war-pakistani-jet-crashes-in-jalalabad-pilot-detained-by-taliban-amid-escalating-conflict/4157658/'},
    {'id': 'wion-2026-02-28-jalalabad-jet', 'title': None, 'publisher': 'WION', 'published': '2026-02-28',
     'url': 'https://www.wionews.com/world/pakistani-pilot-captured-alive-by-afghanistan-after-jet-shot-down-in-jalalabad-1772260368967'},
]
for s in MORE_SOURCES:
    sources[s['id']] = s
    order.append(s['id'])
e = ev('kabul', '2025-10-09', 'Explosions in central Kabul')
add_sources(e, 'dawn-1947718')
add_sources(period('kabul', '2025-10-09'), 'dawn-1947718')
eid = ev('durand-line', '2026-03-19', 'Eid al-Fitr pause in Operation Ghazab lil-Haq')
add_sources(eid, 'trtworld-857392e02528', 'dailyahemkhabar-15426')
eid['summary'] += ' Saudi Arabia and Qatar welcomed the pause.'
add_sources(ev('spin-boldak', '2026-03-19', "Eid pause in Pakistan's operation"), *eid['sources'])
result['jalalabad']['events'].append({
    'date': '2026-02-28', 'kind': 'statement', 'title': 'Afghan claim of a Pakistani jet shot down',
    'summary': 'Hours after the explosions near the airport, Afghan police and military spokesmen said a Pakistani fighter jet had been shot down over Jalalabad\u2019s sixth district and its pilot captured alive; Pakistan\u2019s foreign ministry called the claim totally untrue (AFP).',
    'sources': ['financialexpress-4157658', 'wion-2026-02-28-jalalabad-jet']})
resort('jalalabad')
result['spin-boldak']['geometry_note'] = result['spin-boldak']['geometry_note'].replace('from WikiMili, a mirror of English Wikipedia', 'from English Wikipedia')
# Kharlachi's Dari name: no page spells it کارلاچی; Did Press (Dari) writes خرلاچی.
result['kharlachi']['names']['fa'] = 'خرلاچی'
if 'didpress-175982' not in result['kharlachi']['names']['sources']:
    result['kharlachi']['names']['sources'].append('didpress-175982')

# --- Scopes: a restricted crossing names what still passes ('restricted to returnees only'); where
# the research used a scope to say what was restricted, the period is restricted for all traffic,
# with the note saying what. Ports carry goods by definition: their periods speak of all traffic.
def rescope(slug, start, scope='all'):
    period(slug, start)['scope'] = scope
for start in ('2023-10-21', '2023-11-01', '2024-02-17', '2024-02-27', '2024-07-27'):
    rescope('chaman', start)
for r in period('chaman', '2025-10-13')['readings']:
    if r.get('scope') == 'trade':
        r['scope'] = 'all'
for start in ('2025-06-13', '2025-09-29', '2025-11-22', '2026-01-01'):
    rescope('islam-qala', start)
rescope('milak', '2025-06-13')
rescope('hairatan', '2023-02-01')
for slug in ('karachi', 'port-qasim', 'bandar-abbas', 'chabahar'):
    for p in result[slug]['status']:
        p['scope'] = 'all'
        for r in p.get('readings', []):
            if 'scope' in r:
                r['scope'] = 'all'
for r in period('kharlachi', '2024-10-12')['readings']:
    if r.get('status') == 'restricted':
        r['scope'] = 'all'

# --- Independent audit of 29 random facts (docs/research/findings/random-audit.json): fixes ------
AUDIT_SOURCES = [
    {'id': 'rediff-2009-01-22-route-606', 'title': 'India hands over key highway to Afghanistan', 'publisher': 'Rediff',
     'url': 'https://m.rediff.com/amp/news/2009/jan/22india-hands-over-key-highway-to-afghanistan.htm', 'published': '2009-01-22', 'mirror_of': 'PTI'},
    {'id': 'rferl-1373554', 'title': 'Afghanistan, India Unveil Strategic Road', 'publisher': 'RFE/RL',
     'url': 'https://www.rferl.org/a/Afghanistan_India_Unveil_Strategic_Road/1373554.html', 'published': None, 'mirror_of': 'Reuters'},
    {'id': 'twocircles-2009-01-22-route-606', 'title': 'Defying Taliban, India hands over crucial highway to Afghanistan', 'publisher': 'TwoCircles.net',
     'url': 'https://twocircles.net/2009jan22/defying_taliban_india_hands_over_crucial_highway_afghanistan.html', 'published': '2009-01-22', 'mirror_of': 'IANS'},
    {'id': 'dawn-1949157', 'title': 'Curtains for Afghan refugee camps in KP as centre de-notifies last 28', 'publisher': 'Dawn',
     'url': 'https://www.dawn.com/news/1949157', 'published': '2025-10-16'},
    {'id': 'anews-2026-02-27-12-soldiers', 'title': 'Islamabad says 12 Pakistani soldiers dead in clashes with Afghanistan', 'publisher': 'A News',
     'url': 'https://www.anews.com.tr/world/2026/02/27/islamabad-says-12-pakistani-soldiers-dead-in-clashes-with-afghanistan', 'published': '2026-02-27', 'mirror_of': 'Anadolu Agency'},
    {'id': 'tribune-2593803', 'title': 'Lieutenant colonel, sepoy martyred, five terrorists killed in Bannu attack', 'publisher': 'The Express Tribune',
     'url': 'https://tribune.com.pk/story/2593803/army-says-officer-soldier-martyred-five-terrorists-killed-in-bannu-attack', 'published': None},
    {'id': 'khyberchronicles-2025-returns', 'title': 'UN Says Nearly Three Million Afghans Were Returned From Iran and Pakistan in 2025', 'publisher': 'Khyber Chronicles',
     'url': 'https://khyberchronicles.pk/un-says-nearly-three-million-afghans-were-returned-from-iran-and-pakistan-in-2025', 'published': None},
]
for s in AUDIT_SOURCES:
    sources[s['id']] = s
    order.append(s['id'])
sources['khaama-2026-02-torkham-240m']['mirror_of'] = 'Khaama Press'
sources['risecelestial-100916']['mirror_of'] = 'a Pakistani daily, probably Dawn'

# Route 606: the handover and its length from the news of the day, not a Wikipedia mirror.
e = ev('chabahar-corridor', '2009-01-22', 'Route 606 handed over')
e['kind'] = 'other'
e['sources'] = ['rediff-2009-01-22-route-606', 'rferl-1373554']
for f in result['chabahar-corridor']['figures']:
    if f['metric'] == 'route-606-length':
        f['source'] = 'rediff-2009-01-22-route-606'
        f['note'] = 'Delaram–Zaranj highway, at its handover (PTI).'
for value, source, who in [(218, 'twocircles-2009-01-22-route-606', 'IANS, at the handover.'), (220, 'rferl-1373554', 'Reuters, at the handover.')]:
    result['chabahar-corridor']['figures'].append({'metric': 'route-606-length', 'label': 'Length of Route 606 (Zaranj–Delaram)', 'value': value,
                                                   'unit': 'km', 'as_of': '2009-01-22', 'source': source, 'note': who})

# Torkham's $240 m: one Express Tribune claim (copied twice), and Ariana's reading of it as exports only.
result['torkham']['figures'] = [f for f in result['torkham']['figures'] if f['source'] != 'khaama-2026-02-torkham-240m']
for f in result['torkham']['figures']:
    if f['metric'] == 'losses-since-oct-2025-closure' and f['source'] == 'ariana-torkham-losses-mount':
        f['metric'] = 'exports-lost-since-oct-2025-closure'
        f['label'] = 'Pakistan’s exports lost through Torkham since the Oct 2025 closure'
    if f['metric'] == 'losses-since-oct-2025-closure' and f['source'] == 'dawatmedia-torkham-240m':
        f['note'] = 'More than $240 m for traders on both sides, nearly $2 m a day (The Express Tribune, 16 Feb 2026, as rewritten by Dawat Media; Khaama carries the same report).'
e = ev('torkham', '2025-12-01', 'Opened for UN humanitarian cargo')
e['title'] = 'UN aid cargo authorised through Torkham and Chaman'
e['summary'] = ('A commerce ministry letter dated 1 Dec authorised the phased clearance of 143 containers of three UN agencies '
                '(WFP, UNICEF, UNFPA) through Torkham and Chaman: food first, then medicines and equipment, then school kits. '
                'Trade stayed shut; no report of the first UN trucks crossing on that day was found.')
e = ev('torkham', '2026-02-24', 'Firing at Torkham and Tirah')
e['summary'] = (e['summary'].rstrip('.') + '. Pakistan\u2019s prime minister\u2019s spokesman said the Afghan Taliban fired first in the Torkham and '
                'Tirah sub-sectors; Nangarhar\u2019s information director said Pakistan fired first, at Shahkot in Nazyan district, and that '
                'there were no Afghan casualties (TRT World).')
add_sources(e, 'trtworld-2026-02-24-exchange-fire')
p = period('torkham', '2024-05-20')
p['note'] = 'Reopened on 20 May. A Temporary Admission Document (TAD) regime for Afghan truck drivers had been agreed, with a grace period to 31 July.'
result['torkham']['figures'].append({'metric': 'pakistani-trucks-stranded-aug-2024', 'label': 'Pakistani trucks stranded on the Afghan side of Torkham, Aug 2024',
                                     'value': 1000, 'unit': 'trucks', 'as_of': '2024-08-01', 'until': '2024-08-07', 'source': 'dawn-1850318', 'note': 'More than 1,000, since 1 Aug.'})

# Refugee camps: the 26 is Business Recorder's count after the 13 Oct notification; Dawn: the last 28 in KP on 15 Oct.
for f in result['durand-line']['figures']:
    if f['metric'] == 'refugee-camps-denotified':
        f['as_of'] = '2025-10-13'
        f['note'] = 'Business Recorder: 10 more in KP, after 5 in KP, 10 in Balochistan and 1 in Punjab.'
result['durand-line']['figures'].append({'metric': 'refugee-camps-denotified-kp-15-oct-2025', 'label': 'Refugee camps in KP de-notified on 15 Oct 2025 (the last ones)',
                                          'value': 28, 'unit': 'camps', 'as_of': '2025-10-15', 'source': 'dawn-1949157'})
result['durand-line']['figures'].append({'metric': 'returns-from-iran-2025', 'label': 'Afghans who returned from Iran in 2025', 'value': 1800000,
                                          'unit': 'people', 'as_of': '2025-01-01', 'until': '2025-12-31', 'source': 'khyberchronicles-2025-returns',
                                          'note': 'About 1.8 million, from UNHCR\u2019s annual figures.'})
for f in result['durand-line']['figures']:
    if f['metric'] == 'pakistani-soldiers-killed-2026-02-26-27' and f['value'] == 12 and f['source'] == 'wion-2026-02-27-274':
        pass
result['durand-line']['figures'].append({'metric': 'pakistani-soldiers-killed-2026-02-26-27', 'label': 'Pakistani soldiers killed in the 26–27 Feb fighting (Pakistani figure)',
                                          'value': 12, 'unit': 'people', 'as_of': '2026-02-27', 'source': 'anews-2026-02-27-12-soldiers',
                                          'note': 'Pakistan\u2019s military spokesman: 12 killed, 27 injured, one missing (Anadolu).'})
e = ev('durand-line', '2026-01-17', 'UNHCR–IOM: arrests of Afghans in Pakistan up 18% in early January')
e['title'] = 'UNHCR–IOM: arrests of Afghans in Pakistan up 18% in a week'
e['summary'] = ('A UNHCR–IOM update counted 1,726 Afghans arrested or detained in Pakistan on 4–10 Jan, 18% more than the week '
                'before (73% of them in Balochistan), and 130,999 since 15 Sep; 25,757 Afghans returned on 1–10 Jan. The Taliban '
                'deputy spokesman urged Pakistan to stop the arrests.')
e = ev('durand-line', '2026-03-09', 'Security Council quarterly meeting on Afghanistan')
e['kind'] = 'other'
add_sources(ev('durand-line', '2026-02-21', 'Suicide attack on an army convoy in Bannu'), 'tribune-2593803')

# Kabul: 14–15 Mar is bounded by the strikes of 12–13 and 16 Mar; 1 Mar's note keeps to what was reported.
p = period('kabul', '2026-03-14')
p['sources'] = ['azatutyun-33704286', 'reuters-2026-03-16-rehab']
p['note'] = 'No strike on Kabul found between the overnight strikes of 12–13 Mar and the night of 16 Mar; the war went on elsewhere (Kandahar was struck on 14–15 Mar).'
p = period('kabul', '2026-03-01')
p['note'] = 'Blasts and anti-aircraft fire at Pakistani jets before dawn; the Taliban said an attempted strike on Bagram, north of the city, was thwarted (Pakistan did not comment).'
add_sources(period('quetta', '2026-03-14'), *ev('durand-line', '2026-03-19', 'Eid al-Fitr pause in Operation Ghazab lil-Haq')['sources'][:2])

# Karachi: who counted the palm-oil containers; the Iran June returns from an AFP outlet, not a mirror.
for f in result['karachi']['figures']:
    if f['metric'] == 'palm-oil-containers-stranded-jan-2026':
        f['note'] = 'About 3,000 containers of Malaysian palm oil among the stranded cargo: a commerce ministry official (Dawn, via Dialogue Pakistan).'
result['karachi']['figures'].append({'metric': 'palm-oil-containers-stranded-jan-2026', 'label': 'Stranded containers of Malaysian palm oil',
                                     'value': 3000, 'unit': 'containers', 'as_of': '2026-01-14', 'source': 'orissapost-pti-reexport',
                                     'note': 'The Chaman Chamber of Commerce president (PTI).'})
for f in result['islam-qala']['figures']:
    if f['source'] == 'thestar-2025-06-30-afghans-iran':
        f['source'] = 'brecorder-40370296'
e = ev('ghulam-khan', '2025-10-10', 'Hours-long clash at Ghulam Khan')
if 'Did Press' not in e['summary']:
    e['summary'] = e['summary'].rstrip('.') + ' (local sources told Did Press; no second report found).'
