package corpusgen

import (
	"math"
	"math/rand/v2"
	"strings"
)

// country is a country the generated articles mention.
type country struct {
	Name    string // "Oman"
	Demonym string // "Omani"
	Capital string // "Muscat"
	Region  region
}

// organisation is an international organisation the articles mention.
type organisation struct {
	Name  string   // "International Atomic Energy Agency"
	Short string   // "IAEA"
	Roles []string // offices held in it, written before a name
}

// region chooses the pool of invented first names and surnames.
type region int

// The name regions.
const (
	middleEast region = iota
	europe
	asia
	southAsia
	africa
	latinAmerica
	slavic
	anglo
	regionCount
)

// countries are real countries, so that the entity registry knows them and
// the affiliations resolve; the people are invented.
var countries = []country{
	{"Iran", "Iranian", "Tehran", middleEast},
	{"United States", "US", "Washington", anglo},
	{"Oman", "Omani", "Muscat", middleEast},
	{"Qatar", "Qatari", "Doha", middleEast},
	{"Saudi Arabia", "Saudi", "Riyadh", middleEast},
	{"United Arab Emirates", "Emirati", "Abu Dhabi", middleEast},
	{"Kuwait", "Kuwaiti", "Kuwait City", middleEast},
	{"Bahrain", "Bahraini", "Manama", middleEast},
	{"Iraq", "Iraqi", "Baghdad", middleEast},
	{"Jordan", "Jordanian", "Amman", middleEast},
	{"Egypt", "Egyptian", "Cairo", middleEast},
	{"Lebanon", "Lebanese", "Beirut", middleEast},
	{"Syria", "Syrian", "Damascus", middleEast},
	{"Israel", "Israeli", "Jerusalem", middleEast},
	{"Turkey", "Turkish", "Ankara", middleEast},
	{"Pakistan", "Pakistani", "Islamabad", southAsia},
	{"India", "Indian", "New Delhi", southAsia},
	{"Afghanistan", "Afghan", "Kabul", southAsia},
	{"Bangladesh", "Bangladeshi", "Dhaka", southAsia},
	{"China", "Chinese", "Beijing", asia},
	{"Japan", "Japanese", "Tokyo", asia},
	{"South Korea", "South Korean", "Seoul", asia},
	{"Indonesia", "Indonesian", "Jakarta", asia},
	{"Malaysia", "Malaysian", "Kuala Lumpur", asia},
	{"Russia", "Russian", "Moscow", slavic},
	{"Ukraine", "Ukrainian", "Kyiv", slavic},
	{"Poland", "Polish", "Warsaw", slavic},
	{"Azerbaijan", "Azerbaijani", "Baku", slavic},
	{"Armenia", "Armenian", "Yerevan", slavic},
	{"Kazakhstan", "Kazakh", "Astana", slavic},
	{"United Kingdom", "British", "London", anglo},
	{"Canada", "Canadian", "Ottawa", anglo},
	{"Australia", "Australian", "Canberra", anglo},
	{"France", "French", "Paris", europe},
	{"Germany", "German", "Berlin", europe},
	{"Italy", "Italian", "Rome", europe},
	{"Spain", "Spanish", "Madrid", europe},
	{"Norway", "Norwegian", "Oslo", europe},
	{"Sweden", "Swedish", "Stockholm", europe},
	{"Switzerland", "Swiss", "Bern", europe},
	{"Netherlands", "Dutch", "The Hague", europe},
	{"Greece", "Greek", "Athens", europe},
	{"South Africa", "South African", "Pretoria", africa},
	{"Nigeria", "Nigerian", "Abuja", africa},
	{"Algeria", "Algerian", "Algiers", africa},
	{"Morocco", "Moroccan", "Rabat", africa},
	{"Ethiopia", "Ethiopian", "Addis Ababa", africa},
	{"Kenya", "Kenyan", "Nairobi", africa},
	{"Brazil", "Brazilian", "Brasilia", latinAmerica},
	{"Mexico", "Mexican", "Mexico City", latinAmerica},
	{"Argentina", "Argentine", "Buenos Aires", latinAmerica},
	{"Venezuela", "Venezuelan", "Caracas", latinAmerica},
	{"Chile", "Chilean", "Santiago", latinAmerica},
}

// organisations are international organisations, with the offices the
// generated people hold in them.
var organisations = []organisation{
	{"United Nations", "UN", []string{"Secretary-General", "Under-Secretary-General for Political Affairs", "spokesperson"}},
	{"International Atomic Energy Agency", "IAEA", []string{"Director General", "chief inspector", "spokesperson"}},
	{"European Union", "EU", []string{"foreign policy chief", "Commissioner for Energy", "spokesperson"}},
	{"NATO", "NATO", []string{"Secretary General", "Deputy Secretary General", "spokesperson"}},
	{"Arab League", "Arab League", []string{"Secretary-General", "Assistant Secretary-General", "spokesperson"}},
	{"Gulf Cooperation Council", "GCC", []string{"Secretary-General", "spokesperson"}},
	{"OPEC", "OPEC", []string{"Secretary General", "head of research", "spokesperson"}},
	{"Organisation of Islamic Cooperation", "OIC", []string{"Secretary-General", "spokesperson"}},
	{"International Committee of the Red Cross", "ICRC", []string{"President", "regional director", "spokesperson"}},
	{"World Health Organization", "WHO", []string{"Director-General", "regional director", "spokesperson"}},
	{"African Union", "AU", []string{"Commission Chairperson", "spokesperson"}},
	{"Shanghai Cooperation Organisation", "SCO", []string{"Secretary-General", "spokesperson"}},
	{"International Energy Agency", "IEA", []string{"Executive Director", "head of oil markets", "spokesperson"}},
	{"World Food Programme", "WFP", []string{"Executive Director", "country director", "spokesperson"}},
}

// countryRoles are the offices a country's officials hold, written before
// a name ("Omani Foreign Minister …").
var countryRoles = []string{
	"President", "Prime Minister", "Foreign Minister", "Defence Minister",
	"Oil Minister", "Finance Minister", "Interior Minister", "National Security Adviser",
	"Deputy Foreign Minister", "army chief of staff", "ambassador to the United Nations",
	"Energy Minister", "parliament speaker", "Trade Minister", "navy commander",
}

// spokespersonBodies are the bodies a country's spokespeople speak for:
// "a spokesperson for the Foreign Ministry of Oman".
var spokespersonBodies = []string{
	"Foreign Ministry", "Defence Ministry", "presidency", "government", "Oil Ministry", "armed forces",
}

// expertRoles are what independent experts are, with a place of work:
// "a senior fellow at the Lindqvist Institute".
var expertRoles = []string{
	"a senior fellow at", "a professor of international relations at", "a research director at",
	"an analyst at", "a former diplomat now at", "a security researcher at", "an energy economist at",
	"a lecturer in Middle East politics at", "a visiting scholar at", "the head of the Gulf programme at",
	"a nuclear policy expert at", "a sanctions specialist at", "a maritime security analyst at",
}

// expertPlaces are the kinds of place an expert works at; a generated
// proper name fills the gap: "the Varenholt Institute".
var expertPlaces = []string{
	"the %s Institute", "the %s Centre for Strategic Studies", "%s University",
	"the %s Foundation", "the %s Policy Forum", "the University of %s", "%s Risk Advisory",
	"the %s Council on Foreign Affairs", "%s Energy Consulting", "the %s School of Government",
}

// firstNames and surnames are pools of name parts by region; people are
// invented by combining them.
var firstNames = [regionCount][]string{
	middleEast:   strings.Fields("Ahmad Ali Hassan Hossein Karim Majid Omar Reza Saeed Tariq Yusuf Zaid Faisal Nabil Sami Walid Amir Bashir Farid Jamal Khalid Mahmoud Nasser Rashid Salim Fatima Layla Maryam Noor Rana Samira Yasmin Zahra Hana Dalia Leila Amira Rania Salma Shirin Parisa Nadia"),
	europe:       strings.Fields("Anna Claire Elena Ingrid Jana Lena Marta Sofia Clara Helene Annika Birgit Chiara Ines Lotte Maren Pierre Jan Luca Marco Henrik Johan Lars Matteo Stefan Thomas Emil Felix Andreas Giorgos Nikos Pablo Javier Olivier Laurent Dirk Sven Erik Tobias Mathilde"),
	asia:         strings.Fields("Wei Li Jun Hao Kenji Hiroshi Takeshi Yuki Min-jun Seo-yeon Ji-ho Budi Siti Dewi Arif Mei Lan Xiu Akira Haruto Sora Aiko Mai Hyun Jae Nurul Farah Rizal Zhen Qiang"),
	southAsia:    strings.Fields("Arjun Priya Rahul Anil Sunita Kavita Vikram Imran Ayesha Bilal Sana Usman Nadia Hamid Rekha Sanjay Deepak Meera Farhan Zainab Shahid Anjali Rohan Tahmina Asif"),
	africa:       strings.Fields("Kwame Amara Chinedu Ngozi Thabo Lindiwe Abebe Selam Wanjiru Kofi Yaw Adaeze Tendai Sipho Zanele Moussa Fatou Ibrahim Aisha Tunde Folake Musa Halima Desta Njeri"),
	latinAmerica: strings.Fields("Carlos Lucia Mateo Valentina Diego Camila Andres Gabriela Rafael Isabela Jorge Mariana Fernando Paula Ricardo Sofia Alejandro Daniela Joaquin Renata Emilio Ximena"),
	slavic:       strings.Fields("Dmitri Olga Sergei Natalia Alexei Irina Pavel Tatiana Mikhail Yulia Andriy Oksana Piotr Agnieszka Ivan Svetlana Nikolai Elena Bogdan Katarzyna Arman Aigerim Ruslan Anahit Tigran"),
	anglo:        strings.Fields("James Sarah Michael Emily Robert Laura David Rachel Daniel Hannah Thomas Olivia Mark Rebecca Paul Grace Andrew Megan Steven Alice Peter Kate Richard Helen Simon Joanna"),
}

var surnames = [regionCount][]string{
	middleEast:   strings.Fields("Haddad Rahimi Karimi Nasseri Al-Harthi Al-Busaidi Khoury Mansour Farahani Tehrani Jafari Moradi Saleh Hamdan Qasimi Najjar Shakeri Abbasi Darwish Zand Hashemi Al-Mahmoud Azizi Sabbagh Rostami Bayat Kazemi Yazdani Othman Barakat Nouri Salehi Khalaf Al-Thani Amiri Haidari"),
	europe:       strings.Fields("Moreau Lindqvist Berger Rossi Fischer Dubois Varga Novak Jensen Keller Laurent Hoffmann Bianchi Schneider Costa Nilsen Weber Andersson Meyer Lefevre Conti Vogel Dupont Ricci Bauer Lambert Haas Marino Brandt Petit Papadopoulos Alvarez Ortega Vermeulen Janssen Strand"),
	asia:         strings.Fields("Wang Zhang Chen Liu Tanaka Suzuki Watanabe Kim Park Lee Choi Santoso Wijaya Rahman Nakamura Yamamoto Zhou Huang Sato Ito Jung Kang Hidayat Tan Lim Ong Matsuda"),
	southAsia:    strings.Fields("Sharma Patel Khan Qureshi Singh Gupta Chaudhry Malik Iyer Reddy Hussain Siddiqui Mehta Bhatt Rao Shah Ahmed Chatterjee Nair Butt Mirza Kapoor Haque Joshi"),
	africa:       strings.Fields("Mensah Okafor Nkosi Dlamini Bekele Tesfaye Kamau Otieno Boateng Adeyemi Diallo Traore Mokoena Okonkwo Ndlovu Mwangi Abubakar Keita Sow Asante Banda Chukwu Eze Girma"),
	latinAmerica: strings.Fields("Garcia Rodriguez Martinez Lopez Hernandez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Morales Castillo Vargas Romero Mendoza Silva Herrera Medina Rojas Navarro"),
	slavic:       strings.Fields("Ivanov Petrova Sokolov Volkova Kuznetsov Morozova Popov Lebedeva Kowalski Nowak Shevchenko Bondarenko Melnyk Kovalenko Aliyev Mammadov Hovhannisyan Grigoryan Nurlanov Zhakupova Orlov Belov Volkov Wisniewski"),
	anglo:        strings.Fields("Smith Johnson Williams Brown Taylor Wilson Davies Evans Thompson Walker Wright Robinson Clarke Hughes Edwards Turner Collins Morgan Bennett Carter Mitchell Harris Cooper Ward Foster Graham"),
}

// personKind is how a person is introduced in the text.
type personKind int

// The kinds of person.
const (
	official     personKind = iota // "Omani Foreign Minister X Y"
	spokesperson                   // "X Y, a spokesperson for the Foreign Ministry of Oman"
	orgOfficial                    // "IAEA Director General X Y"
	expert                         // "X Y, a senior fellow at the Z Institute"
)

// person is an invented speaker.
type person struct {
	First, Last string
	Female      bool
	Kind        personKind
	// Role is the office ("Foreign Minister"), the spokesperson's body
	// ("Foreign Ministry") or the expert's description ("a senior fellow
	// at").
	Role string
	// Country is set for officials and spokespeople, Org for
	// organisation officials, Place for experts.
	Country *country
	Org     *organisation
	Place   string
}

// Name is the person's full name.
func (p *person) Name() string { return p.First + " " + p.Last }

// cast is the set of people the articles of one corpus quote. People recur
// across articles, the way a real news corpus quotes the same officials
// again and again.
type cast struct {
	people []person
}

// castSize is how many people a corpus quotes.
const castSize = 1500

// newCast invents the people of a corpus from its random source.
func newCast(r *rand.Rand) *cast {
	c := &cast{people: make([]person, 0, castSize)}
	used := make(map[string]bool)
	add := func(p person, reg region) {
		for {
			p.First = pick(r, firstNames[reg])
			p.Last = pick(r, surnames[reg])
			if !used[p.Name()] {
				break
			}
		}
		used[p.Name()] = true
		p.Female = r.IntN(3) == 0
		c.people = append(c.people, p)
	}
	for len(c.people) < castSize {
		switch n := r.IntN(10); {
		case n < 5:
			k := &countries[r.IntN(len(countries))]
			add(person{Kind: official, Role: pick(r, countryRoles), Country: k}, k.Region)
		case n < 7:
			k := &countries[r.IntN(len(countries))]
			add(person{Kind: spokesperson, Role: pick(r, spokespersonBodies), Country: k}, k.Region)
		case n < 8:
			o := &organisations[r.IntN(len(organisations))]
			add(person{Kind: orgOfficial, Role: pick(r, o.Roles), Org: o}, region(r.IntN(int(regionCount))))
		default:
			place := strings.Replace(pick(r, expertPlaces), "%s", properName(r), 1)
			add(person{Kind: expert, Role: pick(r, expertRoles), Place: place}, region(r.IntN(int(regionCount))))
		}
	}
	return c
}

// pickPerson chooses a person with a skewed distribution: a few people are
// quoted very often and most rarely, as in real news.
func (c *cast) pickPerson(r *rand.Rand) *person {
	i := int(float64(len(c.people)) * math.Pow(r.Float64(), 2.5))
	return &c.people[min(i, len(c.people)-1)]
}

// pick returns a random element of a list.
func pick[T any](r *rand.Rand, list []T) T {
	return list[r.IntN(len(list))]
}

// skewed returns a random element of a list, early elements more often,
// so that word frequencies fall off the way they do in real text.
func skewed[T any](r *rand.Rand, list []T) T {
	i := int(float64(len(list)) * math.Pow(r.Float64(), 1.8))
	return list[min(i, len(list)-1)]
}

// syllables make invented proper names: places, ships, companies, institutes.
var syllables = strings.Fields("ka ri ven hol dar mo sen ta li ber an tor vi gan sa lem ru fal nor es tam bar kel ori zan mi dun hal ve ros ab ul cor ny pe tra bis lo")

// properName invents a capitalised proper name of two or three syllables,
// the long tail of rare words a real corpus has.
func properName(r *rand.Rand) string {
	n := 2 + r.IntN(2)
	var b strings.Builder
	for i := range n {
		s := pick(r, syllables)
		if i == 0 {
			s = strings.ToUpper(s[:1]) + s[1:]
		}
		b.WriteString(s)
	}
	return b.String()
}
