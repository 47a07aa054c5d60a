/**
 * Dari (Afghan Persian), in the vocabulary of Afghan outlets (Azadi Radio, Tolo, Ariana) where it
 * differs from Iran's: معلومات for data, مسدودیت for a closure, عودت‌کنندگان for returnees (as in
 * the Ministry of Refugees and Repatriation, وزارت مهاجرین و عودت‌کنندگان), دهلیز for a corridor,
 * سرک for a road, کاپی for copy. Gregorian month names are the Afghan forms (جنوری، فبروری …),
 * never the Solar Hijri months, which `formatDate` never uses. Digits in the text are Eastern
 * Arabic-Indic.
 */
import type { Messages } from './en';

const fa: Messages = {
	site: {
		name: 'نقشهٔ مرز',
		eyebrow: 'بحران مرزی پاکستان و افغانستان',
		title: 'نقشهٔ مرز — بحران مرزی پاکستان و افغانستان، روز به روز',
		description:
			'کدام گذرگاه‌ها و مسیرهای تجارتی میان پاکستان و افغانستان باز است، از چه زمانی، چند بار بسته شده‌اند و چه هزینه‌ای داشته است.',
		pageTitle: '{page} — نقشهٔ مرز',
		dataAsOf: 'معلومات تا {date}',
		notUpdatedSince: 'از {date} به این سو به‌روز نشده است',
		notUpdatedDetail:
			'پژوهش آخرین بار در {date} اخبار را بررسی کرده است. رویدادهای پس از آن روی این نقشه نیستند.',
		skipToMap: 'رفتن به نقشه',
		language: 'زبان',
		languageNames: { en: 'انگلیسی', ps: 'پشتو', fa: 'دری', ur: 'اردو' },
		back: '→ نقشهٔ مرز',
		aboutLink: 'دربارهٔ نقشه و منابع',
		changesLink: 'چه تغییر کرد',
		dataLink: 'دانلود معلومات',
		howStatusesLink: 'وضعیت‌ها چگونه تعیین می‌شوند',
		notReported: 'گزارش نشده است.',
		listSeparator: '، '
	},
	panel: {
		label: 'خلاصهٔ وضعیت',
		layers: 'لایه‌ها',
		places: 'مکان‌ها',
		share: 'همرسانی',
		layerGroups: {
			base: 'روی نقشه',
			route: 'مسیرهای تجارتی',
			events: 'خشونت'
		},
		listGroups: {
			crossings: 'گذرگاه‌ها',
			routes: 'مسیرهای تجارتی',
			other: 'مرز، شهرها و بندرها'
		},
		selectedPlace: 'مکان انتخاب‌شده',
		close: 'بستن',
		since: 'از {date}',
		placeLink: 'مسدودیت‌ها، زیان‌ها و منابع {name} ←',
		lastReviewed: 'آخرین بازبینی {date}'
	},
	slider: {
		date: 'تاریخ',
		backWeek: 'یک هفته عقب',
		backDay: 'یک روز عقب',
		forwardDay: 'یک روز جلو',
		forwardWeek: 'یک هفته جلو',
		play: 'پخش',
		pause: 'توقف',
		mark: '{date}: {title}'
	},
	incidents: {
		types: {
			airstrike: 'حملهٔ هوایی',
			'drone-strike': 'حملهٔ پهپادی',
			clash: 'درگیری یا تیراندازی مرزی',
			shelling: 'گلوله‌باری',
			attack: 'حمله'
		},
		precision: {
			site: 'محل دقیق',
			town: 'شهر',
			district: 'ولسوالی',
			province: 'ولایت'
		},
		listHeading: 'حملات و درگیری‌ها، {from} – {to}',
		none: 'از {from} تا {to} هیچ رویدادی ثبت نشده است.',
		count: { one: '{count} رویداد', other: '{count} رویداد' },
		window: 'روزهای نمایش‌داده‌شده',
		windowDays: { one: '{count} روز', other: '{count} روز' },
		by: 'از سوی',
		against: 'علیه',
		located: 'موقعیت: {precision}',
		casualties: 'تلفات، آن‌گونه که هر منبع گزارش می‌دهد',
		killed: 'کشته',
		injured: 'زخمی',
		civiliansKilled: 'غیرنظامی کشته',
		civiliansInjured: 'غیرنظامی زخمی',
		noCasualties: 'رقمی از تلفات گزارش نشده است.',
		reportLine: '{source}: {figures}',
		sources: 'منابع',
		show: 'نمایش روی نقشه',
		close: 'بستن',
		sizeKey: 'اندازه: بیشترین شمار کشته‌ها که یک منبع گزارش می‌دهد',
		noFigure: 'بدون رقم',
		olderFainter: 'رویدادهای قدیمی‌تر کم‌رنگ‌ترند.',
		chartTitle: 'رویدادها در هر هفته',
		chartDescription:
			'ستون‌ها: رویدادهای هر هفته و کشته‌ها (بیشترین رقمی که یک منبع برای هر رویداد می‌دهد). زیر آن: هفته‌هایی که تورخم و چمن بسته بودند.',
		chartDeaths: 'کشته',
		chartWeek: 'هفتهٔ {date}: {incidents}، {deaths} کشته',
		bandsKey: 'زیر ستون‌ها، ردیف به ردیف: {names}',
		nearHeading: 'حملات و درگیری‌ها در شعاع {km} کیلومتری',
		nearIntro: 'رویدادهای ثبت‌شده در شعاع {km} کیلومتری {name} (فاصلهٔ مستقیم).',
		nearNone: 'در شعاع {km} کیلومتری {name} هیچ رویدادی ثبت نشده است.',
		distance: '{km} کیلومتر دورتر'
	},
	layers: {
		'durand-line': {
			title: 'خط دیورند',
			description: 'مرز بالفعل میان افغانستان و پاکستان که افغانستان آن را به رسمیت نمی‌شناسد'
		},
		crossings: {
			title: 'گذرگاه‌های مرزی',
			description: 'تورخم، چمن و دیگر گذرگاه‌ها، بر اساس وضعیت'
		},
		cities: {
			title: 'شهرها و بندرها',
			description: 'کابل، شهرهایی که این مسیرها به آن‌ها می‌رسند، و بندرهای دریایی'
		},
		'chabahar-corridor': {
			title: 'دهلیز چابهار',
			description: 'چابهار – زاهدان – میلک/زرنج – شاهراه ۶۰۶ – دلارام – قندهار، هرات، کابل'
		},
		'karachi-torkham': {
			title: 'کراچی – تورخم',
			description: 'کراچی – پشاور – تورخم – جلال‌آباد – کابل'
		},
		'quetta-chaman': {
			title: 'کویته – چمن',
			description: 'کراچی – کویته – چمن/اسپین‌بولدک – قندهار'
		},
		'bandar-abbas-herat': {
			title: 'بندرعباس – هرات',
			description: 'بندرعباس – دوغارون/اسلام‌قلعه – هرات'
		},
		'central-asia': {
			title: 'گذرگاه‌های آسیای میانه',
			description: 'حیرتان، تورغندی و شیرخان بندر تا شهرهای افغانستان'
		},
		'air-corridor': {
			title: 'دهلیز هوایی',
			description: 'بار هوایی کابل – دهلی و کابل – امرتسر، به شکل کمان‌های دایرهٔ عظیمه'
		},
		incidents: {
			title: 'حملات و درگیری‌ها',
			description:
				'حملات هوایی، حملات پهپادی، تیراندازی مرزی، گلوله‌باری و حملات، در روزهای پیش از تاریخ'
		}
	},
	status: {
		open: 'باز',
		restricted: 'محدود',
		closed: 'بسته',
		operating: 'فعال',
		disrupted: 'مختل',
		blocked: 'مسدود',
		calm: 'آرام',
		tense: 'متشنج',
		clashes: 'درگیری',
		unknown: 'گزارش نشده',
		notReported: 'وضعیت گزارش نشده',
		withScope: {
			stops: 'به روی {scope} {status}',
			opens: '{status} برای {scope}',
			passes: '{status}، فقط برای {scope}'
		}
	},
	scope: {
		all: 'تمام رفت‌وآمد',
		trade: 'تجارت',
		people: 'مسافران',
		returnees: 'فقط عودت‌کنندگان',
		inPhrase: {
			trade: 'تجارت',
			people: 'مسافران',
			returnees: 'عودت‌کنندگان'
		}
	},
	kind: {
		singular: {
			crossing: 'گذرگاه',
			city: 'شهر',
			port: 'بندر',
			border: 'مرز',
			corridor: 'دهلیز'
		},
		plural: {
			crossing: 'گذرگاه‌ها',
			city: 'شهرها',
			port: 'بندرها',
			border: 'مرز',
			corridor: 'مسیرهای تجارتی'
		}
	},
	mode: {
		road: 'سرک',
		rail: 'خط آهن',
		sea: 'دریایی',
		air: 'هوایی'
	},
	summary: {
		sentence: 'در {date}: {parts}.',
		part: '{name} {status}',
		separator: '؛ '
	},
	date: {
		format: '{day} {month} {year}',
		months: {
			jan: 'جنوری',
			feb: 'فبروری',
			mar: 'مارچ',
			apr: 'اپریل',
			may: 'می',
			jun: 'جون',
			jul: 'جولای',
			aug: 'اگست',
			sep: 'سپتمبر',
			oct: 'اکتوبر',
			nov: 'نومبر',
			dec: 'دسمبر'
		},
		range: '{from} – {to}',
		ongoing: 'جاری',
		undated: 'بدون تاریخ'
	},
	location: {
		subscribe: 'اشتراک در خبرهای {name} (خوراک Atom)',
		pageTitle: '{name}: وضعیت، مسدودیت‌ها و تأثیر بر تجارت',
		asOf: 'تا {date}',
		lastReviewed: 'آخرین بازبینی {date}',
		where: 'موقعیت',
		dependsOn: 'وابسته به این گذرگاه‌ها: {list}.',
		theRoute: 'مسیر',
		waysToSea: 'راه‌های رسیدن به دریا',
		closures: 'مسدودیت‌ها',
		noClosure: 'مسدودیتی گزارش نشده است.',
		noClosureNoStatus:
			'مسدودیتی گزارش نشده است: برای این مکان هیچ وضعیت تاریخ‌داری گزارش نشده است.',
		closuresReported: {
			one: 'از {date} تاکنون {count} مورد مسدودیت گزارش شده است',
			other: 'از {date} تاکنون {count} مورد مسدودیت گزارش شده است'
		},
		daysClosed: {
			one: 'تا {date} در مجموع {count} روز بسته یا محدود',
			other: 'تا {date} در مجموع {count} روز بسته یا محدود'
		},
		closuresSummary: '{episodes}، {days}.',
		episodes: {
			one: '{count} مورد مسدودیت',
			other: '{count} مورد مسدودیت'
		},
		days: {
			one: '{count} روز',
			other: '{count} روز'
		},
		table: {
			from: 'از',
			to: 'تا',
			status: 'وضعیت',
			days: 'روزها',
			sources: 'منابع',
			measure: 'شاخص',
			value: 'مقدار',
			date: 'تاریخ'
		},
		perYear: 'روزهای بسته یا محدود در هر سال',
		statusHistory: 'تاریخچهٔ وضعیت',
		tradeImpact: 'تأثیر بر تجارت',
		perSource: '{value} بر اساس {source}',
		events: 'رویدادها',
		sources: 'منابع',
		mirrorNote: '(نسخهٔ بازنشرشده از {publisher}؛ اصل آن پیدا نشد)',
		untitled: 'عنوان دیده نشد',
		noReporting: 'گزارشی یافت نشد',
		sourcesDiffer: 'منابع با هم فرق دارند:',
		reading: '{range}، {status}',
		eventKinds: {
			strike: 'حملهٔ هوایی',
			clash: 'درگیری',
			shelling: 'گلوله‌باری',
			attack: 'حمله',
			ceasefire: 'آتش‌بس',
			talks: 'گفتگو',
			agreement: 'توافق',
			sanctions: 'تحریم',
			'trade-measure': 'اقدام تجاری',
			deportation: 'بازگشت و اخراج',
			displacement: 'بی‌جاشدگی',
			closure: 'بسته شدن',
			reopening: 'بازگشایی',
			statement: 'اظهارات',
			other: 'دیگر'
		},
		timeline: {
			label: 'جدول زمانی مسدودیت‌ها از {from} تا {to}: {episodes}',
			part: '{status} {range} ({days})',
			asOf: 'تا {date}',
			keyClosed: 'بسته',
			keyRestricted: 'محدود',
			keyOther: 'باز، یا گزارش نشده (تاریخچهٔ وضعیت را ببینید)'
		},
		route: {
			legs: 'بخش‌ها',
			leg: 'بخش',
			mode: 'وسیله',
			length: 'طول',
			total: 'مجموع',
			toSea: 'از {name} تا دریا',
			route: 'مسیر',
			distance: 'فاصله',
			notConnected: 'وصل نیست',
			km: '{value} کیلومتر',
			via: '{port} از راه {through}',
			caveat:
				'فاصله‌ها به خط مستقیم میان شهرهای مستند سنجیده شده‌اند، بنابراین کمتر از فاصلهٔ واقعی سرک نشان داده می‌شوند.'
		}
	},
	embed: {
		title: 'نقشهٔ مرز: بحران مرزی پاکستان و افغانستان',
		placeTitle: 'نقشهٔ مرز: {name}',
		mapOn: '{title}: نقشه در {date}',
		openFullMap: 'باز کردن نقشهٔ کامل',
		embedThisView: 'جاسازی این نما',
		size: 'اندازه',
		sizes: {
			small: 'کوچک',
			medium: 'متوسط',
			large: 'بزرگ',
			responsive: 'انعطاف‌پذیر'
		},
		sizeWidth: '{size} ({width} پیکسل)',
		fullWidth: '{size} (تمام عرض)',
		fitHeight: 'ارتفاع با محتوا هماهنگ شود (یک اسکریپت کوچک افزوده می‌شود)',
		pageKind: 'برای',
		pageKinds: { html: 'صفحهٔ وب', amp: 'صفحهٔ AMP' },
		ampOverflow: 'نمایش کامل نقشه',
		snippet: 'کد',
		copy: 'کاپی',
		copied: 'کاپی شد',
		preview: 'پیش‌نمایش',
		downloadPng: 'دانلود PNG',
		textVersion: 'نسخهٔ متنی: مکان‌ها و وضعیت آن‌ها',
		moreInView: {
			one: 'و {count} مکان دیگر در این نما، در نقشهٔ کامل',
			other: 'و {count} مکان دیگر در این نما، در نقشهٔ کامل'
		},
		dataFailed: 'همهٔ مکان‌های این نما بارگیری نشد؛ نقشه {date} را نشان می‌دهد.',
		table: {
			caption: 'مکان‌ها و وضعیت آن‌ها در {date}',
			place: 'مکان',
			kind: 'نوع',
			status: 'وضعیت',
			since: 'از'
		},
		source: 'منبع',
		sources: 'منابع',
		credit: 'معلومات تا {date} · منابع: {publishers} و دیگران · نقشهٔ پایه: {basemap}',
		noWebgl:
			'نقشهٔ تعاملی به WebGL نیاز دارد که این مرورگر آن را ندارد؛ این نقشهٔ ثابت همین نما است.',
		staticFallback: 'این نقشهٔ ثابت همین نما است.'
	},
	legend: {
		label: 'راهنما',
		ok: 'باز / فعال',
		partial: 'محدود',
		stopped: 'بسته / مسدود',
		unknown: 'گزارشی یافت نشد'
	},
	map: {
		label: 'نقشهٔ مرز پاکستان و افغانستان، گذرگاه‌ها و مسیرهای تجارتی آن',
		of: 'نقشهٔ {name}',
		ofPlace: 'نقشهٔ {name} و مناطق همجوار',
		ofSurroundings: 'نقشهٔ {name} و اطراف آن',
		durandLine: 'خط دیورند (مرز بالفعل)',
		durandLabel: 'خط دیورند\nمرز بالفعل',
		zoomIn: 'بزرگ‌نمایی',
		zoomOut: 'کوچک‌نمایی',
		notReady: 'نقشه هنوز آماده نیست.',
		noWebgl2: 'این مرورگر نمی‌تواند نقشهٔ تعاملی را نمایش دهد (WebGL 2 خاموش است یا وجود ندارد).',
		contextLost: 'اتصال گرافیکی قطع شد؛ نقشهٔ تعاملی پس از برقراری دوباره برمی‌گردد.',
		couldNotLoad: 'نقشهٔ تعاملی بارگذاری نشد: {error}',
		couldNotStart: 'نقشهٔ تعاملی راه‌اندازی نشد: {error}',
		unknownError: 'خطای نامعلوم',
		basemap: 'نقشهٔ پایه',
		layerFailed: 'بارگیری نشد: {layers}. بقیهٔ نقشه کار می‌کند.',
		attribution:
			'نقشهٔ پایه: {basemap} (مالکیت عمومی) · واقعیت‌ها: {publishers} و دیگران، که در {placePage} ذکر شده‌اند',
		placePage: 'صفحهٔ هر مکان'
	},
	about: {
		title: 'درباره، منابع و اصلاحات',
		heading: 'دربارهٔ نقشهٔ مرز',
		dataRunsTo: 'معلومات تا {date} را در بر می‌گیرد.',
		howStatuses: 'وضعیت‌ها چگونه تعیین می‌شوند',
		whereMap: 'نقشه از کجا آمده است',
		sourcesLicences: 'منابع و مجوزها',
		corrections: 'اصلاحات',
		noHistory: 'تاریخچهٔ تغییرات در این نسخهٔ سایت موجود نیست.',
		noChanges: 'تاکنون هیچ تغییری در معلومات ثبت نشده است.',
		changesIntro: 'هر تغییر در واقعیت‌ها، از تازه‌ترین، بر اساس تاریخچهٔ معلومات:',
		files: {
			one: '({count} فایل)',
			other: '({count} فایل)'
		},
		mirrorOf: '(نسخهٔ بازنشرشده از {publisher})'
	},
	data: {
		title: 'دانلود معلومات',
		intro: 'همهٔ آنچه روی نقشه است، تا {date}.',
		datesNote:
			'تاریخ‌ها به شکل YYYY-MM-DD نوشته شده‌اند؛ خالی بودن {column} یعنی آن دوره هنوز ادامه دارد.',
		reuse:
			'هر ردیف منابع خود را نام می‌برد. استفادهٔ دوباره با ذکر نام نقشهٔ مرز و منابع یادشده آزاد است.',
		tablesHeading: 'جدول‌ها (CSV)',
		layersHeading: 'لایه‌های نقشه (GeoJSON)',
		tables: {
			locations: {
				title: 'مکان‌ها',
				description: 'هر مکان و مسیر: نوع، نام به چهار زبان، مختصات و میزان دقت آن'
			},
			'status-periods': {
				title: 'دوره‌های وضعیت',
				description:
					'هر وضعیت تاریخ‌دار هر مکان: from، to (تا زمانی که جاری است خالی)، status، scope'
			},
			closures: {
				title: 'مسدودیت‌ها',
				description: 'دوره‌های مسدودیت با طول آن‌ها به روز، شمرده‌شده تا تاریخ آخرین معلومات'
			},
			figures: {
				title: 'ارقام تأثیر بر تجارت',
				description:
					'هر رقم همان‌گونه که منبعش می‌دهد: چند ردیف از یک شاخص یک بازه را نشان می‌دهند و هرگز میانگین گرفته نمی‌شود'
			},
			events: {
				title: 'رویدادها',
				description: 'رویدادهای تاریخ‌دار با خلاصه‌ای کوتاه به قلم ما'
			},
			incidents: {
				title: 'حملات و درگیری‌ها',
				description:
					'حملات هوایی، درگیری‌ها، گلوله‌باری، حملات پهپادی و حملات دیگر: یک سطر برای هر رویداد و هر گزارش تلفات؛ ارقام هر منبع در سطر خودش، هرگز با هم جمع نمی‌شوند'
			},
			sources: {
				title: 'منابع',
				description: 'هر منبع یادشده: ناشر، عنوان، تاریخ نشر، نشانی (URL)'
			}
		}
	},
	nearby: {
		atPlace: 'در {name}',
		mapAlt: 'نقشهٔ حملات و درگیری‌ها در شعاع {km} کیلومتری {name}',
		ringKey: 'دایرهٔ نقطه‌چین: {km} کیلومتر.',
		countKey: 'عدد کنار نشانه: شمار رویدادهای ثبت‌شده در همان نقطه.'
	}
};

export default fa;
