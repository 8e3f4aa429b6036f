package main

// place is the hand-kept identity of a Natural Earth feature: its ISO
// 3166-1 alpha-3 code and a short English display name.
type place struct{ code, name string }

// byNum maps ISO 3166-1 numeric codes (world-atlas's feature ids) to
// alpha-3 codes and names. World-atlas carries only the numeric id, and
// scenarios place actors by the alpha-3 code, so every country that ends up
// on the map must be listed here: mapgen refuses to write an asset with an
// unknown country rather than guess. The list covers the view (Europe to
// Iran) with a margin, plus a few far actors (USA, China) for reference.
var byNum = map[string]place{
	// Europe
	"008": {"ALB", "Albania"},
	"020": {"AND", "Andorra"},
	"040": {"AUT", "Austria"},
	"056": {"BEL", "Belgium"},
	"070": {"BIH", "Bosnia and Herzegovina"},
	"100": {"BGR", "Bulgaria"},
	"112": {"BLR", "Belarus"},
	"191": {"HRV", "Croatia"},
	"196": {"CYP", "Cyprus"},
	"203": {"CZE", "Czechia"},
	"208": {"DNK", "Denmark"},
	"233": {"EST", "Estonia"},
	"234": {"FRO", "Faroe Islands"},
	"246": {"FIN", "Finland"},
	"248": {"ALA", "Åland"},
	"250": {"FRA", "France"},
	"276": {"DEU", "Germany"},
	"292": {"GIB", "Gibraltar"},
	"300": {"GRC", "Greece"},
	"304": {"GRL", "Greenland"},
	"336": {"VAT", "Vatican"},
	"348": {"HUN", "Hungary"},
	"352": {"ISL", "Iceland"},
	"372": {"IRL", "Ireland"},
	"380": {"ITA", "Italy"},
	"428": {"LVA", "Latvia"},
	"438": {"LIE", "Liechtenstein"},
	"440": {"LTU", "Lithuania"},
	"442": {"LUX", "Luxembourg"},
	"470": {"MLT", "Malta"},
	"492": {"MCO", "Monaco"},
	"498": {"MDA", "Moldova"},
	"499": {"MNE", "Montenegro"},
	"528": {"NLD", "Netherlands"},
	"578": {"NOR", "Norway"},
	"616": {"POL", "Poland"},
	"620": {"PRT", "Portugal"},
	"642": {"ROU", "Romania"},
	"643": {"RUS", "Russia"},
	"674": {"SMR", "San Marino"},
	"688": {"SRB", "Serbia"},
	"703": {"SVK", "Slovakia"},
	"705": {"SVN", "Slovenia"},
	"724": {"ESP", "Spain"},
	"744": {"SJM", "Svalbard and Jan Mayen"},
	"752": {"SWE", "Sweden"},
	"756": {"CHE", "Switzerland"},
	"804": {"UKR", "Ukraine"},
	"807": {"MKD", "North Macedonia"},
	"826": {"GBR", "United Kingdom"},
	"831": {"GGY", "Guernsey"},
	"832": {"JEY", "Jersey"},
	"833": {"IMN", "Isle of Man"},

	// Turkey, the Caucasus and the Middle East
	"031": {"AZE", "Azerbaijan"},
	"048": {"BHR", "Bahrain"},
	"051": {"ARM", "Armenia"},
	"268": {"GEO", "Georgia"},
	"275": {"PSE", "Palestine"},
	"364": {"IRN", "Iran"},
	"368": {"IRQ", "Iraq"},
	"376": {"ISR", "Israel"},
	"400": {"JOR", "Jordan"},
	"414": {"KWT", "Kuwait"},
	"422": {"LBN", "Lebanon"},
	"512": {"OMN", "Oman"},
	"634": {"QAT", "Qatar"},
	"682": {"SAU", "Saudi Arabia"},
	"760": {"SYR", "Syria"},
	"784": {"ARE", "United Arab Emirates"},
	"792": {"TUR", "Turkey"},
	"887": {"YEM", "Yemen"},

	// Central and South Asia
	"004": {"AFG", "Afghanistan"},
	"156": {"CHN", "China"},
	"356": {"IND", "India"},
	"398": {"KAZ", "Kazakhstan"},
	"417": {"KGZ", "Kyrgyzstan"},
	"496": {"MNG", "Mongolia"},
	"586": {"PAK", "Pakistan"},
	"762": {"TJK", "Tajikistan"},
	"795": {"TKM", "Turkmenistan"},
	"860": {"UZB", "Uzbekistan"},

	// North Africa and the Sahel
	"012": {"DZA", "Algeria"},
	"132": {"CPV", "Cabo Verde"},
	"148": {"TCD", "Chad"},
	"231": {"ETH", "Ethiopia"},
	"232": {"ERI", "Eritrea"},
	"262": {"DJI", "Djibouti"},
	"270": {"GMB", "Gambia"},
	"434": {"LBY", "Libya"},
	"466": {"MLI", "Mali"},
	"478": {"MRT", "Mauritania"},
	"504": {"MAR", "Morocco"},
	"562": {"NER", "Niger"},
	"686": {"SEN", "Senegal"},
	"706": {"SOM", "Somalia"},
	"728": {"SSD", "South Sudan"},
	"729": {"SDN", "Sudan"},
	"732": {"ESH", "Western Sahara"},
	"788": {"TUN", "Tunisia"},
	"818": {"EGY", "Egypt"},

	// Beyond the view, for reference
	"124": {"CAN", "Canada"},
	"840": {"USA", "United States"},
}

// byName covers world-atlas features without an ISO numeric id, keyed by
// their Natural Earth name. The codes are those in common use: XKX is the
// user-assigned code the EU and IMF use for Kosovo, CYN is Natural Earth's
// own code for Northern Cyprus.
var byName = map[string]place{
	"Kosovo":     {"XKX", "Kosovo"},
	"N. Cyprus":  {"CYN", "Northern Cyprus"},
	"Somaliland": {"SOL", "Somaliland"},
}
