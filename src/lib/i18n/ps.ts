/**
 * Pashto (Afghan Pashto, as Azadi Radio, BBC Pashto and Afghan dailies write it): crossings are
 * بندر ("د تورخم بندر"), closed to … is "د … پر مخ تړلی", returnees راستنېدونکي. Status words
 * stand in their base (masculine) form, as on a label. Digits in the text are Eastern
 * Arabic-Indic; `formatDate`/`formatNumber` write the rest.
 */
import type { Messages } from './en';

const ps: Messages = {
	site: {
		name: 'د پولې نقشه',
		eyebrow: 'د پاکستان او افغانستان د پولې کړکېچ',
		title: 'د پولې نقشه — د پاکستان او افغانستان د پولې کړکېچ، ورځ تر ورځ',
		description:
			'د پاکستان او افغانستان ترمنځ کوم بندرونه او سوداګریزې لارې پرانیستې دي، له کله راهیسې، څو ځله تړل شوې او څومره زیان یې اړولی دی.',
		pageTitle: '{page} — د پولې نقشه',
		dataAsOf: 'معلومات تر {date} پورې',
		notUpdatedSince: 'له {date} راهیسې نه دی تازه شوی',
		notUpdatedDetail: 'څېړنې وروستی ځل په {date} خبرونه کتلي. له هغه وروسته پېښې پر دې نقشه نشته.',
		skipToMap: 'نقشې ته ورشئ',
		language: 'ژبه',
		languageNames: { en: 'انګلیسي', ps: 'پښتو', fa: 'دري', ur: 'اردو' },
		back: '→ د پولې نقشه',
		aboutLink: 'د نقشې په اړه او سرچینې',
		changesLink: 'څه بدل شول',
		dataLink: 'معلومات ښکته کړئ',
		howStatusesLink: 'حالت څنګه ټاکل کېږي',
		notReported: 'راپور نشته.',
		listSeparator: '، '
	},
	panel: {
		label: 'لنډ خبرتیا',
		layers: 'طبقې',
		places: 'ځایونه',
		share: 'شریکول',
		layerGroups: {
			base: 'پر نقشه',
			route: 'سوداګریزې لارې',
			events: 'تاوتریخوالی'
		},
		listGroups: {
			crossings: 'بندرونه',
			routes: 'سوداګریزې لارې',
			other: 'پوله، ښارونه او سمندري بندرونه'
		},
		selectedPlace: 'ټاکل شوی ځای',
		close: 'بندول',
		since: 'له {date} راهیسې',
		placeLink: 'د {name} بندېدنې، زیانونه او سرچینې ←',
		lastReviewed: 'وروستۍ کتنه {date}'
	},
	slider: {
		date: 'نېټه',
		backWeek: 'یوه اونۍ شاته',
		backDay: 'یوه ورځ شاته',
		forwardDay: 'یوه ورځ مخکې',
		forwardWeek: 'یوه اونۍ مخکې',
		play: 'چلول',
		pause: 'درول',
		mark: '{date}: {title}'
	},
	incidents: {
		types: {
			airstrike: 'هوايي برید',
			'drone-strike': 'ډرون برید',
			clash: 'نښته یا پوله ییز ډزې',
			shelling: 'توپچي ګولۍ',
			attack: 'برید'
		},
		precision: {
			site: 'دقیق ځای',
			town: 'ښار',
			district: 'ولسوالۍ',
			province: 'ولایت'
		},
		listHeading: 'بریدونه او نښتې، {from} – {to}',
		none: 'له {from} څخه تر {to} پورې هېڅ پېښه نه ده ثبت شوې.',
		count: { one: '{count} پېښه', other: '{count} پېښې' },
		window: 'ښودل شوې ورځې',
		windowDays: { one: '{count} ورځ', other: '{count} ورځې' },
		by: 'له خوا',
		against: 'پر ضد',
		located: 'ځای: {precision}',
		casualties: 'تلفات، لکه څنګه چې هره سرچینه یې راپوروي',
		killed: 'وژل شوي',
		injured: 'ټپیان',
		civiliansKilled: 'وژل شوي ملکيان',
		civiliansInjured: 'ټپي ملکيان',
		noCasualties: 'د تلفاتو شمېره نه ده راپور شوې.',
		reportLine: '{source}: {figures}',
		sources: 'سرچینې',
		show: 'پر نقشه یې وښیه',
		close: 'بندول',
		sizeKey: 'کچه: تر ټولو ډېر مړي چې یوه سرچینه یې راپوروي',
		noFigure: 'شمېره نشته',
		olderFainter: 'زړې پېښې کمرنګه دي.',
		chartTitle: 'په اونۍ کې پېښې',
		chartDescription:
			'میلې: په هره اونۍ کې پېښې او مړي (د هرې پېښې لپاره هغه تر ټولو لوړه شمېره چې یوه سرچینه یې ورکوي). لاندې: هغه اونۍ چې تورخم او چمن تړلي وو.',
		chartDeaths: 'مړي',
		chartWeek: 'د {date} اونۍ: {incidents}، {deaths} مړي',
		bandsKey: 'د میلو لاندې، قطار په قطار: {names}',
		nearHeading: 'د {km} کیلومترو په واټن کې بریدونه او نښتې',
		nearIntro: 'هغه پېښې چې د {name} څخه د {km} کیلومترو په واټن کې ثبت شوې (مستقیم واټن).',
		nearNone: 'د {name} څخه د {km} کیلومترو په واټن کې هېڅ پېښه نه ده ثبت شوې.',
		distance: '{km} کیلومتره لرې'
	},
	layers: {
		'durand-line': {
			title: 'د ډیورنډ کرښه',
			description: 'د افغانستان او پاکستان ترمنځ عملي پوله، چې افغانستان یې په رسمیت نه پېژني'
		},
		crossings: {
			title: 'سرحدي بندرونه',
			description: 'تورخم، چمن او نور بندرونه، د حالت له مخې'
		},
		cities: {
			title: 'ښارونه او سمندري بندرونه',
			description: 'کابل، هغه ښارونه چې دا لارې ورته رسېږي، او سمندري بندرونه'
		},
		'chabahar-corridor': {
			title: 'د چابهار دهلېز',
			description: 'چابهار – زاهدان – میلک/زرنج – ۶۰۶ لویه لار – دلارام – کندهار، هرات، کابل'
		},
		'karachi-torkham': {
			title: 'کراچۍ – تورخم',
			description: 'کراچۍ – پېښور – تورخم – جلال اباد – کابل'
		},
		'quetta-chaman': {
			title: 'کوټه – چمن',
			description: 'کراچۍ – کوټه – چمن/سپین بولدک – کندهار'
		},
		'bandar-abbas-herat': {
			title: 'بندر عباس – هرات',
			description: 'بندر عباس – دوغارون/اسلام کلا – هرات'
		},
		'central-asia': {
			title: 'د منځنۍ اسیا بندرونه',
			description: 'حیرتان، تورغونډۍ او شیر خان بندر، تر افغان ښارونو پورې'
		},
		'air-corridor': {
			title: 'د هوايي بار دهلېز',
			description: 'کابل – ډهلي او کابل – امرتسر هوايي بار، د لويې دايرې د قوسونو په بڼه'
		},
		incidents: {
			title: 'بریدونه او نښتې',
			description:
				'هوايي بریدونه، ډرون بریدونه، پوله ییز ډزې، توپچي ګولۍ او بریدونه، له نېټې مخکې ورځو کې'
		}
	},
	status: {
		open: 'پرانیستی',
		restricted: 'محدود',
		closed: 'تړلی',
		operating: 'فعال',
		disrupted: 'ګډوډ',
		blocked: 'بند',
		calm: 'ارام',
		tense: 'کړکېچن',
		clashes: 'نښتې',
		unknown: 'راپور نشته',
		notReported: 'د حالت راپور نشته',
		withScope: {
			stops: 'د {scope} پر مخ {status}',
			opens: 'د {scope} لپاره {status}',
			passes: '{status}، یوازې د {scope} لپاره'
		}
	},
	scope: {
		all: 'ټول تګ راتګ',
		trade: 'سوداګري',
		people: 'مسافر',
		returnees: 'یوازې راستنېدونکي',
		inPhrase: {
			trade: 'سوداګرۍ',
			people: 'مسافرو',
			returnees: 'راستنېدونکو'
		}
	},
	kind: {
		singular: {
			crossing: 'بندر',
			city: 'ښار',
			port: 'سمندري بندر',
			border: 'پوله',
			corridor: 'دهلېز'
		},
		plural: {
			crossing: 'بندرونه',
			city: 'ښارونه',
			port: 'سمندري بندرونه',
			border: 'پوله',
			corridor: 'سوداګریزې لارې'
		}
	},
	mode: {
		road: 'سړک',
		rail: 'اورګاډی',
		sea: 'سمندري',
		air: 'هوايي'
	},
	summary: {
		sentence: 'په {date}: {parts}.',
		part: '{name} {status}',
		separator: '؛ '
	},
	date: {
		format: '{day} {month} {year}',
		months: {
			jan: 'جنوري',
			feb: 'فبروري',
			mar: 'مارچ',
			apr: 'اپریل',
			may: 'مۍ',
			jun: 'جون',
			jul: 'جولای',
			aug: 'اګست',
			sep: 'سپتمبر',
			oct: 'اکتوبر',
			nov: 'نومبر',
			dec: 'دسمبر'
		},
		range: '{from} – {to}',
		ongoing: 'روان',
		undated: 'بې نېټې'
	},
	location: {
		subscribe: 'د {name} خبرونه تعقیب کړئ (Atom فیډ)',
		pageTitle: '{name}: حالت، بندېدنې او پر سوداګرۍ اغېز',
		asOf: 'تر {date} پورې',
		lastReviewed: 'وروستۍ کتنه {date}',
		where: 'چېرته',
		dependsOn: 'په دغو بندرونو پورې اړه لري: {list}.',
		theRoute: 'لار',
		waysToSea: 'سمندر ته لارې',
		closures: 'بندېدنې',
		noClosure: 'د بندېدو راپور نشته.',
		noClosureNoStatus: 'د بندېدو راپور نشته: د دې ځای لپاره د هېڅ نېټې حالت نه دی راپور شوی.',
		closuresReported: {
			one: 'له {date} راهیسې {count} ځل بندېدل راپور شوي',
			other: 'له {date} راهیسې {count} ځله بندېدل راپور شوي'
		},
		daysClosed: {
			one: 'تر {date} پورې ټولټال {count} ورځ تړلی یا محدود',
			other: 'تر {date} پورې ټولټال {count} ورځې تړلی یا محدود'
		},
		closuresSummary: '{episodes}، {days}.',
		episodes: {
			one: '{count} ځل بندېدل',
			other: '{count} ځله بندېدل'
		},
		days: {
			one: '{count} ورځ',
			other: '{count} ورځې'
		},
		table: {
			from: 'پیل',
			to: 'پای',
			status: 'حالت',
			days: 'ورځې',
			sources: 'سرچینې',
			measure: 'شاخص',
			value: 'اندازه',
			date: 'نېټه'
		},
		perYear: 'په هر کال کې د تړل کېدو یا محدودیت ورځې',
		statusHistory: 'د حالت تاریخچه',
		tradeImpact: 'پر سوداګرۍ اغېز',
		perSource: '{value} د {source} له مخې',
		events: 'پېښې',
		sources: 'سرچینې',
		mirrorNote: '(د {publisher} د مطلب کاپي؛ اصلي مطلب ونه موندل شو)',
		untitled: 'سرلیک نه دی لیدل شوی',
		noReporting: 'هیڅ راپور ونه موندل شو',
		sourcesDiffer: 'سرچینې سره توپیر لري:',
		reading: '{range}، {status}',
		eventKinds: {
			strike: 'هوايي برید',
			clash: 'نښته',
			shelling: 'توپچي ډزې',
			attack: 'برید',
			ceasefire: 'اوربند',
			talks: 'خبرې اترې',
			agreement: 'تړون',
			sanctions: 'بندیزونه',
			'trade-measure': 'سوداګریز اقدام',
			deportation: 'راستنېدنه او اېستنه',
			displacement: 'بېځایه کېدنه',
			closure: 'تړل کېدل',
			reopening: 'بیا پرانیستل',
			statement: 'څرګندونه',
			other: 'نور'
		},
		timeline: {
			label: 'د بندېدو مهالوېش له {from} تر {to}: {episodes}',
			part: '{status} {range} ({days})',
			asOf: 'تر {date} پورې',
			keyClosed: 'تړلی',
			keyRestricted: 'محدود',
			keyOther: 'پرانیستی، یا راپور نشته (د حالت تاریخچه وګورئ)'
		},
		route: {
			legs: 'برخې',
			leg: 'برخه',
			mode: 'وسیله',
			length: 'اوږدوالی',
			total: 'ټولټال',
			toSea: 'له {name} څخه تر سمندره',
			route: 'لار',
			distance: 'واټن',
			notConnected: 'نه دی نښلول شوی',
			km: '{value} کیلومتره',
			via: '{port} د {through} له لارې',
			caveat:
				'واټنونه د سرچینو د ښارګوټو ترمنځ په مستقیمه کرښه اندازه شوي، نو د سړک له اصلي واټن څخه لږ ښکاري.'
		}
	},
	embed: {
		title: 'د پولې نقشه: د پاکستان او افغانستان د پولې کړکېچ',
		placeTitle: 'د پولې نقشه: {name}',
		mapOn: '{title}: د {date} نقشه',
		openFullMap: 'بشپړه نقشه پرانیزئ',
		embedThisView: 'دا لید په خپله پاڼه کې ځای کړئ',
		size: 'اندازه',
		sizes: {
			small: 'کوچنی',
			medium: 'منځنی',
			large: 'لوی',
			responsive: 'انعطاف منونکی'
		},
		sizeWidth: '{size} ({width} پیکسله)',
		fullWidth: '{size} (بشپړ پلنوالی)',
		fitHeight: 'لوړوالی له منځپانګې سره برابر کړئ (یو کوچنی سکرېپټ ورزیاتوي)',
		pageKind: 'د',
		pageKinds: { html: 'ویب پاڼې لپاره', amp: 'AMP پاڼې لپاره' },
		ampOverflow: 'ټوله نقشه وښایاست',
		snippet: 'کوډ',
		copy: 'کاپي',
		copied: 'کاپي شو',
		preview: 'مخکتنه',
		downloadPng: 'PNG ښکته کړئ',
		textVersion: 'متني بڼه: ځایونه او د هغوی حالت',
		moreInView: {
			one: 'او {count} نور ځای په لید کې، په بشپړ نقشه کې',
			other: 'او {count} نور ځایونه په لید کې، په بشپړ نقشه کې'
		},
		dataFailed: 'د دې لید ټول ځایونه نه شول راوړل؛ نقشه {date} ښيي.',
		table: {
			caption: 'ځایونه او د هغوی حالت په {date}',
			place: 'ځای',
			kind: 'ډول',
			status: 'حالت',
			since: 'له کله'
		},
		source: 'سرچینه',
		sources: 'سرچینې',
		credit: 'معلومات تر {date} پورې · سرچینې: {publishers} او نور · بنسټیزه نقشه: {basemap}',
		noWebgl: 'تعاملي نقشه WebGL ته اړتیا لري چې دا براوزر یې نه لري؛ دا د همدې لید ثابته نقشه ده.',
		staticFallback: 'دا د همدې لید ثابته نقشه ده.'
	},
	legend: {
		label: 'لارښود',
		ok: 'پرانیستی / فعال',
		partial: 'محدود',
		stopped: 'تړلی / بند',
		unknown: 'هیڅ راپور ونه موندل شو'
	},
	map: {
		label: 'د پاکستان او افغانستان د پولې، بندرونو او سوداګریزو لارو نقشه',
		of: 'د {name} نقشه',
		ofPlace: 'د {name} او ګاونډیو سیمو نقشه',
		ofSurroundings: 'د {name} او شاوخوا سیمې نقشه',
		durandLine: 'د ډیورنډ کرښه (عملي پوله)',
		durandLabel: 'د ډیورنډ کرښه\nعملي پوله',
		zoomIn: 'نږدې کړئ',
		zoomOut: 'لرې کړئ',
		notReady: 'نقشه لا چمتو نه ده.',
		noWebgl2: 'دا براوزر تعاملي نقشه نشي ښودلی (WebGL 2 بند دی یا نشته).',
		contextLost: 'ګرافیکي اړیکه پرې شوه؛ کله چې بېرته ټینګه شي، تعاملي نقشه به بیا راشي.',
		couldNotLoad: 'تعاملي نقشه بار نشوه: {error}',
		couldNotStart: 'تعاملي نقشه پیل نشوه: {error}',
		unknownError: 'نامعلومه ستونزه',
		basemap: 'بنسټیزه نقشه',
		layerFailed: 'نه شو بار کېدای: {layers}. د نقشې نورې برخې کار کوي.',
		attribution:
			'بنسټیزه نقشه: {basemap} (عامه ملکیت) · حقایق: {publishers} او نور، چې د هر ځای په {placePage} کې یې یادونه شوې',
		placePage: 'پاڼه'
	},
	about: {
		title: 'د نقشې په اړه، سرچینې او سمونې',
		heading: 'د پولې نقشې په اړه',
		dataRunsTo: 'معلومات تر {date} پورې دي.',
		howStatuses: 'حالت څنګه ټاکل کېږي',
		whereMap: 'نقشه له کومه راغلې',
		sourcesLicences: 'سرچینې او جوازونه',
		corrections: 'سمونې',
		noHistory: 'د بدلونونو تاریخچه د سایټ په دې نسخه کې نشته.',
		noChanges: 'تر اوسه په معلوماتو کې هېڅ بدلون نه دی ثبت شوی.',
		changesIntro: 'په حقایقو کې هر بدلون، نوی یې لومړی، د معلوماتو له تاریخچې:',
		files: {
			one: '({count} فایل)',
			other: '({count} فایلونه)'
		},
		mirrorOf: '(د {publisher} د مطلب کاپي)'
	},
	data: {
		title: 'معلومات ښکته کړئ',
		intro: 'پر نقشه ټول معلومات، تر {date} پورې.',
		datesNote: 'نېټې د YYYY-MM-DD په بڼه لیکل شوې؛ که {column} تش وي، دوره لا روانه ده.',
		reuse:
			'هر قطار خپلې سرچینې ښيي. د پولې نقشې او یادو سرچینو په یادونې سره یې وړیا بیا کارولی شئ.',
		tablesHeading: 'جدولونه (CSV)',
		layersHeading: 'د نقشې طبقې (GeoJSON)',
		tables: {
			locations: {
				title: 'ځایونه',
				description: 'هر ځای او لار: ډول، په څلورو ژبو نومونه، جغرافیايي موقعیت او دقت یې'
			},
			'status-periods': {
				title: 'د حالت دورې',
				description: 'د هر ځای هر نېټه لرونکی حالت: from، to (تر هغه تش چې روان وي)، status، scope'
			},
			closures: {
				title: 'بندېدنې',
				description: 'د بندېدو پړاوونه د ورځو له شمېر سره، د معلوماتو تر وروستۍ نېټې پورې حساب شوي'
			},
			figures: {
				title: 'پر سوداګرۍ د اغېز شمېرې',
				description:
					'هره شمېره لکه څنګه چې سرچینه یې ورکوي: د یوه شاخص څو قطارونه د «له–تر» په بڼه ښودل کېږي، هېڅکله یې اوسط نه اخیستل کېږي'
			},
			events: {
				title: 'پېښې',
				description: 'نېټه لرونکې پېښې، زموږ په خپلو ټکو له لنډ لنډیز سره'
			},
			incidents: {
				title: 'بریدونه او نښتې',
				description:
					'هوايي بریدونه، نښتې، توپچي ډزې، د ډرون بریدونه او حملې: د هرې پېښې او د تلفاتو د هر راپور لپاره یو قطار؛ د هرې سرچینې شمېرې په خپل قطار کې، هېڅکله یو ځای نه جمع کېږي'
			},
			sources: {
				title: 'سرچینې',
				description: 'هره یاده شوې سرچینه: خپرونکی، سرلیک، د خپرېدو نېټه، URL'
			}
		}
	},
	nearby: {
		atPlace: 'په {name} کې',
		mapAlt: 'د {name} څخه د {km} کیلومترو په واټن کې د بریدونو او نښتو نقشه',
		ringKey: 'ټکي ټکي کړۍ: {km} کیلومتره.',
		countKey: 'د نښې تر څنګ شمېره: په هماغه ځای کې د ثبت شویو پېښو شمېر.'
	}
};

export default ps;
