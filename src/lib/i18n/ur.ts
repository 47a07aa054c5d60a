/**
 * Urdu, in the register of Pakistani newsrooms (Dawn News, BBC Urdu): a crossing is a سرحدی
 * گزرگاہ, closed to trade is "تجارت کے لیے بند", all traffic "ہر قسم کی آمدورفت". Returnees are
 * "وطن لوٹنے والے", which reads the same from either side of the border. Sentences end with the
 * Urdu full stop ۔ and digits are Latin, as in Pakistani news.
 */
import type { Messages } from './en';

const ur: Messages = {
	site: {
		name: 'سرحدی نقشہ',
		eyebrow: 'پاکستان افغانستان سرحدی بحران',
		title: 'سرحدی نقشہ — پاکستان افغانستان سرحدی بحران، دن بہ دن',
		description:
			'پاکستان اور افغانستان کے درمیان کون سی گزرگاہیں اور تجارتی راستے کھلے ہیں، کب سے، کتنی بار بند ہوئے اور اس کی کیا قیمت چکانی پڑی۔',
		pageTitle: '{page} — سرحدی نقشہ',
		dataAsOf: 'معلومات {date} تک',
		notUpdatedSince: '{date} کے بعد سے اپ ڈیٹ نہیں ہوا',
		notUpdatedDetail:
			'تحقیق نے آخری بار {date} کو خبریں دیکھیں۔ اس کے بعد کے واقعات اس نقشے پر نہیں ہیں۔',
		skipToMap: 'نقشے پر جائیں',
		language: 'زبان',
		languageNames: { en: 'انگریزی', ps: 'پشتو', fa: 'دری', ur: 'اردو' },
		back: '→ سرحدی نقشہ',
		aboutLink: 'تعارف اور ذرائع',
		changesLink: 'کیا بدلا',
		dataLink: 'ڈیٹا ڈاؤن لوڈ کریں',
		howStatusesLink: 'صورتحال کا تعین کیسے ہوتا ہے',
		notReported: 'اطلاع نہیں۔',
		listSeparator: '، '
	},
	panel: {
		label: 'خلاصہ',
		layers: 'پرتیں',
		places: 'مقامات',
		share: 'شیئر کریں',
		layerGroups: {
			base: 'نقشے پر',
			route: 'تجارتی راستے',
			events: 'تشدد'
		},
		listGroups: {
			crossings: 'گزرگاہیں',
			routes: 'تجارتی راستے',
			other: 'سرحد، شہر اور بندرگاہیں'
		},
		selectedPlace: 'منتخب مقام',
		close: 'بند کریں',
		since: '{date} سے',
		placeLink: '{name} کی بندشیں، نقصانات اور ذرائع ←',
		lastReviewed: 'آخری جائزہ {date}'
	},
	slider: {
		date: 'تاریخ',
		backWeek: 'ایک ہفتہ پیچھے',
		backDay: 'ایک دن پیچھے',
		forwardDay: 'ایک دن آگے',
		forwardWeek: 'ایک ہفتہ آگے',
		play: 'چلائیں',
		pause: 'روکیں',
		mark: '{date}: {title}'
	},
	incidents: {
		types: {
			airstrike: 'فضائی حملہ',
			'drone-strike': 'ڈرون حملہ',
			clash: 'جھڑپ یا سرحد پار فائرنگ',
			shelling: 'گولہ باری',
			attack: 'حملہ'
		},
		precision: {
			site: 'عین مقام',
			town: 'قصبہ',
			district: 'ضلع',
			province: 'صوبہ'
		},
		listHeading: 'حملے اور جھڑپیں، {from} – {to}',
		none: '{from} سے {to} تک کوئی واقعہ درج نہیں۔',
		count: { one: '{count} واقعہ', other: '{count} واقعات' },
		window: 'دکھائے گئے دن',
		windowDays: { one: '{count} دن', other: '{count} دن' },
		by: 'کی جانب سے',
		against: 'کے خلاف',
		located: 'مقام: {precision}',
		casualties: 'ہلاکتیں، جیسے ہر ذریعہ بتاتا ہے',
		killed: 'ہلاک',
		injured: 'زخمی',
		civiliansKilled: 'شہری ہلاک',
		civiliansInjured: 'شہری زخمی',
		noCasualties: 'ہلاکتوں کی کوئی تعداد رپورٹ نہیں ہوئی۔',
		reportLine: '{source}: {figures}',
		sources: 'ذرائع',
		show: 'نقشے پر دکھائیں',
		close: 'بند کریں',
		sizeKey: 'سائز: کسی ایک ذریعے کی بتائی گئی سب سے زیادہ ہلاکتیں',
		noFigure: 'تعداد نہیں',
		olderFainter: 'پرانے واقعات ہلکے دکھائے گئے ہیں۔',
		chartTitle: 'فی ہفتہ واقعات',
		chartDescription:
			'کالم: ہر ہفتے کے واقعات اور ہلاکتیں (ہر واقعے کے لیے کسی ایک ذریعے کی سب سے زیادہ تعداد)۔ نیچے: وہ ہفتے جب طورخم اور چمن بند تھے۔',
		chartDeaths: 'ہلاکتیں',
		chartWeek: '{date} کا ہفتہ: {incidents}، {deaths} ہلاک',
		bandsKey: 'کالموں کے نیچے، قطار بہ قطار: {names}',
		nearHeading: '{km} کلومیٹر کے اندر حملے اور جھڑپیں',
		nearIntro: '{name} سے {km} کلومیٹر کے اندر درج واقعات (سیدھا فاصلہ)۔',
		nearNone: '{name} سے {km} کلومیٹر کے اندر کوئی واقعہ درج نہیں۔',
		distance: '{km} کلومیٹر دور'
	},
	layers: {
		'durand-line': {
			title: 'ڈیورنڈ لائن',
			description: 'افغانستان اور پاکستان کے درمیان عملی سرحد، جسے افغانستان تسلیم نہیں کرتا'
		},
		crossings: {
			title: 'سرحدی گزرگاہیں',
			description: 'طورخم، چمن اور دیگر گزرگاہیں، صورتحال کے لحاظ سے'
		},
		cities: {
			title: 'شہر اور بندرگاہیں',
			description: 'کابل، وہ شہر جن تک یہ راستے جاتے ہیں، اور بندرگاہیں'
		},
		'chabahar-corridor': {
			title: 'چابہار راہداری',
			description: 'چابہار – زاہدان – میلک/زرنج – شاہراہ 606 – دلارام – قندھار، ہرات، کابل'
		},
		'karachi-torkham': {
			title: 'کراچی – طورخم',
			description: 'کراچی – پشاور – طورخم – جلال آباد – کابل'
		},
		'quetta-chaman': {
			title: 'کوئٹہ – چمن',
			description: 'کراچی – کوئٹہ – چمن/سپن بولدک – قندھار'
		},
		'bandar-abbas-herat': {
			title: 'بندر عباس – ہرات',
			description: 'بندر عباس – دوغارون/اسلام قلعہ – ہرات'
		},
		'central-asia': {
			title: 'وسطی ایشیا کی گزرگاہیں',
			description: 'حیرتان، تورغندی اور شیر خان بندر سے افغان شہروں تک'
		},
		'air-corridor': {
			title: 'فضائی کارگو راہداری',
			description: 'کابل – دہلی اور کابل – امرتسر فضائی کارگو، عظیم دائرے کی قوسوں کی صورت میں'
		},
		incidents: {
			title: 'حملے اور جھڑپیں',
			description:
				'فضائی حملے، ڈرون حملے، سرحد پار فائرنگ، گولہ باری اور حملے، تاریخ سے پہلے کے دنوں میں'
		}
	},
	status: {
		open: 'کھلا',
		restricted: 'محدود',
		closed: 'بند',
		operating: 'فعال',
		disrupted: 'متاثر',
		blocked: 'معطل',
		calm: 'پرسکون',
		tense: 'کشیدہ',
		clashes: 'جھڑپیں',
		unknown: 'اطلاع نہیں',
		notReported: 'صورتحال کی اطلاع نہیں',
		withScope: {
			stops: '{scope} کے لیے {status}',
			opens: '{scope} کے لیے {status}',
			passes: '{status}، صرف {scope} کے لیے'
		}
	},
	scope: {
		all: 'ہر قسم کی آمدورفت',
		trade: 'تجارت',
		people: 'مسافر',
		returnees: 'صرف وطن لوٹنے والے',
		inPhrase: {
			trade: 'تجارت',
			people: 'مسافروں',
			returnees: 'وطن لوٹنے والوں'
		}
	},
	kind: {
		singular: {
			crossing: 'گزرگاہ',
			city: 'شہر',
			port: 'بندرگاہ',
			border: 'سرحد',
			corridor: 'راہداری'
		},
		plural: {
			crossing: 'گزرگاہیں',
			city: 'شہر',
			port: 'بندرگاہیں',
			border: 'سرحد',
			corridor: 'تجارتی راستے'
		}
	},
	mode: {
		road: 'سڑک',
		rail: 'ریل',
		sea: 'سمندری',
		air: 'فضائی'
	},
	summary: {
		sentence: '{date} کو: {parts}۔',
		part: '{name} {status}',
		separator: '؛ '
	},
	date: {
		format: '{day} {month} {year}',
		months: {
			jan: 'جنوری',
			feb: 'فروری',
			mar: 'مارچ',
			apr: 'اپریل',
			may: 'مئی',
			jun: 'جون',
			jul: 'جولائی',
			aug: 'اگست',
			sep: 'ستمبر',
			oct: 'اکتوبر',
			nov: 'نومبر',
			dec: 'دسمبر'
		},
		range: '{from} – {to}',
		ongoing: 'جاری',
		undated: 'بلا تاریخ'
	},
	location: {
		subscribe: '{name} کی خبریں سبسکرائب کریں (Atom فیڈ)',
		pageTitle: '{name}: صورتحال، بندشیں اور تجارت پر اثرات',
		asOf: '{date} تک',
		lastReviewed: 'آخری جائزہ {date}',
		where: 'محل وقوع',
		dependsOn: 'ان گزرگاہوں پر منحصر ہے: {list}۔',
		theRoute: 'راستہ',
		waysToSea: 'سمندر تک راستے',
		closures: 'بندشیں',
		noClosure: 'کسی بندش کی اطلاع نہیں۔',
		noClosureNoStatus:
			'کسی بندش کی اطلاع نہیں: اس مقام کے لیے کسی تاریخ وار صورتحال کی اطلاع نہیں ملی۔',
		closuresReported: {
			one: '{date} سے اب تک بندش کا {count} واقعہ رپورٹ ہوا',
			other: '{date} سے اب تک بندش کے {count} واقعات رپورٹ ہوئے'
		},
		daysClosed: {
			one: '{date} تک مجموعی طور پر {count} دن بند یا محدود',
			other: '{date} تک مجموعی طور پر {count} دن بند یا محدود'
		},
		closuresSummary: '{episodes}، {days}۔',
		episodes: {
			one: 'بندش کا {count} واقعہ',
			other: 'بندش کے {count} واقعات'
		},
		days: {
			one: '{count} دن',
			other: '{count} دن'
		},
		table: {
			from: 'آغاز',
			to: 'اختتام',
			status: 'صورتحال',
			days: 'دن',
			sources: 'ذرائع',
			measure: 'پیمانہ',
			value: 'مقدار',
			date: 'تاریخ'
		},
		perYear: 'ہر سال بند یا محدود رہنے کے دن',
		statusHistory: 'صورتحال کی تاریخ',
		tradeImpact: 'تجارت پر اثرات',
		perSource: '{value} بمطابق {source}',
		events: 'واقعات',
		sources: 'ذرائع',
		mirrorNote: '({publisher} کی نقل؛ اصل نہیں مل سکا)',
		untitled: 'سرخی نہیں دیکھی گئی',
		noReporting: 'کوئی رپورٹ نہیں ملی',
		sourcesDiffer: 'ذرائع میں اختلاف ہے:',
		reading: '{range}، {status}',
		eventKinds: {
			strike: 'فضائی حملہ',
			clash: 'جھڑپ',
			shelling: 'گولہ باری',
			attack: 'حملہ',
			ceasefire: 'جنگ بندی',
			talks: 'مذاکرات',
			agreement: 'معاہدہ',
			sanctions: 'پابندیاں',
			'trade-measure': 'تجارتی اقدام',
			deportation: 'واپسی اور بے دخلی',
			displacement: 'نقل مکانی',
			closure: 'بندش',
			reopening: 'دوبارہ کھلنا',
			statement: 'بیان',
			other: 'دیگر'
		},
		timeline: {
			label: 'بندشوں کی ٹائم لائن، {from} سے {to} تک: {episodes}',
			part: '{status} {range} ({days})',
			asOf: '{date} تک',
			keyClosed: 'بند',
			keyRestricted: 'محدود',
			keyOther: 'کھلا، یا اطلاع نہیں (صورتحال کی تاریخ دیکھیں)'
		},
		route: {
			legs: 'حصے',
			leg: 'حصہ',
			mode: 'ذریعہ',
			length: 'لمبائی',
			total: 'کل',
			toSea: '{name} سے سمندر تک',
			route: 'راستہ',
			distance: 'فاصلہ',
			notConnected: 'منسلک نہیں',
			km: '{value} کلومیٹر',
			via: '{port} براستہ {through}',
			caveat:
				'فاصلے مستند قصبوں کے درمیان سیدھی لکیر میں ناپے گئے ہیں، اس لیے یہ سڑک کے اصل فاصلے سے کم ہیں۔'
		}
	},
	embed: {
		title: 'سرحدی نقشہ: پاکستان افغانستان سرحدی بحران',
		placeTitle: 'سرحدی نقشہ: {name}',
		mapOn: '{title}: {date} کا نقشہ',
		openFullMap: 'مکمل نقشہ کھولیں',
		embedThisView: 'یہ منظر ایمبیڈ کریں',
		size: 'سائز',
		sizes: {
			small: 'چھوٹا',
			medium: 'درمیانہ',
			large: 'بڑا',
			responsive: 'لچکدار'
		},
		sizeWidth: '{size} ({width} پکسل)',
		fullWidth: '{size} (پوری چوڑائی)',
		fitHeight: 'اونچائی مواد کے مطابق رکھیں (ایک چھوٹا اسکرپٹ شامل ہوتا ہے)',
		pageKind: 'کس کے لیے',
		pageKinds: { html: 'ویب صفحہ', amp: 'AMP صفحہ' },
		ampOverflow: 'پورا نقشہ دکھائیں',
		snippet: 'کوڈ',
		copy: 'کاپی کریں',
		copied: 'کاپی ہو گیا',
		preview: 'پیش منظر',
		downloadPng: 'PNG ڈاؤن لوڈ کریں',
		textVersion: 'متنی صورت: مقامات اور ان کی صورتحال',
		moreInView: {
			one: 'اور اس منظر میں {count} مزید مقام، مکمل نقشے پر',
			other: 'اور اس منظر میں {count} مزید مقامات، مکمل نقشے پر'
		},
		dataFailed: 'اس منظر کے تمام مقامات لوڈ نہیں ہو سکے؛ نقشہ {date} دکھا رہا ہے۔',
		table: {
			caption: '{date} کو مقامات اور ان کی صورتحال',
			place: 'مقام',
			kind: 'قسم',
			status: 'صورتحال',
			since: 'کب سے'
		},
		source: 'ماخذ',
		sources: 'ذرائع',
		credit: 'معلومات {date} تک · ذرائع: {publishers} اور دیگر · بنیادی نقشہ: {basemap}',
		noWebgl:
			'انٹرایکٹو نقشے کے لیے WebGL درکار ہے جو اس براؤزر میں دستیاب نہیں؛ یہ اسی منظر کا جامد نقشہ ہے۔',
		staticFallback: 'یہ اسی منظر کا جامد نقشہ ہے۔'
	},
	legend: {
		label: 'علامات',
		ok: 'کھلا / فعال',
		partial: 'محدود',
		stopped: 'بند / معطل',
		unknown: 'کوئی رپورٹ نہیں ملی'
	},
	map: {
		label: 'پاکستان افغانستان سرحد، اس کی گزرگاہوں اور تجارتی راستوں کا نقشہ',
		of: '{name} کا نقشہ',
		ofPlace: '{name} اور اس کے ہمسایہ علاقوں کا نقشہ',
		ofSurroundings: '{name} اور گرد و نواح کا نقشہ',
		durandLine: 'ڈیورنڈ لائن (عملی سرحد)',
		durandLabel: 'ڈیورنڈ لائن\nعملی سرحد',
		zoomIn: 'قریب کریں',
		zoomOut: 'دور کریں',
		notReady: 'نقشہ ابھی تیار نہیں۔',
		noWebgl2: 'یہ براؤزر انٹرایکٹو نقشہ نہیں دکھا سکتا (WebGL 2 بند ہے یا موجود نہیں)۔',
		contextLost: 'گرافکس کا رابطہ منقطع ہو گیا؛ بحال ہونے پر انٹرایکٹو نقشہ واپس آ جائے گا۔',
		couldNotLoad: 'انٹرایکٹو نقشہ لوڈ نہیں ہو سکا: {error}',
		couldNotStart: 'انٹرایکٹو نقشہ شروع نہیں ہو سکا: {error}',
		unknownError: 'نامعلوم خرابی',
		basemap: 'بنیادی نقشہ',
		layerFailed: 'لوڈ نہیں ہو سکا: {layers}۔ نقشے کا باقی حصہ کام کر رہا ہے۔',
		attribution:
			'بنیادی نقشہ: {basemap} (پبلک ڈومین) · حقائق: {publishers} اور دیگر، جن کا حوالہ ہر {placePage} پر دیا گیا ہے',
		placePage: 'مقام کے صفحے'
	},
	about: {
		title: 'تعارف، ذرائع اور تصحیحات',
		heading: 'سرحدی نقشے کا تعارف',
		dataRunsTo: 'معلومات {date} تک کی ہیں۔',
		howStatuses: 'صورتحال کا تعین کیسے ہوتا ہے',
		whereMap: 'نقشہ کہاں سے آیا',
		sourcesLicences: 'ذرائع اور لائسنس',
		corrections: 'تصحیحات',
		noHistory: 'تبدیلیوں کی تاریخ سائٹ کے اس نسخے میں دستیاب نہیں۔',
		noChanges: 'اب تک ڈیٹا میں کوئی تبدیلی درج نہیں کی گئی۔',
		changesIntro: 'حقائق میں ہر تبدیلی، تازہ ترین پہلے، ڈیٹا کی تاریخ سے:',
		files: {
			one: '({count} فائل)',
			other: '({count} فائلیں)'
		},
		mirrorOf: '({publisher} کی نقل)'
	},
	data: {
		title: 'ڈیٹا ڈاؤن لوڈ کریں',
		intro: 'نقشے پر موجود سب کچھ، {date} تک۔',
		datesNote:
			'تاریخیں YYYY-MM-DD کی صورت میں لکھی گئی ہیں؛ خالی {column} کا مطلب ہے کہ وہ دورانیہ ابھی جاری ہے۔',
		reuse:
			'ہر قطار اپنے ذرائع بتاتی ہے۔ سرحدی نقشے اور مذکورہ ذرائع کا حوالہ دے کر آزادانہ دوبارہ استعمال کیا جا سکتا ہے۔',
		tablesHeading: 'جدولیں (CSV)',
		layersHeading: 'نقشے کی پرتیں (GeoJSON)',
		tables: {
			locations: {
				title: 'مقامات',
				description: 'ہر مقام اور راستہ: قسم، چار زبانوں میں نام، نقاط اور ان کی درستی'
			},
			'status-periods': {
				title: 'صورتحال کے ادوار',
				description: 'ہر مقام کی ہر تاریخ وار صورتحال: from، to (جاری رہنے تک خالی)، status، scope'
			},
			closures: {
				title: 'بندشیں',
				description: 'بندش کے واقعات اور ان کی مدت دنوں میں، ڈیٹا کی آخری تاریخ تک شمار'
			},
			figures: {
				title: 'تجارت پر اثرات کے اعداد',
				description:
					'ہر عدد جیسا اس کا ماخذ دیتا ہے: ایک پیمانے کی کئی قطاریں ایک حد بتاتی ہیں، کبھی اوسط نہیں نکالی جاتی'
			},
			events: {
				title: 'واقعات',
				description: 'تاریخ وار واقعات، ہمارے الفاظ میں مختصر خلاصے کے ساتھ'
			},
			incidents: {
				title: 'حملے اور جھڑپیں',
				description:
					'فضائی حملے، جھڑپیں، گولہ باری، ڈرون حملے اور دیگر حملے: ہر واقعے اور ہلاکتوں کی ہر رپورٹ کے لیے ایک قطار؛ ہر ذریعے کے اعداد اپنی قطار میں، کبھی آپس میں جمع نہیں کیے جاتے'
			},
			sources: {
				title: 'ذرائع',
				description: 'ہر حوالہ دیا گیا ماخذ: ناشر، عنوان، اشاعت کی تاریخ، URL'
			}
		}
	},
	nearby: {
		atPlace: '{name} میں',
		mapAlt: '{name} سے {km} کلومیٹر کے اندر حملوں اور جھڑپوں کا نقشہ',
		ringKey: 'نقطہ دار دائرہ: {km} کلومیٹر۔',
		countKey: 'نشان کے ساتھ عدد: اسی جگہ درج واقعات کی تعداد۔'
	}
};

export default ur;
