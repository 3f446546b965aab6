#!/usr/bin/env python3
"""Generates Vigil's benchmark corpus: deterministic, offline, standard library only.

    python3 bench/gen_corpus.py OUT_DIR [--mb 8] [--seed 1729] [--docs N] [--id-prefix P]
                                [--jsonl-only]

writes
    OUT_DIR/corpus.jsonl  one JSON object per line: {"id","title","published","text"}
    OUT_DIR/corpus.txt    the same texts, in the same order, separated by a blank line

and stops once the texts add up to at least --mb MiB (1 MiB = 1,048,576 bytes of
UTF-8 text, separators not counted), or, with --docs, after N documents. --id-prefix
goes in front of every id, so corpora of different seeds can share one knowledge
base (ids are otherwise "<style>-<n>" and would be skipped as already stored). The same seed and Python version give
byte-identical files (random.Random's algorithms have been stable across 3.x).

Documents are 1-5 KB each and mix the styles Vigil reads: wire copy, journalists'
blog posts with bullets relaying a source, travel advisories, think-tank
assessments, police press releases, ALL-CAPS MUC-era wires, all-lowercase
MUC-like text without newlines, and sport/business control stories full of
violent idiom. Each document is assembled from sentence templates whose slots
(actors, places including non-ASCII ones, numbers in digits and in words,
absolute and relative dates resolved against the publication date, hedges and
attribution cues) are filled per document, so no paragraph is one repeated
block. Everything in the corpus is fictional.
"""
import argparse
import datetime
import json
import os
import random
import sys

KB = 1024
MIN_DOC = 1 * KB
MAX_DOC = 5 * KB

# ---------------------------------------------------------------------------
# Slot vocabularies.
# Each region: country, demonym, cities, armed groups (canonical name and the
# surface forms a text may use), official bodies, outlets, person names and
# the currency used in ransom/seizure figures.
# ---------------------------------------------------------------------------

REGIONS = [
    dict(country="Turkey", demonym="Turkish",
         cities=["İstanbul", "Ankara", "İzmir", "Antalya", "Gaziantep", "Şanlıurfa", "Diyarbakır",
                 "Muğla", "Bodrum", "Adana", "Kilis", "Mersin", "Kayseri"],
         groups=[["Islamic State", "ISIS", "ISIL", "Daesh", "IS"],
                 ["the PKK", "the Kurdistan Workers' Party", "PKK militants"],
                 ["the Kurdistan Freedom Falcons (TAK)", "TAK"]],
         officials=["the Interior Ministry", "Turkish police", "the İstanbul governor's office",
                    "MIT, the Turkish intelligence agency", "the chief prosecutor's office",
                    "Turkish security sources", "the General Staff"],
         outlets=["Anadolu", "Hürriyet", "Cumhuriyet", "Haberdar", "Vigil Wire"],
         first=["Ahmet", "Mehmet", "Ömer", "İlker", "Şükrü", "Gökhan", "Çağlar", "Ayşe", "Elif",
                "Hülya", "İlhan", "Süleyman", "Gülşen", "Murat"],
         last=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan",
               "Güneş", "Koç", "Yıldırım", "Erdoğdu", "Balcı"],
         currency="lira"),
    dict(country="Iraq", demonym="Iraqi",
         cities=["Baghdad", "Mosul", "Kirkuk", "Tikrit", "Ramadi", "Fallujah", "Samarra", "Basra",
                 "Baquba", "Tuz Khurmatu", "Erbil"],
         groups=[["Islamic State", "ISIS", "Daesh", "the Islamic State group"],
                 ["al-Qaeda in Iraq", "AQI"]],
         officials=["the Interior Ministry", "the Joint Operations Command", "Iraqi police",
                    "the Counter-Terrorism Service", "a health ministry official",
                    "provincial council members", "Iraqi intelligence"],
         outlets=["Iraqiya television", "Al Sumaria", "Vigil Wire", "Rudaw"],
         first=["Haider", "Ali", "Mustafa", "Abbas", "Saad", "Zainab", "Ahmed", "Karim", "Nour"],
         last=["al-Saadi", "Kadhim", "al-Jubouri", "Hussein", "al-Obeidi", "Jassim", "al-Dulaimi"],
         currency="dinars"),
    dict(country="Somalia", demonym="Somali",
         cities=["Mogadishu", "Kismayo", "Baidoa", "Beledweyne", "Afgooye", "Marka", "Bosaso",
                 "Galkayo", "Jowhar"],
         groups=[["al-Shabaab", "al Shabaab", "the al-Qaeda-linked al-Shabaab group", "Harakat al-Shabaab al-Mujahideen"],
                 ["Islamic State in Somalia", "ISS"]],
         officials=["Somali police", "the security ministry", "AMISOM", "the Somali National Army",
                    "a police captain", "the Aamin ambulance service", "hospital officials"],
         outlets=["Radio Mogadishu", "Garowe Online", "Vigil Wire", "Andalus radio"],
         first=["Mohamed", "Abdirahman", "Hassan", "Fadumo", "Abdullahi", "Hodan", "Ahmed", "Yusuf"],
         last=["Hussein", "Farah", "Abdi", "Warsame", "Osman", "Ali", "Nur", "Jama"],
         currency="dollars"),
    dict(country="Kenya", demonym="Kenyan",
         cities=["Nairobi", "Mombasa", "Garissa", "Lamu", "Mandera", "Wajir", "Malindi", "Eastleigh"],
         groups=[["al-Shabaab", "al Shabaab", "the Somali militant group al-Shabaab"]],
         officials=["Kenyan police", "the Interior Ministry", "the Kenya Defence Forces",
                    "the National Counter Terrorism Centre", "the county commissioner"],
         outlets=["the Daily Nation", "Citizen TV", "Vigil Wire", "The Standard"],
         first=["James", "Amina", "Peter", "Wanjiru", "Joseph", "Otieno", "Fatuma", "Daniel"],
         last=["Kamau", "Otieno", "Wanjiru", "Mwangi", "Njoroge", "Abdalla", "Kiprono", "Ochieng"],
         currency="shillings"),
    dict(country="Nigeria", demonym="Nigerian",
         cities=["Maiduguri", "Damboa", "Konduga", "Gwoza", "Bama", "Monguno", "Yola", "Damaturu",
                 "Gusau", "Kaduna", "Abuja"],
         groups=[["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Boko Haram militants"],
                 ["Islamic State West Africa Province", "ISWAP", "the Islamic State affiliate ISWAP"]],
         officials=["the Nigerian army", "Borno state police", "the State Emergency Management Agency",
                    "the Civilian Joint Task Force", "the governor's office", "military sources"],
         outlets=["Premium Times", "Vigil Wire", "Daily Trust", "Channels TV"],
         first=["Usman", "Bulama", "Chinedu", "Aisha", "Ibrahim", "Babagana", "Ngozi", "Musa"],
         last=["Ali", "Okafor", "Mohammed", "Bukar", "Adeyemi", "Lawan", "Umar", "Eze"],
         currency="naira"),
    dict(country="Mali", demonym="Malian",
         cities=["Bamako", "Mopti", "Gao", "Timbuktu", "Ménaka", "Boulkessi", "Sévaré", "Kidal"],
         groups=[["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "al-Qaeda's Sahel affiliate JNIM"],
                 ["the Islamic State in the Greater Sahara", "ISGS", "Islamic State Sahel Province"]],
         officials=["the Malian army", "MINUSMA", "a local official", "the defence ministry",
                    "French military officials"],
         outlets=["RFI", "Vigil Wire", "Studio Tamani"],
         first=["Moussa", "Amadou", "Oumar", "Fatoumata", "Sidi", "Aminata", "Boubacar"],
         last=["Traoré", "Keïta", "Diallo", "Coulibaly", "Maïga", "Touré", "Cissé"],
         currency="CFA francs"),
    dict(country="Burkina Faso", demonym="Burkinabe",
         cities=["Ouagadougou", "Djibo", "Dori", "Kaya", "Fada N'Gourma", "Arbinda", "Ouahigouya"],
         groups=[["Ansarul Islam", "the Ansarul Islam group"],
                 ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"],
                 ["the Islamic State in the Greater Sahara", "ISGS"]],
         officials=["the regional governor", "the army", "the security ministry", "local sources"],
         outlets=["Vigil Wire", "Lefaso.net", "RFI"],
         first=["Issa", "Salif", "Mariam", "Adama", "Rasmané", "Awa", "Ousmane"],
         last=["Ouédraogo", "Sawadogo", "Kaboré", "Compaoré", "Zongo", "Sanou"],
         currency="CFA francs"),
    dict(country="Afghanistan", demonym="Afghan",
         cities=["Kabul", "Jalalabad", "Kandahar", "Kunduz", "Herat", "Ghazni", "Lashkar Gah",
                 "Mazar-i-Sharif", "Pul-e-Khumri"],
         groups=[["the Taliban", "Taliban insurgents", "the Islamic Emirate"],
                 ["Islamic State Khorasan Province", "ISKP", "IS-K", "Islamic State"],
                 ["the Haqqani network", "Haqqani militants"]],
         officials=["the Interior Ministry", "the National Directorate of Security",
                    "the provincial governor's spokesman", "Afghan police", "health officials",
                    "the NATO-led Resolute Support mission"],
         outlets=["TOLOnews", "Pajhwok", "Vigil Wire", "Ariana News"],
         first=["Faridoon", "Abdul", "Jawad", "Nasir", "Zarifa", "Mohammad", "Habib", "Shafiq"],
         last=["Azizi", "Sharifi", "Rahimi", "Karimi", "Noorzai", "Stanikzai", "Safi", "Popal"],
         currency="afghanis"),
    dict(country="Pakistan", demonym="Pakistani",
         cities=["Peshawar", "Quetta", "Karachi", "Lahore", "Bannu", "Dera Ismail Khan", "Mardan",
                 "Parachinar"],
         groups=[["Tehreek-e-Taliban Pakistan", "the TTP", "the Pakistani Taliban"],
                 ["Islamic State Khorasan Province", "ISKP"],
                 ["Lashkar-e-Jhangvi", "LeJ"]],
         officials=["the Counter Terrorism Department", "provincial police", "the provincial government",
                    "a senior police official", "the military's media wing"],
         outlets=["Dawn", "Geo News", "The Frontier Herald", "Vigil Wire"],
         first=["Tariq", "Abdul Wali", "Kamran", "Ayesha", "Imran", "Sana", "Zahid", "Bilal"],
         last=["Durrani", "Mohmand", "Khattak", "Yousafzai", "Afridi", "Qureshi", "Bangash"],
         currency="rupees"),
    dict(country="Philippines", the_name="the Philippines", demonym="Philippine",
         cities=["Jolo", "Zamboanga", "Marawi", "Cotabato", "Davao City", "Basilan", "Cebu", "Manila"],
         groups=[["the Abu Sayyaf Group", "Abu Sayyaf", "ASG"],
                 ["the Maute group", "Dawlah Islamiyah"],
                 ["the Bangsamoro Islamic Freedom Fighters", "BIFF"]],
         officials=["the Armed Forces of the Philippines", "the Philippine National Police",
                    "a military spokesman", "the regional police director"],
         outlets=["Rappler", "the Philippine Daily Inquirer", "Vigil Wire"],
         first=["Jose", "Maria", "Ramon", "Ana", "Rodel", "Cristina", "Eduardo"],
         last=["Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Mendoza", "Aquino"],
         currency="pesos"),
    dict(country="France", demonym="French",
         cities=["Paris", "Nice", "Lyon", "Marseille", "Lille", "Roubaix", "Strasbourg", "Saint-Denis"],
         groups=[["Islamic State", "ISIS", "Daesh", "the Islamic State group"],
                 ["al-Qaeda in the Arabian Peninsula", "AQAP"]],
         officials=["the DGSI", "the Paris prosecutor's office", "French police",
                    "the Interior Ministry", "anti-terrorism prosecutors"],
         outlets=["Le Monde", "Le Parisien", "BFMTV", "Vigil Wire"],
         first=["François", "Hélène", "Jérôme", "Céline", "Mathieu", "Amélie", "Karim", "Sébastien"],
         last=["Lefèvre", "Moreau", "Girard", "Benali", "Rousseau", "Fournier", "Mercier"],
         currency="euros"),
    dict(country="Belgium", demonym="Belgian",
         cities=["Brussels", "Molenbeek", "Schaerbeek", "Antwerp", "Liège", "Charleroi", "Verviers"],
         groups=[["Islamic State", "ISIS", "Daesh"]],
         officials=["the federal prosecutor's office", "Belgian police", "the VSSE",
                    "the crisis centre", "OCAM, the threat assessment body"],
         outlets=["Le Soir", "De Standaard", "RTBF", "Vigil Wire"],
         first=["Pieter", "Sofie", "Youssef", "Annelies", "Mehdi", "Lotte", "Geert"],
         last=["Peeters", "Janssens", "El Amrani", "Maes", "Dubois", "Claes", "Wouters"],
         currency="euros"),
    dict(country="Germany", demonym="German",
         cities=["Berlin", "Düsseldorf", "Köln", "München", "Hamburg", "Frankfurt", "Neuss",
                 "Dortmund", "Essen"],
         groups=[["Islamic State", "ISIS", "the Islamic State terrorist organisation"]],
         officials=["the Federal Public Prosecutor General", "the BKA", "the LKA NRW",
                    "Düsseldorf police", "the Federal Office for the Protection of the Constitution"],
         outlets=["Der Spiegel", "Süddeutsche Zeitung", "dpa", "Vigil Wire"],
         first=["Jürgen", "Günther", "Jörg", "Katrin", "Björn", "Sören", "Ülkü", "Andreas"],
         last=["Müller", "Schröder", "Köhler", "Weiß", "Groß", "Böhm", "Krämer", "Özdemir"],
         currency="euros"),
    dict(country="Egypt", demonym="Egyptian",
         cities=["El-Arish", "Sheikh Zuweid", "Rafah", "Bir al-Abd", "Cairo", "Alexandria", "Tanta"],
         groups=[["Wilayat Sinai", "Islamic State's Sinai affiliate", "Ansar Beit al-Maqdis"],
                 ["Hasm", "the Hasm movement"]],
         officials=["the army spokesman", "security sources", "the Interior Ministry",
                    "medical sources", "the Health Ministry"],
         outlets=["Al-Ahram", "Vigil Wire", "Mada Masr"],
         first=["Yasmine", "Omar", "Mahmoud", "Hoda", "Tarek", "Amr", "Mona"],
         last=["Fouad", "Hassan", "Abdel Rahman", "Mansour", "el-Sayed", "Farouk", "Shawky"],
         currency="pounds"),
    dict(country="Mozambique", demonym="Mozambican",
         cities=["Palma", "Mocímboa da Praia", "Macomia", "Pemba", "Muidumbe", "Quissanga", "Montepuez"],
         groups=[["Ahlu Sunna wal Jama'a", "al-Shabaab", "Islamic State Central Africa Province",
                  "ISCAP"]],
         officials=["the defence ministry", "the police commander in Cabo Delgado",
                    "local officials", "aid workers", "the district administrator"],
         outlets=["Zitamar News", "Lusa", "Vigil Wire", "Carta de Moçambique"],
         first=["João", "Inês", "Armando", "Conceição", "Tomás", "Lúcia", "Sérgio"],
         last=["Macuácua", "Nhantumbo", "Simão", "Conceição", "Muianga", "Tembe"],
         currency="meticais"),
    dict(country="Colombia", demonym="Colombian",
         cities=["Bogotá", "Barranquilla", "Cúcuta", "Arauca", "Saravena", "Tumaco", "Medellín",
                 "Cali", "Popayán"],
         groups=[["the National Liberation Army (ELN)", "the ELN", "ELN rebels"],
                 ["FARC dissidents", "the Segunda Marquetalia"],
                 ["the Clan del Golfo", "the Gulf Clan"]],
         officials=["the national police", "the army", "the Ombudsman's office",
                    "the defence ministry", "the Attorney General's office"],
         outlets=["El Tiempo", "Semana", "Caracol Radio", "Vigil Wire"],
         first=["Luis", "Lucía", "Andrés", "María José", "Jorge", "Sofía", "Camilo", "Iván"],
         last=["Martínez", "Pardo", "Gómez", "Rodríguez", "Peña", "Muñoz", "Castaño"],
         currency="pesos"),
    dict(country="Brazil", demonym="Brazilian",
         cities=["São Paulo", "Rio de Janeiro", "Foz do Iguaçu", "Brasília", "Curitiba"],
         groups=[["the Primeiro Comando da Capital (PCC)", "the PCC"],
                 ["the Comando Vermelho", "Red Command gang members"]],
         officials=["the Federal Police", "São Paulo state police", "the public security secretariat",
                    "prosecutors"],
         outlets=["Folha de S.Paulo", "O Globo", "Vigil Wire"],
         first=["João", "Luíza", "Márcio", "Conceição", "Fábio", "Thaís", "Sérgio"],
         last=["Gonçalves", "Simões", "Araújo", "Magalhães", "Brandão", "Falcão"],
         currency="reais"),
]

# Where fighters, money and weapons cross from (border and transit sentences).
NEIGHBOURS = {
    "Turkey": ["Syria", "Iraq"], "Iraq": ["Syria"], "Somalia": ["Kenya", "Ethiopia"],
    "Kenya": ["Somalia"], "Nigeria": ["Niger", "Cameroon", "Chad"], "Mali": ["Burkina Faso", "Niger"],
    "Burkina Faso": ["Mali", "Niger"], "Afghanistan": ["Pakistan"], "Pakistan": ["Afghanistan"],
    "Philippines": ["Malaysia", "Indonesia"], "France": ["Belgium", "Syria"],
    "Belgium": ["France", "the Netherlands", "Syria"], "Germany": ["the Netherlands", "Austria", "Syria"],
    "Egypt": ["Libya", "Gaza"], "Mozambique": ["Tanzania"], "Colombia": ["Venezuela", "Ecuador"],
    "Brazil": ["Paraguay", "Bolivia"],
}

# MUC-era regions (1988-1992) for the ALL-CAPS and all-lowercase wires.
MUC_REGIONS = [
    dict(country="El Salvador", capital="San Salvador",
         cities=["San Salvador", "Soyapango", "Mejicanos", "San Miguel", "Usulután", "Santa Ana",
                 "Zacatecoluca", "Chalatenango"],
         groups=[["the Farabundo Marti National Liberation Front (FMLN)", "the FMLN", "FMLN urban commandos"],
                 ["a death squad", "the Maximiliano Hernandez Brigade"]],
         officials=["the Armed Forces Press Committee (COPREFA)", "the National Police",
                    "military sources", "the Treasury Police", "the archbishop's legal office"],
         first=["Jose Antonio", "Roberto", "Carlos", "Maria Elena", "Francisco", "Ana Cecilia"],
         last=["Mejia", "Alvarenga", "Rivas", "Lopez", "Hernandez", "Guardado"],
         currency="colones"),
    dict(country="Guatemala", capital="Guatemala City",
         cities=["Guatemala City", "Quetzaltenango", "Escuintla", "Huehuetenango", "Coban", "Solola"],
         groups=[["the Guatemalan National Revolutionary Unity (URNG)", "the URNG", "URNG guerrillas"],
                 ["the Guerrilla Army of the Poor (EGP)", "the EGP"]],
         officials=["the army press office", "the National Police", "the Interior Ministry",
                    "firemen", "military spokesmen"],
         first=["Julio", "Marco Tulio", "Rosa", "Hector", "Otto", "Carmen"],
         last=["Morales", "Cifuentes", "Perez", "Barrios", "Giron", "Castillo"],
         currency="quetzales"),
    dict(country="Colombia", capital="Bogota",
         cities=["Bogota", "Medellin", "Cali", "Barrancabermeja", "Arauca", "Saravena", "Cucuta"],
         groups=[["the National Liberation Army (ELN)", "the ELN", "the Camilo Torres Front of the ELN"],
                 ["the Revolutionary Armed Forces of Colombia (FARC)", "the FARC"],
                 ["the Medellin cartel", "the extraditables", "drug traffickers"],
                 ["the April 19 Movement (M-19)", "the M-19"]],
         officials=["the Administrative Department of Security (DAS)", "the national police",
                    "military sources", "the army's 2d Brigade", "the government"],
         first=["Luis Eduardo", "Jaime", "Gloria", "Alvaro", "Diego", "Patricia"],
         last=["Pardo", "Gaviria", "Ospina", "Restrepo", "Arango", "Zuluaga"],
         currency="pesos"),
    dict(country="Peru", capital="Lima",
         cities=["Lima", "Ayacucho", "Huancayo", "Callao", "Huanuco", "Puno", "Tingo Maria"],
         groups=[["the Shining Path", "Sendero Luminoso", "Shining Path guerrillas"],
                 ["the Tupac Amaru Revolutionary Movement (MRTA)", "the MRTA"]],
         officials=["the National Counterterrorism Directorate (DINCOTE)", "the police",
                    "the army political-military command", "the Interior Ministry"],
         first=["Carlos Enrique", "Juan Carlos", "Rosa Maria", "Victor", "Jorge", "Elena"],
         last=["Valdivia", "Quispe", "Huaman", "Mamani", "Cordova", "Salazar"],
         currency="intis"),
    dict(country="Bolivia", capital="La Paz",
         cities=["La Paz", "El Alto", "Cochabamba", "Oruro", "Santa Cruz", "Sucre"],
         groups=[["the Zarate Willka Armed Forces of Liberation (FAL-ZW)", "the FAL-ZW"],
                 ["the Nestor Paz Zamora Commission (CNPZ)", "the CNPZ"]],
         officials=["the police", "the Interior Ministry", "the U.S. embassy", "police sources"],
         first=["Oscar", "Guillermo", "Teresa", "Rene", "Hugo", "Silvia"],
         last=["Vargas", "Mamani", "Rojas", "Quiroga", "Paz", "Choque"],
         currency="bolivianos"),
    dict(country="Honduras", capital="Tegucigalpa",
         cities=["Tegucigalpa", "San Pedro Sula", "La Ceiba", "Comayagua", "Choluteca"],
         groups=[["the Cinchonero Popular Liberation Movement", "the Cinchoneros"],
                 ["the Morazanist Patriotic Front (FPM)", "the FPM"]],
         officials=["the Public Security Force (FUSEP)", "the armed forces", "police spokesmen"],
         first=["Rigoberto", "Nelson", "Marta", "Efrain", "Dolores"],
         last=["Zelaya", "Funes", "Aguilar", "Banegas", "Reyes"],
         currency="lempiras"),
]

MUC_AGENCIES = ["VIGIL WIRE", "CENTRAL AMERICA WIRE SERVICE", "ANDEAN NEWS SERVICE",
                "RADIO CONTINENTAL", "DOMESTIC SERVICE"]

TARGETS = ["a police checkpoint", "a crowded market", "a mosque", "a church", "a hotel",
           "a bus station", "a military base", "a wedding party", "a football stadium",
           "a government building", "a shopping mall", "a busy café", "a school",
           "a border post", "the offices of the provincial governor", "a restaurant popular with foreigners",
           "a police station", "an army convoy", "a passenger bus", "a nightclub", "a hospital gate",
           "a checkpoint on the main road", "a livestock market", "a courthouse"]

SOFT_TARGET_KINDS = ["hotels", "shopping malls", "places of worship", "night clubs", "restaurants",
                     "bus terminals", "railway stations", "airports", "concert halls", "markets",
                     "beach resorts", "tourist sites", "churches", "mosques", "sports events",
                     "government buildings", "embassies", "schools"]

MUC_TARGETS = ["an electric power substation", "the oil pipeline", "two electricity pylons",
               "a police post", "the home of a judge", "a bank branch", "the offices of a newspaper",
               "a military patrol", "a bridge on the Pan-American highway", "the mayor's office",
               "a telephone exchange", "a bus carrying peasants", "the residence of a businessman",
               "a u.s. company's offices"]

WEAPONS = ["car bomb", "roadside bomb", "improvised explosive device", "motorcycle bomb",
           "suicide vest", "hand grenade", "rocket-propelled grenade", "truck bomb", "mortar round"]
GUNS = ["automatic rifles", "Kalashnikov rifles", "machine guns", "pistols", "AK-47 assault rifles"]
MUC_WEAPONS = ["dynamite", "rifle fire", "a car bomb", "explosive charges", "machine-gun fire",
               "a grenade", "mortar fire", "M-16 rifles"]

HOLDERS = ["US authorities", "USG sources", "the CIA", "European security services",
           "US intelligence officials", "a senior counter-terrorism official", "Western diplomats",
           "two defense sources", "the police", "intelligence officials", "military commanders",
           "investigators", "security analysts", "local officials", "the Interior Ministry"]

BELIEF_CUES = ["believe", "are concerned", "fear", "suspect", "estimate", "think", "assess",
               "are afraid", "are worried", "have warned", "say privately"]

MODALS = ["may", "could", "might", "are likely to", "will probably", "are expected to",
          "are preparing to", "are planning to", "intend to"]

WINDOWS = ["in the coming days", "in the coming weeks", "in coming days or weeks",
           "within the next month", "before the end of the year", "during the holiday season",
           "over the next six months", "soon", "in the next few weeks", "this summer",
           "before the elections", "during Ramadan", "in the near future"]

ICD = ["almost no chance", "very unlikely", "unlikely", "a roughly even chance", "likely",
       "very likely", "almost certain"]
ICD_ADV = ["almost certainly", "very probably", "probably", "probably not", "very probably not"]

SOURCES_BLOG = ["a source close to European security services",
                "a source who has extensive experience in the American intelligence community",
                "a retired intelligence officer who still talks to former colleagues",
                "a senior official who asked not to be named",
                "a diplomat who follows the region closely",
                "a former counter-terrorism prosecutor",
                "two sources in the security services"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_ABBR = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct",
              "Nov", "Dec"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n):
    """English words for 0 <= n < 1,000,000: 45 -> 'forty-five'."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + (" and " + words(rest) if rest else "")
    rest = n % 1000
    return words(n // 1000) + " thousand" + ((" " if rest >= 100 else " and ") + words(rest) if rest else "")


def digits(n):
    return f"{n:,}"


SINGULAR_CUE = {"believe": "believes", "are concerned": "is concerned", "fear": "fears",
                "suspect": "suspects", "estimate": "estimates", "think": "thinks",
                "assess": "assesses", "are afraid": "is afraid", "are worried": "is worried",
                "have warned": "has warned", "say privately": "says privately"}
SINGULAR_MODAL = {"are likely to": "is likely to", "are expected to": "is expected to",
                  "are preparing to": "is preparing to", "are planning to": "is planning to",
                  "intend to": "intends to"}


def decap(s):
    """Lower-cases the first character unless it starts an acronym: 'The CIA' ->
    'the CIA', 'USG sources' stays."""
    return s if s[1:2].isupper() else s[:1].lower() + s[1:]


def cap(s):
    """Upper-cases the first character only: 'the Nigerian army' -> 'The Nigerian army'."""
    return s[:1].upper() + s[1:]


def an(np):
    """'a' or 'an' before np: 'an improvised explosive device', 'a car bomb'."""
    return ("an " if np[:1].lower() in "aeiou" else "a ") + np


def plural(np):
    """Rough number of a noun phrase, enough for verb agreement: 'US authorities',
    'Kenyan police', 'FARC dissidents' are plural; 'the CIA', 'a police captain',
    'the Abu Sayyaf Group' are singular."""
    low = np.lower()
    if low.startswith(("a ", "an ", "one ")):
        return False
    word = np.replace("(", " ").replace(")", " ").split()[-1]
    if word.isupper():                    # ISIS, ISGS, the ELN, AMISOM
        return False
    last = word.lower()
    return last in ("police", "people", "taliban") or (last.endswith("s") and not last.endswith("ss"))


class Gen:
    """One generator; every choice goes through self.r (seeded), so a seed fixes
    the whole corpus. Sentences are de-duplicated within a document."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seen = set()

    # -- small helpers ------------------------------------------------------
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def num(self, n, in_words=None):
        """A count in digits or in words (small numbers more often in words)."""
        if in_words is None:
            in_words = (n < 10 and self.chance(0.6)) or (n < 100 and self.chance(0.3))
        return words(n) if in_words and n < 1000 else digits(n)

    def approx(self, n):
        """'at least 12', 'more than 30', 'about 40', '30-plus', 'six or seven',
        'between 8 and 10' or a bare count; one form (words or digits) per phrase."""
        w = (n < 10 and self.chance(0.6)) or (n < 100 and self.chance(0.3))
        k = self.r.randrange(8)
        if k == 0:
            return "at least " + self.num(n, w)
        if k == 1:
            return "more than " + self.num(n, w)
        if k == 2:
            return self.pick(["about ", "around ", "nearly ", "some "]) + self.num(n, w)
        if k == 3 and n >= 20:
            return f"{n // 10 * 10}-plus" if self.chance(0.5) else f"{n // 10 * 10} plus"
        if k == 4 and n >= 3:
            lo = max(1, n - self.r.randrange(1, 3))
            if self.chance(0.5):
                return f"between {self.num(lo, w)} and {self.num(n, w)}"
            return f"{self.num(lo, w)} to {self.num(n, w)}"
        if k == 5 and n < 12:
            return f"{self.num(n, w)} or {self.num(n + 1, w)}"
        return self.num(n, w)

    def people(self, n, noun="people", one="person"):
        return f"{self.approx(n)} {noun}" if n != 1 else f"one {one}"

    def person(self, reg):
        return f"{self.pick(reg['first'])} {self.pick(reg['last'])}"

    def cname(self, reg):
        return reg.get("the_name", reg["country"])

    def alias(self, g):
        return self.pick(g[1:]) if len(g) > 1 and self.chance(0.6) else g[0]

    def neighbour(self, reg):
        return self.pick(NEIGHBOURS.get(reg["country"], ["abroad"]))

    def date_in(self, lo_year, hi_year):
        start = datetime.date(lo_year, 1, 1).toordinal()
        end = datetime.date(hi_year, 12, 31).toordinal()
        return datetime.date.fromordinal(self.r.randrange(start, end + 1))

    def days_before(self, pub, lo, hi):
        return pub - datetime.timedelta(days=self.r.randrange(lo, hi + 1))

    def mday(self, d):
        return f"{MONTHS[d.month - 1]} {d.day}" if self.chance(0.5) else f"{d.day} {MONTHS[d.month - 1]}"

    def dmy(self, d):
        return self.pick([f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                          f"{MONTHS[d.month - 1]} {d.day}, {d.year}"])

    def rel(self, pub, d):
        """How a story published on pub refers to day d (d <= pub): 'yesterday',
        'on Sunday', 'last week', 'on June 29', 'in March 2015'."""
        gap = (pub - d).days
        wd = WEEKDAYS[d.weekday()]
        if gap == 0:
            return self.pick(["on " + wd, "today", "earlier today", "this morning", "early on " + wd])
        if gap == 1:
            return self.pick(["yesterday", "late yesterday", "on " + wd, "late on " + wd,
                              "on " + wd + " night"])
        if gap < 7:
            return self.pick(["on " + wd, "early on " + wd, "late on " + wd, f"{words(gap)} days ago",
                              "on " + wd + " night", "on " + wd + " evening"])
        if gap < 14:
            return self.pick(["last week", "on " + self.mday(d),
                              "earlier this month" if d.month == pub.month else "last month"])
        if d.year == pub.year:
            return self.pick(["on " + self.mday(d), "in " + MONTHS[d.month - 1], "earlier this year",
                              "on " + self.dmy(d)])
        if d.year == pub.year - 1:
            return self.pick(["last year", "in " + MONTHS[d.month - 1] + " last year",
                              "on " + self.dmy(d)])
        return self.pick(["in " + MONTHS[d.month - 1] + " " + str(d.year), "in " + str(d.year),
                          "on " + self.dmy(d)])

    def date_line(self, d):
        k = self.r.randrange(4)
        if k == 0:
            return f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day:02d}, {d.year}"
        if k == 1:
            return f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
        if k == 2:
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"

    def kinds(self, k=None):
        k = k or self.r.randrange(2, 4)
        ks = self.r.sample(SOFT_TARGET_KINDS, k)
        return ", ".join(ks[:-1]) + (" or " if self.chance(0.5) else " and ") + ks[-1]

    def cities(self, reg, k=None):
        k = min(k or self.r.randrange(2, 4), len(reg["cities"]))
        cs = self.r.sample(reg["cities"], k)
        return ", ".join(cs[:-1]) + " and " + cs[-1] if k > 1 else cs[0]

    def holder(self, reg):
        return self.pick(HOLDERS + reg["officials"])

    def cue(self, holder):
        c = self.pick(BELIEF_CUES)
        return c if plural(holder) else SINGULAR_CUE[c]

    def modal(self, subject):
        m = self.pick(MODALS)
        return m if plural(subject) else SINGULAR_MODAL.get(m, m)

    def its(self, subject):
        return "their" if plural(subject) else "its"

    # -- assembling a document ---------------------------------------------
    def fill(self, paras, target, gens, per_para=(1, 3), prefix="", uses=3):
        """Appends paragraphs of per_para sentences drawn from gens, a list of
        (weight, function, once), until the text reaches target bytes or the
        templates run out. A sentence already in the document is drawn again; a
        'once' function is used at most once per document, any other at most
        `uses` times, so no template dominates a document."""
        weights = [g[0] for g in gens]
        count = [0] * len(gens)
        size = sum(len(p.encode("utf-8")) + 2 for p in paras)
        stall = 0
        while size < target and stall < 30:
            sents = []
            for _ in range(self.r.randint(*per_para)):
                for _try in range(8):
                    i = self.r.choices(range(len(gens)), weights)[0]
                    if count[i] >= (1 if gens[i][2] else uses):
                        continue
                    s = gens[i][1]()
                    if not s or s in self.seen:
                        continue
                    self.seen.add(s)
                    count[i] += 1
                    sents.append(s)
                    break
            if not sents:
                stall += 1
                continue
            p = prefix + " ".join(sents)
            paras.append(p)
            size += len(p.encode("utf-8")) + 2
        return paras

    # -- events ---------------------------------------------------------------
    def event(self, reg, pub, max_back=6):
        d = self.days_before(pub, 0, max_back)
        kind = self.pick(["bombing", "suicide", "gunmen", "ambush", "kidnap", "rocket", "bombing",
                          "gunmen"])
        g = self.pick(reg["groups"])
        killed = self.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 19, 21, 23, 27, 30, 35,
                            41, 45, 52, 63])
        injured = killed + self.r.randrange(1, 60)
        return dict(kind=kind, date=d, city=self.pick(reg["cities"]), g=g,
                    killed=killed, injured=injured, civilians=self.r.randrange(1, max(2, killed)), target=self.pick(TARGETS),
                    weapon=self.pick(WEAPONS), guns=self.pick(GUNS),
                    taken=self.r.randrange(2, 30), by=self.pick(reg["officials"]))

    def lead(self, reg, ev, pub, separate=False):
        when = self.rel(pub, ev["date"])
        k, by = ev["kind"], ev["by"]
        kd = self.people(ev["killed"])
        hurt = self.num(ev["injured"])
        toll = f"killing {kd} and wounding {hurt}" if ev["killed"] else f"wounding {self.people(ev['injured'])}"
        if k == "bombing":
            s = f"{an(ev['weapon'])} exploded near {ev['target']} in {ev['city']} {when}, {toll}, {by} said."
        elif k == "suicide":
            s = f"a suicide bomber blew himself up at {ev['target']} in {ev['city']} {when}, {toll}, according to {by}."
        elif k == "gunmen":
            s = f"gunmen armed with {ev['guns']} opened fire on {ev['target']} in {ev['city']} {when}, {toll} before fleeing, {by} said."
        elif k == "ambush":
            s = (f"fighters of {self.alias(ev['g'])} ambushed a military convoy near {ev['city']} "
                 f"{when}, " + (f"killing {self.people(ev['killed'], 'soldiers', 'soldier')}" if ev["killed"] else "wounding several soldiers")
                 + f", {by} said.")
        elif k == "kidnap":
            s = (f"armed men kidnapped {self.people(ev['taken'])}, among them "
                 f"{self.num(self.r.randrange(1, 5))} foreign nationals, from {ev['target']} near "
                 f"{ev['city']} {when}, {by} said.")
        else:
            s = (f"{self.pick(['two', 'three', 'several', 'at least four'])} rockets hit "
                 f"{ev['target']} in {ev['city']} {when}, {toll}, {by} said.")
        return ("In a separate incident, " + s) if separate else cap(s)

    def headline(self, ev):
        k, n, c = ev["kind"], ev["killed"], ev["city"]
        place = ev["target"].split()[-1]
        if n == 0 and k != "kidnap":
            return self.pick([f"Attack in {c} wounds {ev['injured']}, no deaths reported",
                              f"{ev['injured']} hurt in {c} {place} attack"])
        opts = {
            "bombing": [f"Bomb kills {n} in {c}", f"{cap(ev['weapon'])} kills at least {n} near {c} {place}",
                        f"Blast in {c} kills {n}, wounds {ev['injured']}"],
            "suicide": [f"Suicide bomber kills {n} in {c}", f"{n} dead as suicide attack hits {c} {place}"],
            "gunmen": [f"Gunmen kill {n} in attack on {place} in {c}", f"Shooting in {c} leaves {n} dead"],
            "ambush": [f"{n} soldiers killed in ambush near {c}", f"Militants ambush army convoy near {c}"],
            "kidnap": [f"Gunmen abduct {ev['taken']} near {c}", f"{ev['taken']} kidnapped in raid near {c}"],
            "rocket": [f"Rockets hit {c}, killing {n}", f"Rocket attack on {c} {place} kills {n}"],
        }
        return self.pick(opts[k])

    # -- sentences shared by the news styles -------------------------------
    def claim_sentence(self, reg, ev, pub):
        g = self.alias(ev["g"])
        k = self.r.randrange(6)
        if k == 0:
            return (f"{cap(g)} claimed responsibility in a statement "
                    f"{self.pick(['posted online', 'on its news agency', 'sent to journalists', 'read on a local radio station'])}.")
        if k == 1:
            return f"No group has claimed responsibility, but {self.pick(reg['officials'])} blamed {g}."
        if k == 2:
            return (f"{cap(g)} denied any role in the attack. \"We did not carry out this operation,\" "
                    f"a spokesman for the group said {self.rel(pub, pub)}.")
        if k == 3:
            return f"Officials said they suspected {g}, which has carried out similar attacks in {self.cname(reg)} before."
        if k == 4:
            o = self.pick(reg["officials"])
            return (f"There was no immediate claim of responsibility. {cap(o)} "
                    f"{'say' if plural(o) else 'said'} it was too early to say who was behind it.")
        return (f"A statement attributed to {g} said the attack was revenge for "
                f"{self.pick(['air strikes', 'the arrest of its members', 'a recent military offensive', 'the killing of a commander'])}.")

    def quote(self, reg, ev):
        role = self.pick(["a police spokesman", "the provincial governor", "a shopkeeper",
                          "a witness", "a hospital director", "an interior ministry spokesman",
                          "a local official", "a security analyst", "the mayor", "a resident"])
        q = self.pick([
            "We heard a huge explosion and then there was smoke everywhere",
            "The death toll could rise because many of the wounded are in critical condition",
            f"We will not allow {self.alias(ev['g'])} to spread fear in {ev['city']}",
            "Our security forces prevented a bigger massacre",
            "They are dangerous and may still be armed",
            "We cannot rule out that other members of this network are still at large",
            "People are afraid to go to the market now",
            "This was a cowardly attack on innocent people",
            "I saw bodies on the ground and people running in every direction",
            "The attackers knew exactly when the guards would change shift",
            "We had warned about this place for months and nobody listened",
            f"Whether it is {ev['killed']} or {ev['killed'] + self.r.randrange(2, 6)}, every one of them was someone's son",
        ])
        if self.chance(0.5):
            return f"\"{q},\" said {self.person(reg)}, {role}."
        return f"\"{q},\" {role} told {self.pick(reg['outlets'])}."

    def detail_sentence(self, reg, ev):
        t = f"{self.r.randrange(4, 11)}:{self.pick(['00', '15', '30', '45'])} {self.pick(['a.m.', 'p.m.'])}"
        return self.pick([
            f"At about {t} the driver detonated explosives packed into a {self.pick(['minivan', 'pickup truck', 'motorcycle', 'water tanker', 'car'])} as officers moved to search it.",
            f"The attackers arrived {self.pick(['in four-wheel-drive vehicles', 'in a stolen ambulance', 'in two cars', 'on motorcycles'])} at around {t} and fired on the guards for nearly an hour before security forces pushed them back.",
            f"Witnesses said the blast shattered windows up to {self.r.randrange(2, 9) * 100} metres away and set {self.num(self.r.randrange(3, 15))} cars on fire.",
            f"Investigators found {self.r.randrange(2, 40)} kg of explosives and {self.num(self.r.randrange(2, 6))} {self.pick(GUNS)} at the scene.",
            f"Security forces sealed off the area and {self.pick(['ambulances ferried the wounded', 'helicopters flew over the city', 'roads into the centre were closed'])} for several hours.",
        ])

    def casualty_sentence(self, reg, ev):
        if ev["killed"] < 3:
            return None
        civ = ev["civilians"]
        kids = self.r.randrange(1, 4)
        return self.pick([
            f"{cap(self.pick(reg['officials']))} said {self.num(civ)} of the dead were civilians, including {self.num(kids)} {'child' if kids == 1 else 'children'}.",
            f"Among the dead were {self.num(ev['killed'] - civ)} members of the security forces and a {reg['demonym']} journalist.",
            f"{self.person(reg)}, a spokesman for {self.pick(reg['officials'])}, said {self.num(self.r.randrange(1, 9))} of the wounded were in critical condition and that the toll could rise.",
        ])

    def conflict_sentence(self, reg, ev):
        if ev["killed"] < 5:
            return None
        a, b = self.r.sample(reg["outlets"], 2)
        n2 = ev["killed"] + self.r.randrange(2, 7)
        return (f"Accounts of the toll differed: {a} reported {self.num(ev['killed'])} dead, while "
                f"{b}, citing hospital sources, put the number at {self.num(n2)}.")

    def threat_sentence(self, reg, g=None):
        g = g or self.pick(reg["groups"])
        who = self.alias(g)
        holder = self.holder(reg)
        body = f"{who} {self.modal(who)} attack {self.kinds()} in {self.cities(reg)} {self.pick(WINDOWS)}"
        k = self.r.randrange(5)
        if k == 0:
            return f"{cap(holder)} {self.cue(holder)} that {body}."
        if k == 1:
            return f"According to {holder}, {body}."
        if k == 2:
            return f"It is believed that {body}, {holder} told {self.pick(reg['outlets'])}."
        if k == 3:
            return (f"{cap(holder)} {self.cue(holder)} that {body}, though "
                    f"{self.pick(['the evidence is thin', 'no specific plot has been identified', 'the timing is unclear', 'others disagree'])}.")
        return (f"{self.pick(['Two', 'Three', 'Several'])} {reg['demonym']} officials, speaking on condition of "
                f"anonymity, said {body}.")

    def background(self, reg, pub, city=None):
        d = self.days_before(pub, 20, 1500)
        c = city or self.pick(reg["cities"])
        n = self.pick([9, 12, 16, 22, 31, 39, 45, 57, 80, 104, 148])
        g = self.alias(self.pick(reg["groups"]))
        return self.pick([
            f"{cap(self.rel(pub, d))}, {self.approx(n)} people were killed in {c} in an attack claimed by {g}.",
            f"It was the deadliest attack in {c} since {MONTHS[d.month - 1]} {d.year}, when {self.num(n)} people died in {an(self.pick(WEAPONS))} attack.",
            f"{cap(g)} {'have' if plural(g) else 'has'} carried out dozens of attacks in {self.cname(reg)} since {d.year}, including one in {c} that killed {self.num(n)} people.",
            f"Security has been tightened at {self.kinds(2)} across {self.cname(reg)} since a bombing in {c} {self.rel(pub, d)}.",
        ])

    def arrests_sentence(self, reg, pub):
        n = self.r.randrange(3, 40)
        d = self.days_before(pub, 0, 10)
        g = self.alias(self.pick(reg["groups"]))
        foreign = self.r.randrange(2, 6)
        return self.pick([
            f"{cap(self.pick(reg['officials']))} detained {self.num(n)} people suspected of links to {g} in raids in {self.cities(reg)} {self.rel(pub, d)}.",
            f"Police have arrested {self.approx(n)} suspects since the attack, {self.num(foreign)} of them foreign nationals.",
            f"During searches officers seized {self.r.randrange(2, 60)} kg of explosives, {self.num(self.r.randrange(2, 9))} {self.pick(GUNS)} and {digits(self.r.randrange(5, 90) * 1000)} {reg['currency']} in cash.",
        ])

    def reaction_sentence(self, reg, ev):
        return self.pick([
            f"{reg['demonym']} leaders condemned the attack, and the {self.pick(['president', 'prime minister', 'interior minister'])} ordered an investigation.",
            f"Several Western embassies urged their citizens to avoid {self.kinds(2)} in {ev['city']} in the coming days.",
            f"Schools and markets in {ev['city']} stayed closed {self.pick(['the next day', 'for two days', 'on the following morning'])}.",
            f"Flights at {self.pick(reg['cities'])} airport were suspended for {self.num(self.r.randrange(2, 9))} hours after the attack.",
            f"The United Nations envoy for {self.cname(reg)} called the attack \"an outrage\" and urged calm.",
        ])

    # -- styles -------------------------------------------------------------
    def wire(self, target):
        reg = self.pick(REGIONS)
        pub = self.date_in(2001, 2024)
        ev = self.event(reg, pub)
        title = self.headline(ev)
        city = self.pick([ev["city"], reg["cities"][0]])
        paras = [title]
        if self.chance(0.5):
            paras.append(f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} / {self.r.randrange(1, 13)}:{self.r.randrange(60):02d} {self.pick(['AM', 'PM'])}")
        if self.chance(0.5):
            paras.append(f"By {self.person(reg)}" + (f" and {self.person(reg)}" if self.chance(0.3) else ""))
        dl = city.upper() if self.chance(0.3) else city
        if self.chance(0.3):
            dl += ", " + reg["country"]
        paras.append(f"{dl}, {MONTH_ABBR[pub.month - 1]} {pub.day} (Vigil Wire) - " + self.lead(reg, ev, pub))
        gens = [(3, lambda: self.casualty_sentence(reg, ev), False),
                (3, lambda: self.detail_sentence(reg, ev), False),
                (3, lambda: self.claim_sentence(reg, ev, pub), True),
                (4, lambda: self.quote(reg, ev), False),
                (2, lambda: self.conflict_sentence(reg, ev), True),
                (3, lambda: self.threat_sentence(reg, ev["g"]), False),
                (3, lambda: self.background(reg, pub, self.pick([ev["city"], None])), False),
                (2, lambda: self.arrests_sentence(reg, pub), False),
                (2, lambda: self.reaction_sentence(reg, ev), False),
                (2, lambda: self.lead(reg, self.event(reg, pub, 10), pub, separate=True), False)]
        if ev["kind"] == "kidnap":
            amt = self.r.randrange(2, 90) * self.pick([1000, 10000, 100000, 1000000])
            gens.append((3, lambda: f"Relatives said the kidnappers had demanded a ransom of {digits(amt)} {reg['currency']} in a telephone call.", True))
        self.fill(paras, target - 80, gens, (1, 3))
        paras.append(f"(Reporting by {self.person(reg)}; Editing by {self.person(self.pick(REGIONS))})")
        return title, pub.isoformat(), paras, "\n\n"

    def blog(self, target):
        reg = self.pick(REGIONS)
        pub = self.date_in(2012, 2024)
        g = self.pick(reg["groups"])
        who = self.alias(g)
        src = self.pick(SOURCES_BLOG)
        title = self.pick([f"Sources: {who} preparing new attacks in {self.cname(reg)}",
                           f"{reg['demonym']} officials fear next wave of attacks may be deadlier",
                           f"What US intelligence believes about the {self.pick(reg['cities'])} attack",
                           f"Security services concerned about {who} cells in {self.pick(reg['cities'])}"])
        intro = (f"{cap(self.rel(pub, self.days_before(pub, 1, 2)))} I spoke with {src}. "
                 f"Here is what the source told me about the threat {self.cname(reg)} may be facing "
                 f"in the near future. I could not verify every point independently.")
        paras = [self.date_line(pub), title, intro]

        def threat():
            return self.threat_sentence(reg, g)

        def same_source():
            s = self.threat_sentence(reg, g)
            return self.pick(["According to same source, ", "Acc to same sources, ",
                              "The source added that "]) + decap(s)

        def cells():
            n_groups, a = self.r.randrange(2, 7), self.r.randrange(3, 8)
            h = self.pick(HOLDERS)
            return self.pick([
                f"{cap(h)} {self.cue(h)} that {who} sent {self.num(n_groups)} different groups into {self.cname(reg)} from {self.neighbour(reg)}. Each has {a}, {a + 1} people.",
                f"{cap(who)} {'are' if plural(who) else 'is'} believed to have {self.num(n_groups)} cells of {self.num(a)} to {self.num(a + 2)} people in {self.cities(reg, 2)}, according to {h}.",
                f"Acc to same sources, {self.num(a)} of {self.num(a + self.r.randrange(2, 5))} people in the cell are still at large, and they may want to act soon, before they are caught.",
                f"{cap(h)} {self.cue(h)} none of the other {self.pick([30, 40, 50])} plus militants have been caught yet.",
            ])

        def ordered():
            h = self.pick(HOLDERS)
            c = self.pick(reg["cities"])
            return (f"{cap(h)} {self.cue(h)} that the attack in {c} was ordered from "
                    f"{self.pick(['Raqqa', 'abroad', 'the group leadership', 'a base across the border'])}. "
                    f"{self.pick(['It was not decided by local cells.', 'Local networks only carried it out.', 'The local cell did not choose the target.'])}")

        def border():
            m = self.r.randrange(100, 400)
            return (f"Acc to estimates there were only {m} militants in last month able to cross "
                    f"from {self.neighbour(reg)}, comparing to {round(m * 10, -3)}s in recent past.")

        def scenario():
            return (f"One scenario is that {who} may try to coordinate {self.its(who)} next attacks in "
                    f"{self.cities(reg, 2)} simultaneously, to make an even bigger impact.")

        def entered():
            h = self.pick(["The CIA", "Western intelligence", "The source", "Investigators"])
            return (f"{h} {'believe' if plural(h) else 'believes'} that the militants went into "
                    f"{self.cname(reg)} from {self.neighbour(reg)} within last weeks, about a month or more.")

        def leadership():
            return (f"{cap(self.pick(HOLDERS))} believe that the {reg['demonym']} political leadership "
                    f"still has not caught up with the {who} threat and thinks it will pass.")

        def told():
            return (f"{self.pick(['Two', 'Three'])} {self.pick(['U.S. defense', 'European', reg['demonym'] + ' security'])} "
                    f"sources told {self.pick(reg['outlets'])} on {self.mday(self.days_before(pub, 0, 3))} that "
                    f"{self.pick(['families of diplomats may be sent home', 'the embassy may close for several days', 'security at airports will be raised again'])}.")
        gens = [(4, threat, False), (3, same_source, False), (3, cells, False), (2, ordered, True),
                (1, border, True), (2, scenario, True), (1, entered, True), (1, leadership, True),
                (1, told, True)]
        self.fill(paras, target - 100, gens, (1, 1), prefix="  • ")
        paras.append(self.pick(["I will update this post if I learn more.", "No comments:",
                                "Full stories published in the partner newspapers.",
                                "Make of it what you will. Comments are moderated."]))
        return title, pub.isoformat(), paras, self.pick(["\n\n", "\n"])

    def advisory(self, target):
        reg = self.pick(REGIONS)
        pub = self.date_in(2008, 2024)
        g = self.pick(reg["groups"])
        who = self.alias(g)
        lvl = self.r.randrange(2, 5)
        label = ["", "", "Exercise increased caution", "Reconsider travel", "Do not travel"][lvl]
        prep = "in" if lvl == 2 else "to"
        title = f"Travel advisory: {reg['country']}"
        paras = [f"TRAVEL ADVISORY: {reg['country'].upper()}", f"Level {lvl} - {label}",
                 f"Issued: {self.dmy(pub)}",
                 f"{label} {prep} {self.cname(reg)} due to terrorism{self.pick(['', ' and kidnapping', ' and civil unrest'])}. "
                 f"Do not travel to {self.cities(reg, 2)}."]
        once_terror = (True, False, False, True)
        sections = [
            ("Terrorism", [
                lambda: (f"Terrorists are {self.pick(['very likely', 'likely', 'expected'])} to try to carry out attacks in "
                         f"{self.cname(reg)}. We have information that {who} may attack {self.kinds()} in "
                         f"{self.cities(reg)} {self.pick(WINDOWS)}."),
                lambda: self.threat_sentence(reg, g),
                lambda: self.background(reg, pub),
                lambda: (f"Attacks could be indiscriminate and could target places visited by foreigners, "
                         f"including {self.kinds(3)}."),
            ]),
            ("Kidnap", [
                lambda: (f"There is a {self.pick(['high', 'heightened', 'significant'])} threat of kidnapping in "
                         f"{self.cities(reg, 2)}. Kidnappers have targeted foreign nationals, aid workers and local business people."),
                lambda: (f"{cap(who)} {'have' if plural(who) else 'has'} kidnapped foreigners for ransom in the past, "
                         f"most recently near {self.pick(reg['cities'])} {self.rel(pub, self.days_before(pub, 30, 700))}."),
            ]),
            ("What you should do", [
                lambda: "\n".join(f"- {x}" for x in self.r.sample([
                    f"Avoid {self.kinds(2)} in {self.pick(reg['cities'])}.",
                    f"Stay alert in crowded places, including in {self.pick(reg['cities'])}.",
                    "Monitor local media and follow the advice of the local authorities.",
                    f"Do not travel within {self.r.randrange(2, 10) * 10} km of the border with {self.neighbour(reg)}.",
                    "Keep your travel documents with you at all times.",
                    "Vary your routes and the times of your journeys."], self.r.randrange(2, 5))),
            ]),
            ("Local security", [
                lambda: (f"Demonstrations can take place at short notice in {self.pick(reg['cities'])} and may turn violent."),
                lambda: (f"Armed robbery and carjacking are common in parts of {self.pick(reg['cities'])}, especially after dark."),
                lambda: (f"A curfew may be imposed in {self.pick(reg['cities'])} with little warning."),
            ]),
        ]
        for name, fns in self.r.sample(sections, len(sections)):
            paras.append(name)
            lists = name == "What you should do"
            self.fill(paras, sum(len(p) + 2 for p in paras) + self.r.randrange(150, 500),
                      [(1, f, once_terror[j] if name == "Terrorism" else True) for j, f in enumerate(fns)],
                      (1, 1) if lists else (1, 2))
        if sum(len(p.encode("utf-8")) + 2 for p in paras) < target:
            paras.append(self.pick(["Latest update", "Regional risks", "Threat update"]))
            self.fill(paras, target, [(1, lambda: self.threat_sentence(reg), False),
                                      (1, lambda: self.background(reg, pub), False)], (1, 2))
        return title, pub.isoformat(), paras, "\n\n"

    def assessment(self, target):
        reg = self.pick(REGIONS)
        pub = self.date_in(2010, 2024)
        g = self.pick(reg["groups"])
        title = f"{reg['country']}: outlook for the next {self.pick(['three', 'six', 'twelve'])} months"
        fighters = self.r.randrange(3, 30) * 100
        paras = [title, f"Analytical brief, published {self.dmy(pub)}", "Bottom line",
                 f"We assess that {g[0]} will {self.pick(ICD_ADV[:3])} remain the main threat in "
                 f"{self.cname(reg)} {self.pick(WINDOWS)}, with {self.approx(fighters)} fighters.",
                 "Key judgements"]
        counter = [0]

        def judgement(s):
            counter[0] += 1
            return f"{counter[0]}. {s}"

        def icd():
            lvl, who = self.pick(ICD), self.alias(g)
            if lvl == "a roughly even chance":
                return f"There is a roughly even chance that {who} will attack {self.kinds()} in {self.cities(reg)} {self.pick(WINDOWS)}."
            if lvl == "almost no chance":
                return f"There is almost no chance that {who} will carry out an attack outside {self.cname(reg)} {self.pick(WINDOWS)}."
            return f"It is {lvl} that {who} will attack {self.kinds()} in {self.cities(reg)} {self.pick(WINDOWS)}."

        def expand():
            who = self.alias(g)
            return (f"We assess that {who} will {self.pick(ICD_ADV)} continue to expand {self.its(who)} "
                    f"operations around {self.pick(reg['cities'])}.")

        def large():
            return (f"A large-scale attack on {self.kinds(2)} in {reg['cities'][0]} is "
                    f"{self.pick(['unlikely', 'very unlikely', 'possible', 'likely'])} {self.pick(WINDOWS)}, "
                    f"but cannot be excluded.")

        def spread():
            return (f"There is {self.pick(['a realistic possibility', 'a roughly even chance', 'little chance'])} "
                    f"that the violence spreads to {self.pick(reg['cities'])} before the end of the year.")

        def foreign():
            return (f"Some of the group's fighters {self.pick(['probably came', 'almost certainly came', 'may have come'])} "
                    f"from {self.neighbour(reg)}; we judge that "
                    f"{self.approx(self.r.randrange(2, 30) * 10)} foreign fighters are active.")

        def response():
            return (f"Government forces will {self.pick(ICD_ADV)} be able to retake territory around "
                    f"{self.pick(reg['cities'])} without outside help.")
        gens = [(4, icd, False), (2, expand, False), (2, large, False), (1, spread, True),
                (1, foreign, True), (1, response, True)]
        self.fill(paras, target - 200, [(w, (lambda f=f: judgement(f())), o) for w, f, o in gens], (1, 1))
        paras += ["Confidence",
                  f"We have {self.pick(['low', 'moderate', 'high'])} confidence in these judgements. "
                  f"Reporting from {self.pick(reg['cities'])} is {self.pick(['sparse', 'contradictory', 'mostly from displaced people'])}, "
                  f"and much of it comes from the group's own propaganda."]
        return title, pub.isoformat(), paras, "\n\n"

    def police(self, target):
        reg = self.pick(REGIONS)
        pub = self.date_in(2010, 2024)
        g = self.pick(reg["groups"])
        n = self.r.randrange(2, 9)
        c1 = self.pick(reg["cities"])
        title = f"{cap(self.num(n))} arrested in {c1} in terrorism investigation"
        ages = sorted(self.r.randrange(17, 55) for _ in range(min(n, 4)))
        paras = [f"PRESS RELEASE - {self.pick(reg['officials']).upper()}", f"{c1}, {self.dmy(pub)}", title,
                 f"Officers arrested {self.num(n)} people {self.rel(pub, pub)} in {self.cities(reg, 2)} "
                 f"on suspicion of membership of {self.alias(g)}. The suspects are aged "
                 f"{', '.join(str(a) for a in ages[:-1])} and {ages[-1]}."]

        def suspect():
            return (f"A {self.r.randrange(17, 60)}-year-old {self.pick([reg['demonym'], 'Syrian', 'Moroccan', 'Tunisian', 'Chechen', 'dual'])} "
                    f"national from {self.pick(reg['cities'])} is accused of "
                    f"{self.pick(['recruiting young people for the group', 'sending money to fighters abroad', 'spreading propaganda online', 'buying weapons', 'scouting possible targets', 'leading the cell'])}.")

        def plot():
            return (f"Investigators believe the suspects were planning an attack on {self.pick(TARGETS)} in "
                    f"{self.pick(reg['cities'])}.")

        def began():
            return (f"The operation began {self.rel(pub, self.days_before(pub, 30, 500))} after investigators "
                    f"found that the network had sent at least {self.num(self.r.randrange(3, 15))} people to "
                    f"join {self.alias(g)} abroad.")

        def seized():
            return (f"During {self.num(self.r.randrange(3, 12))} searches, officers seized "
                    f"{self.pick(['mobile phones and laptops', 'data storage media', 'propaganda material', 'forged passports'])}, "
                    f"{self.num(self.r.randrange(2, 6))} {self.pick(['knives', 'pistols', 'hunting rifles', 'detonators'])} and "
                    f"{digits(self.r.randrange(2, 90) * 500)} {reg['currency']} in cash.")
        def contact():
            return (f"According to investigators, the suspects were in contact with a member of "
                    f"{self.alias(g)} in {self.neighbour(reg)} through "
                    f"{self.pick(['a messaging service', 'an encrypted chat application', 'a social media account', 'a relative'])}.")

        def history():
            return (f"One of the suspects had {self.pick(['already been convicted of', 'previously been investigated for', 'served a prison sentence for'])} "
                    f"{self.pick(['armed robbery', 'supporting a terrorist organisation', 'drug trafficking', 'document forgery'])} "
                    f"{self.rel(pub, self.days_before(pub, 200, 3000))}.")

        def entry():
            return (f"{self.pick(['Special forces', 'Tactical units', 'Armed officers'])} forced entry into "
                    f"{self.num(self.r.randrange(2, 7))} {self.pick(['apartments', 'houses', 'premises'])} in "
                    f"{self.pick(reg['cities'])} at about {self.r.randrange(3, 7)} a.m.; {self.pick(['no one was injured', 'one officer was slightly injured', 'two suspects resisted arrest'])}.")
        gens = [(3, suspect, False), (2, plot, False), (1, began, True), (2, seized, False),
                (1, contact, True), (1, history, True), (1, entry, True),
                (1, lambda: "There is currently no indication of a concrete danger to the public.", True),
                (1, lambda: f"Since {pub.year - self.r.randrange(2, 8)}, police in {self.cname(reg)} have arrested more than {self.r.randrange(3, 40) * 10} people for terrorism offences.", True),
                (1, lambda: f"The suspects will be brought before the investigating judge {self.pick(['today', 'tomorrow', 'on ' + WEEKDAYS[(pub.weekday() + 1) % 7]])}.", True)]
        self.fill(paras, target - 90, gens, (1, 3), uses=2)
        paras.append("For operational reasons, no further information will be given at this time.")
        return title, pub.isoformat(), paras, "\n\n"

    def muc_text(self, target):
        """Sentences of a MUC-era wire in mixed case (the caller sets the case)."""
        reg = self.pick(MUC_REGIONS)
        pub = self.date_in(1988, 1991)
        g = self.pick(reg["groups"])
        c = self.pick(reg["cities"])
        tgt = self.pick(MUC_TARGETS)
        killed = self.r.randrange(0, 6)
        when = self.pick(["today", "last night", "early this morning", "yesterday", "this afternoon"])
        title = f"{self.alias(g)} attack on {tgt} in {c}"
        dl = (f"{reg['capital']}, {pub.day} {MONTH_ABBR[pub.month - 1][:3]} {pub.year % 100:02d} "
              f"({self.pick(MUC_AGENCIES).lower()}) -- [text] ")
        first = (f"a group of {self.approx(self.r.randrange(5, 40))} heavily armed members of "
                 f"{self.alias(g)} attacked {tgt} in {c} {when} with {self.pick(MUC_WEAPONS)}, "
                 + (f"killing {self.people(killed)}" if killed else "causing serious damage but no casualties")
                 + f", {self.pick(reg['officials'])} reported.")
        sents = [dl + first]
        self.seen.add(first)

        def victim():
            if not killed:
                return None
            return (f"the {'victim was' if killed == 1 else 'victims included'} {self.person(reg)}, "
                    f"{self.r.randrange(18, 70)}, {self.pick(['an employee of the company', 'a night watchman', 'a soldier', 'a peasant', 'a student'])}")

        def incident():
            return (f"in a separate incident, {self.pick(['unidentified individuals', 'urban commandos', 'heavily armed men', 'terrorists'])} "
                    f"{self.pick(['hurled a grenade at', 'dynamited', 'machine-gunned', 'set fire to', 'fired on'])} "
                    f"{self.pick(MUC_TARGETS)} in {self.pick(reg['cities'])} {self.pick(['last night', 'on sunday', 'yesterday', 'early today'])}; "
                    f"{self.pick(['no one was hurt', 'two people were wounded', 'a soldier was killed', 'a policeman was wounded', 'material damage was reported'])}")
        def past():
            d = self.days_before(pub, 3, 400)
            when = self.pick([f"on {d.day} {MONTHS[d.month - 1].lower()}", f"last {MONTHS[d.month - 1].lower()}" if d.year == pub.year else f"in {d.year}",
                              f"on {WEEKDAYS[d.weekday()].lower()} {d.day} {MONTHS[d.month - 1].lower()}"])
            n = self.r.randrange(0, 9)
            return (f"{when}, {self.alias(self.pick(reg['groups']))} {self.pick(['kidnapped', 'assassinated', 'wounded'])} "
                    f"{self.pick(['a mayor', 'a judge', 'a journalist', 'two policemen', 'a union leader', 'a businessman', 'a priest'])} in {self.pick(reg['cities'])}"
                    + (f" and killed {self.people(n, 'bodyguards', 'bodyguard')}" if n else ""))
        gens = [(2, victim, True),
                (1, lambda: f"{self.pick(reg['officials'])} said that the attack was part of a sabotage plan announced by {self.alias(g)} against the country's economic infrastructure", True),
                (1, lambda: f"officials estimated the damage at more than {self.r.randrange(1, 20)} million {reg['currency']}", True),
                (1, lambda: self.pick([f"{self.alias(g)} has not claimed responsibility for the attack",
                                       f"in a communique sent to a radio station, {self.alias(g)} claimed responsibility for the action"]), True),
                (3, incident, False),
                (1, lambda: f"{self.alias(g)} has attacked more than {self.r.randrange(10, 60)} {self.pick(['electrical installations', 'police posts', 'bridges', 'oil installations'])} since {self.pick(MONTHS).lower()}, according to {self.pick(reg['officials'])}", True),
                (2, lambda: f"{self.person(reg)}, spokesman for {self.pick(reg['officials'])}, said that the government believes {self.alias(g)} may carry out more attacks against {self.pick(MUC_TARGETS)} in the coming weeks", True),
                (3, past, False),
                (2, lambda: f"troops backed by helicopters have begun a search operation in the area and {self.num(self.r.randrange(2, 12))} suspects have been detained", True),
                (1, lambda: f"the government condemned the attack and said it would not be pressured by \"terrorist actions\"", True),
                (1, lambda: f"the wounded were taken to a hospital in {self.pick(reg['cities'])}", True),
                (2, lambda: f"police said that {self.people(self.r.randrange(2, 9), 'men', 'man')} were seen fleeing toward {self.pick(reg['cities'])} in a {self.pick(['red pickup truck', 'stolen taxi', 'jeep', 'bus'])}", True)]
        paras = []
        self.fill(paras, target, gens, (1, 1), uses=4)
        sents += paras
        return pub, title, sents

    def caps(self, target):
        pub, title, sents = self.muc_text(target)
        paras, cur = [], []
        for s in sents:
            cur.append(s.rstrip(".") + ".")
            if len(cur) >= self.r.randrange(1, 4):
                paras.append(" ".join(cur))
                cur = []
        if cur:
            paras.append(" ".join(cur))
        return title.upper(), pub.isoformat(), [p.upper() for p in paras], "\n\n"

    def lower(self, target):
        pub, title, sents = self.muc_text(target)
        out = ""
        for i, s in enumerate(sents):
            out += s.rstrip(".").lower() + "." + (" " * self.r.randrange(2, 7) if i + 1 < len(sents) else "")
        return title.lower(), pub.isoformat(), [out], ""

    def control(self, target):
        pub = self.date_in(2005, 2024)
        reg = self.pick(REGIONS)
        team_a, team_b = self.r.sample(["United", "City", "Rovers", "Athletic", "Galatasaray",
                                        "Fenerbahçe", "Beşiktaş", "Borussia", "Olympique",
                                        "Sporting", "Wanderers", "Albion"], 2)
        co = self.pick(["Nimbus", "Orbit Pay", "Halcyon Air", "Tessera", "Brightline Foods",
                        "Corvid Labs", "Anatolia Travel", "Lumen Bank"])
        star = self.person(self.pick(REGIONS))
        sport = [
            lambda: f"{team_a} attacked the goal from the first whistle, and {star} shot just wide after {self.num(self.r.randrange(2, 15))} minutes.",
            lambda: f"{star}, signed from {self.pick(['São Paulo', 'İzmir', 'Düsseldorf', 'Zürich', 'Mombasa', 'Medellín'])} in the winter, fired a low shot past the keeper in the {self.r.randrange(50, 90)}th minute.",
            lambda: f"{team_b}'s defence was blown apart in the second half. \"We were killed by their pressing,\" the manager admitted.",
            lambda: f"{team_a} then killed the game by keeping the ball in the corner, to the fury of the {digits(self.r.randrange(1, 9) * 1000)} visiting fans.",
            lambda: f"The visitors, who had crushed their rivals {self.r.randrange(2, 6)}-0 last week, looked shell-shocked and were torn apart on the break.",
            lambda: f"The win lifts {team_a} to {self.pick(['second', 'third', 'fourth'])} in the table, {self.num(self.r.randrange(1, 9))} points behind the leaders, who face a target-rich run of fixtures.",
            lambda: f"\"We have plenty of ammunition left for the title fight,\" the coach said after the match in {self.pick(reg['cities'])}.",
            lambda: "Police praised both sets of supporters for a peaceful afternoon.",
            lambda: f"In the rugby, the {self.pick(['Lions', 'Tigers', 'Sharks'])} bombarded the try line for {self.num(self.r.randrange(10, 30))} minutes before their captain crashed over.",
            lambda: f"{team_b}'s keeper was left with no protection as the hosts executed their game plan to perfection.",
            lambda: f"A {self.pick(['hat-trick', 'brace', 'stunning free kick'])} from {self.person(self.pick(REGIONS))} sank {team_b} in the other early kick-off.",
            lambda: f"The striker, who hit the post twice, said the dressing room was \"on fire\" after the final whistle.",
        ]
        business = [
            lambda: f"Shares in {co} jumped {self.r.randrange(3, 40)} percent after analysts called its new feature \"a killer app\" that could blow away rivals.",
            lambda: f"The big-budget {self.pick(['sequel', 'space western', 'musical'])} bombed at the box office, taking just ${self.r.randrange(2, 20)} million in its opening weekend.",
            lambda: f"Online agencies reported a hotel booking surge of {self.r.randrange(10, 60)} percent, led by demand for resorts in {self.pick(reg['cities'])} and {self.pick(['Antalya', 'Muğla', 'Mombasa', 'the Algarve'])}.",
            lambda: f"Two rivals launched hostile takeover bids for {co}, and one chief executive said her company was \"under siege\" from cheaper competitors.",
            lambda: f"\"Demand is exploding,\" said {self.person(reg)}, the chief executive of {co}, \"and we are targeting families and young couples.\"",
            lambda: f"Oil prices fell for a {self.pick(['second', 'third', 'fourth'])} day and the central bank is expected to keep rates on hold.",
            lambda: f"{co} plans to shoot a new advertising campaign in {self.pick(reg['cities'])} and to cut {self.num(self.r.randrange(50, 900))} jobs.",
            lambda: f"Shares in {self.pick(['Tessera', 'Nimbus', 'Lumen Bank', 'Halcyon Air'])} {self.pick(['rose', 'fell', 'slipped', 'climbed'])} {self.r.randrange(1, 9)}.{self.r.randrange(10)} percent in {self.pick(['İstanbul', 'Frankfurt', 'Nairobi', 'São Paulo'])}.",
            lambda: f"Analysts said the airline's bookings had been hit hard by the strike, but that the worst was over.",
            lambda: f"The start-up's founder said the new model would \"kill off\" older devices within {self.num(self.r.randrange(2, 6))} years.",
        ]
        # the templates whose text barely changes with its slots are used once
        once_sport = {0, 2, 4, 5, 6, 7, 9, 11}
        once_business = {1, 3, 4, 5, 8, 9}
        sg = [(f, i in once_sport) for i, f in enumerate(sport)]
        bg = [(f, i in once_business) for i, f in enumerate(business)]
        if self.chance(0.5):
            title = f"{team_a} {self.pick(['sink', 'stun', 'edge past', 'hammer'])} {team_b} as striker fires late winner"
            gens = [(3, f, o) for f, o in sg] + [(1, f, o) for f, o in bg]
        else:
            title = f"{co} shares surge as analysts hail 'killer app'"
            gens = [(3, f, o) for f, o in bg] + [(1, f, o) for f, o in sg]
        paras = [title]
        self.fill(paras, target, gens, (1, 3), uses=2)
        return title, pub.isoformat(), paras, "\n\n"

    STYLES = [("wire", 26), ("blog", 14), ("advisory", 10), ("assessment", 8), ("police", 8),
              ("caps", 10), ("lower", 10), ("control", 14)]

    def document(self, i, prefix=""):
        names = [s for s, _ in self.STYLES]
        weights = [w for _, w in self.STYLES]
        style = self.r.choices(names, weights)[0]
        for _attempt in range(6):
            self.seen = set()
            target = self.r.randrange(MIN_DOC + 200, MAX_DOC - 900)
            title, published, paras, sep = getattr(self, style)(target)
            text = sep.join(paras) if sep else paras[0]
            while len(text.encode("utf-8")) > MAX_DOC and len(paras) > 3:  # keep the lead and the close
                paras = paras[:-2] + paras[-1:]
                text = sep.join(paras)
            if len(text.encode("utf-8")) > MAX_DOC:                        # one long line (lowercase MUC)
                cut = text.encode("utf-8")[:MAX_DOC].decode("utf-8", "ignore")
                text = cut[:cut.rfind(".") + 1] if "." in cut else cut
            if len(text.encode("utf-8")) >= MIN_DOC:
                break
        if self.chance(0.15) and style in ("wire", "control", "police"):
            published += f"T{self.r.randrange(24):02d}:{self.r.randrange(60):02d}:00Z"
        return {"id": f"{prefix}{style}-{i:06d}", "title": title, "published": published, "text": text}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--mb", type=float, default=8.0, help="MiB of text to write (default 8)")
    ap.add_argument("--seed", type=int, default=1729)
    ap.add_argument("--docs", type=int, default=0, help="write this many documents (overrides --mb)")
    ap.add_argument("--id-prefix", default="", help="put this in front of every document id")
    ap.add_argument("--jsonl-only", action="store_true", help="do not write corpus.txt")
    a = ap.parse_args()
    if a.mb <= 0 or a.docs < 0:
        ap.error("--mb must be positive and --docs not negative")
    os.makedirs(a.out_dir, exist_ok=True)
    want = int(a.mb * 1024 * 1024)
    gen = Gen(a.seed)
    jpath = os.path.join(a.out_dir, "corpus.jsonl")
    tpath = os.path.join(a.out_dir, "corpus.txt")
    ndocs = text_bytes = 0
    with open(jpath, "w", encoding="utf-8", newline="\n") as jf, \
            open(os.devnull if a.jsonl_only else tpath, "w", encoding="utf-8", newline="\n") as tf:
        while (ndocs < a.docs) if a.docs else (text_bytes < want):
            doc = gen.document(ndocs + 1, a.id_prefix)
            jf.write(json.dumps(doc, ensure_ascii=False) + "\n")
            if ndocs:
                tf.write("\n\n")
            tf.write(doc["text"])
            text_bytes += len(doc["text"].encode("utf-8"))
            ndocs += 1
        tf.write("\n")
    print(f"wrote {ndocs} documents, {text_bytes} bytes of text: {jpath} ({os.path.getsize(jpath)} bytes)"
          + ("" if a.jsonl_only else f", {tpath} ({os.path.getsize(tpath)} bytes)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
