/* names.c: extraction stage, entities (with entity.c): names the lexicons
 * do not hold, found from context after the lexicon candidates are
 * selected. Takes the kept candidates (w->sel) and adds:
 *   - facilities: a place followed by a facility word ("İstanbul Airport",
 *     "Istanbul airport"), or capitalized words ending in one ("Atatürk
 *     Airport", "Hilton Hotel"); the place gives country and coordinates;
 *   - organizations by their last word ("Istanbul University",
 *     "Central Bank", "Ministry of Interior"): a university or a bank is an
 *     organization, a ministry a government body, a front an armed group;
 *   - people, in mixed-case text: capitalized words with a cue, i.e. a
 *     title before ("President Erdoğan", "Gen."), a role after ("İlhami
 *     Balı is not Turkey emir", ", a spokesman"), a verb of saying
 *     ("Yildirim said"); in caseless text only after a title ("colonel luis
 *     arturo isaacs", "president cerezo") or before ", a spokesman";
 *   - later surname mentions of the people found ("Isaacs"), unless two of
 *     them share the surname;
 *   - places no gazetteer holds, from their context ("the village of
 *     Tungan Kawo", "the military post at Tillia", "Lanet, Kenya"), with
 *     no coordinates and the country of the place they are named in, if
 *     any, and their other mentions.
 * Sentences in headline case are skipped unless a title marks a person.
 * The word lists below hold folded forms (fold.h), sorted by strcmp. */
#include <stdlib.h>
#include <pthread.h>
#include <string.h>

#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/geo.h"
#include "util/wordhash.h"

/* Short names for the classes in the table below. */
enum {
    C = VG_WC_COMMON, T = VG_WC_TITLE, R = VG_WC_ROLE, S = VG_WC_SPEECH, M = VG_WC_MONTH,
    P = VG_WC_PARTICLE, Q = VG_WC_PLACE_CUE, F = VG_WC_FACILITY, FL = VG_WC_FAC_LOWER,
    OG = VG_WC_ORG_GOV, OA = VG_WC_ORG_ARMED, O = VG_WC_ORG, RG = VG_WC_REGION, CT = VG_WC_CITY
};

struct word_cls {
    const char *w;
    uint16_t cls;
};

/* Folded words and their classes, sorted by strcmp (a test checks it).
 * C: function words and frequent English words (and Spanish particles of
 * MUC-4 text), which are never a name alone; T: titles before a name
 * (actor_stop.tsv @person_titles and more); R: roles said of a person; S:
 * verbs of saying; M: months and weekdays; P: particles inside names; Q:
 * place prepositions; F: facility words (FL: also after a place written in
 * lower case); OG/OA/O: the last word of a government body, an armed group,
 * an organization; RG/CT: words after a region or a city name. */
static const struct word_cls word_tab[] = {
    {"a", C}, {"able", C}, {"abou", P}, {"about", C}, {"above", C}, {"abu", P}, {"academy", F},
    {"accept", C}, {"according", C}, {"accused", S}, {"accuses", S}, {"acknowledged", S},
    {"across", C|Q}, {"act", C}, {"action", C}, {"activist", R}, {"actually", C}, {"ad", P}, {"add", C},
    {"added", C|S}, {"adds", S}, {"adm.", T}, {"administration", OG}, {"administrator", R}, {"admiral", T},
    {"admits", S}, {"admitted", S}, {"africa", C}, {"after", C}, {"afterwards", C},
    {"again", C}, {"against", C}, {"age", C}, {"agency", O}, {"agent", T}, {"ago", C},
    {"agree", C}, {"agreed", C}, {"ahead", C}, {"aid", C}, {"air", C}, {"airbase", F|FL},
    {"airfield", F}, {"airlines", O}, {"airport", F|FL}, {"airways", O}, {"al", C|P},
    {"al-", P}, {"alderman", T}, {"all", C}, {"alleged", C|S}, {"allegedly", C}, {"alleges", S},
    {"alliance", OA}, {"allow", C}, {"almost", C}, {"alone", C}, {"along", C}, {"already", C},
    {"also", C}, {"although", C}, {"always", C}, {"am", C}, {"ambassador", T|R}, {"america", C},
    {"americas", C}, {"amnesty", C}, {"among", C}, {"amongst", C}, {"an", C}, {"analyst", R}, {"and", C},
    {"announced", C|S}, {"announces", S}, {"another", C}, {"answer", C}, {"any", C},
    {"anyone", C}, {"anything", C}, {"anyway", C}, {"anywhere", C}, {"appear", C}, {"apr", M},
    {"april", M}, {"ar", P}, {"arabia", C}, {"archbishop", T}, {"are", C}, {"area", C},
    {"areas", C}, {"arena", F}, {"argued", S}, {"argues", S}, {"arm", C}, {"arms", C},
    {"army", C|OA}, {"around", C|Q}, {"arrest", C}, {"arrested", C}, {"as", C|P}, {"ash", P},
    {"asia", C}, {"ask", C}, {"asked", C}, {"assembly", OG}, {"asserted", S}, {"asserts", S},
    {"assistant", C|T|R}, {"association", O}, {"at", C|P|Q}, {"attack", C}, {"attacked", C}, {"attacks", C},
    {"attorney", T|R}, {"aug", M}, {"august", M}, {"authority", OG}, {"away", C},
    {"ayatollah", T}, {"az", P}, {"back", C}, {"bad", C}, {"bank", O}, {"barracks", F},
    {"base", C|F}, {"based", C}, {"battalions", OA}, {"bazaar", F}, {"be", C}, {"became", C},
    {"because", C}, {"become", C}, {"becomes", C}, {"been", C}, {"before", C},
    {"beforehand", C}, {"began", C}, {"begin", C}, {"begun", C}, {"behind", C}, {"being", C},
    {"believe", C}, {"believed", C|S}, {"believes", S}, {"below", C}, {"ben", P}, {"beside", C},
    {"besides", C}, {"best", C}, {"better", C}, {"between", C|Q}, {"bey", T}, {"beyond", C},
    {"bgen", T}, {"bgen.", T}, {"big", C}, {"bin", P}, {"bint", P}, {"bishop", T}, {"black", C}, {"body", C}, {"book", C},
    {"border", C}, {"borough", CT}, {"both", C}, {"bottom", C}, {"bridge", F}, {"brig.", T},
    {"brigade", OA}, {"brigades", OA}, {"brigadier", T}, {"bring", C}, {"brother", T},
    {"brought", C}, {"build", C}, {"building", C|F}, {"bulletin", C}, {"bureau", OG},
    {"business", C}, {"businessman", T}, {"but", C}, {"buy", C}, {"by", C}, {"cabinet", OG},
    {"cafe", F}, {"call", C}, {"called", C}, {"came", C}, {"campus", F}, {"can", C},
    {"cannot", C}, {"canton", RG}, {"capital", C|CT}, {"capt.", T}, {"captain", T|R},
    {"car", C}, {"cardinal", T}, {"care", C}, {"cartel", OA}, {"case", C}, {"cases", C},
    {"cathedral", F|FL}, {"cause", C}, {"cemetery", F}, {"center", C|F|O}, {"central", C},
    {"centre", C|F|O}, {"chair", C}, {"chairman", T|R}, {"chairwoman", T|R}, {"chamber", O},
    {"chancellor", T|R}, {"change", C}, {"chapel", F}, {"charge", C}, {"charged", S},
    {"charges", S}, {"checkpoint", F}, {"chief", C|R}, {"chiefs", C}, {"child", C},
    {"children", C}, {"christmas", C}, {"church", F}, {"city", C|CT}, {"claim", C}, {"claimed", C|S},
    {"claims", S}, {"clear", C}, {"cleric", T|R}, {"close", C}, {"club", C|F}, {"cmdr.", T},
    {"co.", O}, {"col.", T}, {"college", O}, {"colonel", T|R}, {"comandante", T}, {"comdr.", T},
    {"come", C}, {"comes", C}, {"coming", C}, {"command", C}, {"commandant", T},
    {"commander", T|R}, {"commando", OA}, {"commandos", OA}, {"commands", C},
    {"commission", OG}, {"commissioner", T|R}, {"committee", C|O}, {"common", C}, {"communique", C}, {"community", C},
    {"company", O}, {"complex", F}, {"compound", F}, {"comrade", T}, {"con", C},
    {"conditions", C}, {"confirmed", S}, {"confirms", S}, {"congress", OG},
    {"congressman", T|R}, {"congresswoman", T}, {"constable", T}, {"consul", T}, {"consulate", F},
    {"consultant", R}, {"continue", C}, {"control", C}, {"coordinator", R}, {"coroner", T|R},
    {"corp", O}, {"corp.", O},
    {"corporal", T}, {"corporation", O}, {"corps", C}, {"correspondent", R}, {"cost", C}, {"could", C},
    {"council", C|O}, {"councillor", T|R}, {"councilman", T}, {"councilor", T|R}, {"country", C},
    {"county", RG},
    {"course", C}, {"court", C|OG}, {"cover", C}, {"cpl.", T}, {"crime", C}, {"cross", C},
    {"crossing", F}, {"current", C}, {"cut", C}, {"da", C|P}, {"daily", O}, {"dam", F},
    {"dame", T}, {"das", C|P}, {"date", C}, {"day", C}, {"days", C}, {"de", C|P}, {"dead", C},
    {"deal", C}, {"dear", C}, {"death", C}, {"deaths", C}, {"dec", M}, {"december", M},
    {"decided", C}, {"declared", S}, {"declares", S}, {"deep", C}, {"defence", C},
    {"defense", C}, {"del", C|P}, {"den", C|P}, {"denied", S}, {"denies", S},
    {"department", C|OG|RG}, {"departments", RG}, {"deputy", C|T|R}, {"der", C|P}, {"des", C},
    {"detachment", C}, {"detective", T}, {"di", C|P}, {"dictator", T}, {"did", C},
    {"different", C}, {"direction", C}, {"director", R}, {"directorate", OG}, {"district", RG},
    {"division", C}, {"do", C|P}, {"doctor", T|R}, {"does", C}, {"doing", C}, {"dollars", C},
    {"don", C|T}, {"dona", C|T}, {"done", C}, {"door", C}, {"dos", C|P}, {"doubt", C},
    {"down", C}, {"dr.", T}, {"drug", C}, {"drugs", C}, {"du", C|P}, {"due", C}, {"during", C},
    {"e", C|P}, {"each", C}, {"early", C}, {"east", C}, {"easter", C}, {"eastern", C}, {"economic", C},
    {"economy", C}, {"education", C}, {"effort", C}, {"either", C}, {"el", C|P},
    {"election", C}, {"elections", C}, {"else", C}, {"elsewhere", C}, {"embassy", F},
    {"emir", T|R}, {"en", C}, {"end", C}, {"enemy", C}, {"eng.", T}, {"engineer", T|R},
    {"enough", C}, {"enterprise", C}, {"envoy", T}, {"especially", C}, {"estimated", S},
    {"estimates", S}, {"eurasia", C}, {"europe", C}, {"even", C}, {"event", C}, {"events", C},
    {"ever", C}, {"every", C}, {"everyone", C}, {"everything", C}, {"everywhere", C},
    {"evidence", C}, {"example", C}, {"except", C}, {"expert", R}, {"explained", S}, {"explains", S},
    {"express", C}, {"eye", C}, {"ez", P}, {"face", C}, {"fact", C}, {"factory", F},
    {"fall", C}, {"family", C}, {"far", C}, {"father", C|T}, {"fear", C}, {"feb", M},
    {"february", M}, {"federal", C}, {"federation", O}, {"feel", C}, {"felt", C}, {"few", C},
    {"field", C}, {"fight", C}, {"fighting", C}, {"final", C}, {"find", C}, {"fine", C},
    {"fire", C}, {"firm", C}, {"first", C}, {"five", C}, {"follow", C}, {"following", C},
    {"food", C}, {"for", C}, {"force", C}, {"forces", C|OA}, {"foreign", C}, {"form", C},
    {"former", C}, {"formerly", C}, {"foundation", O}, {"founder", R}, {"four", C}, {"fr.", T},
    {"free", C}, {"fri", M}, {"friday", M}, {"friend", C}, {"from", C|Q}, {"front", C|OA},
    {"full", C}, {"fund", O}, {"further", C}, {"furthermore", C}, {"future", C}, {"game", C},
    {"garrison", C}, {"gate", F}, {"gave", C}, {"gazette", O}, {"gen.", T}, {"gendarmerie", OG},
    {"general", C|T|R}, {"get", C}, {"give", C}, {"given", C}, {"globe", C}, {"go", C},
    {"goal", C}, {"god", C}, {"gods", C}, {"goes", C}, {"going", C}, {"gone", C}, {"good", C},
    {"gov.", T}, {"government", C}, {"governor", T|R}, {"governorate", RG}, {"grant", C},
    {"great", C}, {"green", C}, {"ground", C}, {"group", C|O}, {"groups", C}, {"grow", C},
    {"guard", C|OG}, {"guardian", C}, {"guards", C}, {"had", C}, {"half", C}, {"hall", F},
    {"hamlet", CT}, {"hand", C}, {"hands", C}, {"hanim", T}, {"harbor", F|FL},
    {"harbour", F|FL}, {"hard", C}, {"has", C}, {"have", C}, {"having", C}, {"he", C},
    {"head", C|R}, {"headquarters", C}, {"health", C}, {"hear", C}, {"heard", C}, {"held", C},
    {"hello", C}, {"help", C}, {"hence", C}, {"her", C}, {"herald", O}, {"here", C},
    {"hers", C}, {"herself", C}, {"high", C}, {"him", C}, {"himself", C}, {"his", C},
    {"hit", C}, {"hoca", T}, {"hold", C}, {"home", C}, {"hope", C}, {"hospital", C|F},
    {"hot", C}, {"hotel", F}, {"hour", C}, {"hours", C}, {"house", C}, {"how", C},
    {"however", C}, {"human", C}, {"hundred", C}, {"i", C}, {"ibn", P}, {"idea", C}, {"if", C},
    {"imam", T}, {"important", C}, {"in", C|Q}, {"inc", O}, {"inc.", O}, {"include", C},
    {"including", C}, {"increase", C}, {"indeed", C}, {"independence", C}, {"independent", C},
    {"information", C}, {"inside", C|Q}, {"insisted", S}, {"insists", S}, {"inspector", T|R},
    {"instead", C}, {"institute", O}, {"institution", O}, {"interest", C}, {"interior", C},
    {"international", C|O}, {"into", C|Q}, {"is", C}, {"island", C}, {"issue", C}, {"it", C}, {"its", C},
    {"itself", C}, {"jail", F}, {"jan", M}, {"january", M}, {"job", C}, {"join", C},
    {"joined", C}, {"joint", C}, {"journal", O}, {"journalist", T|R}, {"judge", T|R}, {"jul", M},
    {"july", M}, {"jun", M}, {"june", M}, {"jurisdiction", CT}, {"just", C}, {"keep", C},
    {"kill", C}, {"killed", C}, {"kind", C}, {"king", T}, {"know", C}, {"known", C},
    {"la", C|P}, {"labor", C}, {"labour", C}, {"lady", T}, {"land", C}, {"large", C},
    {"las", C|P}, {"last", C}, {"late", C}, {"later", C}, {"latter", C}, {"law", C},
    {"lawyer", T|R}, {"le", C|P}, {"lead", C}, {"leader", C|R}, {"leaders", C},
    {"leadership", C}, {"least", C}, {"leave", C}, {"left", C}, {"legal", C},
    {"legislature", OG}, {"les", C|P}, {"less", C}, {"let", C}, {"level", C}, {"liberal", C},
    {"library", F}, {"lieutenant", T|R}, {"life", C}, {"light", C}, {"like", C}, {"likely", C},
    {"line", C}, {"list", C}, {"little", C}, {"live", C}, {"living", C}, {"llc", O}, {"lo", C},
    {"local", C}, {"long", C}, {"look", C}, {"lord", T}, {"los", C|P}, {"lost", C}, {"lot", C},
    {"love", C}, {"low", C}, {"lt.", T}, {"lt.-col.", T}, {"ltd", O}, {"ltd.", O}, {"ltgen.", T}, {"madam", C},
    {"made", C}, {"magazine", O}, {"magistrate", T}, {"main", C}, {"maj.", T}, {"maj.-gen.", T},
    {"major", C|T|R}, {"make", C}, {"mall", F}, {"man", C}, {"manager", T|R}, {"many", C}, {"map", C}, {"mar", M},
    {"march", M}, {"maritime", C}, {"market", C|F},
    {"mass", C}, {"mastermind", R}, {"matter", C}, {"may", C|M},
    {"maybe", C}, {"mayor", T|R}, {"me", C}, {"mean", C}, {"means", C}, {"meanwhile", C},
    {"media", C}, {"meeting", C}, {"member", C|R}, {"members", C}, {"memorial", F}, {"men", C},
    {"message", C}, {"mgen.", T}, {"middle", C}, {"might", C}, {"militant", R}, {"military", C},
    {"militia", OA}, {"militias", OA}, {"million", C}, {"mind", C}, {"mine", C|F},
    {"minister", C|T|R}, {"ministry", C|OG}, {"minute", C}, {"minutes", C}, {"mirror", C},
    {"miss", C|T}, {"mission", C}, {"moment", C}, {"mon", M}, {"monday", M}, {"money", C},
    {"monsignor", T}, {"month", C}, {"months", C}, {"monument", F}, {"more", C},
    {"moreover", C}, {"morning", C}, {"mosque", F|FL}, {"most", C}, {"mostly", C}, {"motel", F},
    {"mother", C}, {"move", C}, {"movement", C|O}, {"mr", C|T}, {"mr.", T}, {"mrs", C|T},
    {"mrs.", T}, {"ms", C|T}, {"ms.", T}, {"msgr.", T}, {"much", C}, {"mufti", T},
    {"mujahideen", OA}, {"mullah", T}, {"municipality", OG|CT}, {"museum", F}, {"must", C},
    {"my", C}, {"myself", C}, {"name", C}, {"namely", C}, {"names", C}, {"nation", C},
    {"national", C}, {"nations", C}, {"near", C|Q}, {"need", C}, {"neighborhood", CT},
    {"neither", C}, {"network", C|O}, {"never", C}, {"nevertheless", C}, {"new", C},
    {"news", C|O}, {"next", C}, {"night", C}, {"nightclub", F}, {"no", C}, {"nobody", C},
    {"none", C}, {"noone", C}, {"nor", C}, {"normal", C}, {"north", C}, {"northeast", C},
    {"northeastern", C}, {"northern", C}, {"northwest", C}, {"northwestern", C}, {"not", C},
    {"note", C}, {"noted", S}, {"notes", S}, {"nothing", C}, {"nov", M}, {"november", M},
    {"now", C}, {"nowhere", C}, {"number", C}, {"nun", T}, {"o", C}, {"oblast", RG},
    {"observer", C}, {"oceania", C}, {"oct", M}, {"october", M}, {"of", C}, {"off", C},
    {"offensive", C}, {"office", C|OG}, {"officer", C|T|R}, {"officers", C}, {"official", C|R},
    {"officials", C}, {"often", C}, {"ok", C}, {"okay", C}, {"old", C}, {"on", C}, {"once", C},
    {"one", C}, {"only", C}, {"onto", C}, {"open", C}, {"operation", C}, {"opportunity", C},
    {"or", C}, {"order", C}, {"organisation", O}, {"organiser", R}, {"organization", O},
    {"organizations", O}, {"organizer", R}, {"other", C}, {"others", C}, {"otherwise", C},
    {"our", C}, {"ours", C}, {"ourselves", C}, {"out", C}, {"outside", Q}, {"over", C},
    {"own", C}, {"page", C}, {"palace", F}, {"paper", C}, {"para", C}, {"park", F},
    {"parliament", C|OG}, {"part", C}, {"parties", C}, {"party", C|O}, {"past", C},
    {"pastor", T}, {"patrol", C}, {"patsy", C}, {"pay", C}, {"pbgen.", T}, {"pcapt.", T}, {"pcol.", T}, {"peace", C}, {"people", C},
    {"per", C}, {"perhaps", C}, {"period", C}, {"person", C}, {"pier", F}, {"pipeline", F},
    {"place", C}, {"plan", C}, {"planes", C}, {"plans", C}, {"plant", F}, {"play", C},
    {"plaza", F}, {"plc", O}, {"please", C}, {"pledged", S}, {"plt.", T}, {"pltcol.", T}, {"pmaj.", T}, {"point", C}, {"police", C|OG},
    {"political", C}, {"pope", T}, {"popular", C}, {"population", C}, {"por", C}, {"port", CT},
    {"position", C}, {"post", C|O}, {"power", C}, {"predicted", S}, {"predicts", S},
    {"prefecture", RG}, {"premier", T|R}, {"pres.", T}, {"present", C}, {"presidency", OG},
    {"president", C|T|R}, {"press", C|O}, {"pressure", C}, {"price", C}, {"priest", T},
    {"prime", C|T}, {"prince", T}, {"princess", T}, {"prison", F}, {"private", C|T}, {"problem", C},
    {"process", C}, {"prof.", T}, {"professor", T|R}, {"program", C}, {"programme", C|O},
    {"prosecutor", T|R}, {"prosecutor's", OG}, {"province", RG}, {"provinces", RG},
    {"public", C}, {"put", C}, {"pvt.", T}, {"que", C}, {"queen", T}, {"question", C},
    {"quite", C}, {"rabbi", T}, {"race", C}, {"radio", C|O}, {"raid", C}, {"ramadan", C}, {"range", C},
    {"rate", C}, {"rather", C}, {"raw", C}, {"reach", C|Q}, {"reached", Q}, {"read", C},
    {"ready", C}, {"real", C}, {"really", C}, {"reason", C}, {"record", C}, {"red", C},
    {"refinery", F}, {"reform", C}, {"region", C|RG}, {"regional", C}, {"rep.", T},
    {"report", C}, {"reported", C|S}, {"reporter", R}, {"reports", C|S}, {"representative", T},
    {"republic", C},
    {"researcher", R}, {"resident", R}, {"rest", C}, {"restaurant", F}, {"result", C}, {"return", C},
    {"rev.", T}, {"revealed", S},
    {"reveals", S}, {"reverend", T}, {"review", O}, {"right", C}, {"rights", C},
    {"ringleader", R}, {"rise", C}, {"river", C}, {"road", C}, {"role", C}, {"room", C},
    {"rule", C}, {"run", C}, {"safe", C}, {"said", C|S}, {"same", C}, {"san", C}, {"santa", C},
    {"santo", C}, {"sat", M}, {"saturday", M}, {"save", C}, {"saw", C}, {"say", C|S},
    {"says", C|S}, {"scholar", R}, {"school", C|F}, {"se", C}, {"sea", C}, {"second", C}, {"secret", C},
    {"secretariat", C}, {"secretary", T|R}, {"sector", C}, {"security", C}, {"see", C},
    {"seem", C}, {"seemed", C}, {"seems", C}, {"seen", C}, {"sen.", T}, {"senate", OG},
    {"senator", T|R}, {"send", C}, {"senor", T}, {"sense", C}, {"sent", C}, {"sep", M},
    {"sept", M}, {"september", M}, {"sergeant", T|R}, {"service", C|OG}, {"services", C|OG},
    {"set", C}, {"seven", C}, {"several", C}, {"sgt.", T}, {"shaykh", T}, {"she", C},
    {"sheik", T}, {"sheikh", T}, {"shot", C}, {"should", C}, {"show", C}, {"shrine", F},
    {"side", C}, {"sign", C}, {"sin", C}, {"since", C}, {"single", C}, {"sir", C|T},
    {"sister", T}, {"site", C}, {"six", C}, {"small", C}, {"so", C}, {"sobre", C},
    {"social", C}, {"society", C|O}, {"soldier", C}, {"soldiers", C}, {"some", C},
    {"somehow", C}, {"someone", C}, {"something", C}, {"sometime", C}, {"sometimes", C},
    {"somewhere", C}, {"son", C}, {"soon", C}, {"sorry", C}, {"sound", C}, {"source", C},
    {"sources", C}, {"south", C}, {"southeast", C}, {"southern", C}, {"southwest", C},
    {"space", C}, {"speak", C}, {"special", C}, {"spokesman", T|R}, {"spokesman's", C},
    {"spokesperson", T|R}, {"spokeswoman", T|R}, {"squad", OA}, {"squads", OA}, {"square", F},
    {"sr.", T}, {"sra.", T}, {"stadium", F|FL}, {"staff", C}, {"stage", C}, {"stand", C},
    {"star", C}, {"start", C}, {"state", C|RG}, {"stated", S}, {"statement", C},
    {"states", C|S}, {"station", C|F|FL}, {"stay", C}, {"step", C}, {"still", C}, {"stop", C},
    {"story", C}, {"street", C}, {"strike", C}, {"strikes", C}, {"strong", C}, {"student", C},
    {"students", C}, {"study", C}, {"su", C}, {"subject", C}, {"suburb", CT}, {"such", C},
    {"summit", C}, {"sun", C|M}, {"sunday", M}, {"superintendent", T|R}, {"support", C}, {"sure", C},
    {"surprise", C},
    {"sus", C}, {"suspect", R}, {"synagogue", F}, {"system", C}, {"take", C}, {"taken", C},
    {"talk", C}, {"talks", C}, {"teacher", R}, {"team", C}, {"television", O}, {"tell", C}, {"tells", S},
    {"temple", F}, {"term", C}, {"terminal", F}, {"terms", C}, {"test", C}, {"than", C},
    {"thank", C}, {"thanks", C}, {"that", C}, {"the", C}, {"theater", F}, {"theatre", F},
    {"their", C}, {"theirs", C}, {"them", C}, {"themselves", C}, {"then", C}, {"thence", C},
    {"there", C}, {"thereafter", C}, {"thereby", C}, {"therefore", C}, {"therein", C},
    {"these", C}, {"they", C}, {"thing", C}, {"things", C}, {"think", C}, {"thinks", S},
    {"third", C}, {"this", C}, {"those", C}, {"though", C}, {"thought", S}, {"thousand", C},
    {"threatened", S}, {"threatens", S}, {"three", C}, {"through", C|Q}, {"throughout", C|Q},
    {"thru", C}, {"thu", M}, {"thur", M}, {"thurs", M}, {"thursday", M}, {"thus", C},
    {"time", C}, {"times", C|O}, {"to", C|Q}, {"today", C}, {"together", C}, {"told", C|S},
    {"too", C}, {"top", C}, {"total", C}, {"toward", C|Q}, {"towards", C|Q}, {"tower", F},
    {"towers", F}, {"town", C|CT}, {"township", CT}, {"trade", C}, {"trader", R}, {"training", C},
    {"travel", C}, {"trial", C}, {"tribunal", OG}, {"tribune", O}, {"true", C}, {"try", C},
    {"tue", M}, {"tues", M}, {"tuesday", M}, {"turn", C}, {"tv", O}, {"two", C}, {"type", C},
    {"u", C}, {"ul", P}, {"un", C}, {"una", C}, {"unconfirmed", C}, {"under", C}, {"union", C|O}, {"unit", C},
    {"united", C}, {"units", C}, {"unity", C}, {"university", C|O}, {"uno", C}, {"until", C}, {"unverified", C},
    {"up", C}, {"upon", C}, {"upper", C}, {"urged", S}, {"urges", S}, {"us", C}, {"use", C},
    {"used", C}, {"valley", C}, {"value", C}, {"van", C|P}, {"various", C}, {"very", C},
    {"via", C|Q}, {"vicar", T}, {"vice-president", T}, {"victory", C}, {"view", C},
    {"village", C|CT}, {"von", C|P}, {"vote", C}, {"vowed", S}, {"vows", S}, {"wait", C},
    {"walk", C}, {"wall", C}, {"want", C}, {"war", C}, {"warned", S}, {"warns", S}, {"was", C},
    {"watch", C|O}, {"water", C}, {"wave", C}, {"way", C}, {"ways", C}, {"we", C}, {"wed", M},
    {"wednesday", M}, {"week", C}, {"weeks", C}, {"well", C}, {"were", C}, {"west", C},
    {"western", C}, {"what", C}, {"whatever", C}, {"when", C}, {"whence", C}, {"whenever", C},
    {"where", C}, {"whereas", C}, {"wherever", C}, {"whether", C}, {"which", C}, {"while", C},
    {"white", C}, {"whither", C}, {"who", C}, {"whoever", C}, {"whole", C}, {"whom", C},
    {"whose", C}, {"why", C}, {"wife", C}, {"will", C}, {"win", C}, {"wire", O}, {"with", C},
    {"within", C|Q}, {"without", C}, {"witness", R}, {"woman", C}, {"women", C}, {"word", C}, {"words", C},
    {"work", C}, {"worker", C}, {"workers", C}, {"world", C}, {"would", C}, {"write", C},
    {"writes", S}, {"wrote", S}, {"y", C|P}, {"year", C}, {"years", C}, {"yes", C}, {"yet", C},
    {"you", C}, {"young", C}, {"your", C}, {"yours", C}, {"yourself", C}, {"yourselves", C},
    {"youth", C}, {"zone", C},
};

/* strcmp, with the first two bytes compared inline: most probes of the
 * search below differ there. */
static int word_cmp(const char *a, const char *b)
{
    if (a[0] != b[0])
        return (unsigned char)a[0] - (unsigned char)b[0];
    if (!a[0])
        return 0;
    if (a[1] != b[1])
        return (unsigned char)a[1] - (unsigned char)b[1];
    return a[1] ? strcmp(a + 2, b + 2) : 0;
}

size_t vg_names_check(void)
{
    for (size_t i = 1; i < sizeof word_tab / sizeof word_tab[0]; i++)
        if (strcmp(word_tab[i - 1].w, word_tab[i].w) >= 0)
            return i + 1;
    return 0;
}

unsigned vg_names_class(const char *norm)
{
    size_t lo = 0, hi = sizeof word_tab / sizeof word_tab[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = word_cmp(norm, word_tab[mid].w);
        if (c == 0)
            return word_tab[mid].cls;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* The word table hashed once per process (see util/wordhash.h). */
static uint32_t word_slots[VG_WORD_SLOTS];
static vg_wordhash word_hash;
static int word_hash_ok;
static pthread_once_t word_once = PTHREAD_ONCE_INIT;

static void word_hash_build(void)
{
    word_hash_ok = vg_wordhash_init(&word_hash, word_tab, sizeof word_tab / sizeof word_tab[0],
                                    sizeof word_tab[0], word_slots, VG_WORD_SLOTS) == 0;
}

void vg_names_prepare(void)
{
    pthread_once(&word_once, word_hash_build);
}

unsigned vg_names_token_class(const vg_ent_work *w, size_t tok)
{
    const vg_token *t = vg_ent_tok(w, tok);
    unsigned c = 0;
    if (t->kind == VG_TOK_WORD && t->normlen <= 16) {
        /* vg_entity_run called vg_names_prepare before any vg_ent_work
         * existed, so word_hash_ok is settled and visible here */
        if (word_hash_ok) {
            long i = vg_wordhash_find_hashed(&word_hash, t->hash, t->norm, t->normlen);
            c = i >= 0 ? word_tab[i].cls : 0;
        } else {
            c = vg_names_class(t->norm);
        }
    }
    w->wc[tok] = (uint16_t)(c | VG_WC_DONE);
    return c | VG_WC_DONE;
}

/* ---- recognizers ---- */

#define PERSON_KEY_MASK ((1ULL << 60) - 1)

static int is_word(const vg_token *t)
{
    return t->kind == VG_TOK_WORD;
}

static int is_cap(const vg_token *t)
{
    return is_word(t) && (t->flags & VG_TF_CAP);
}

/* A name joined to its Arabic article, in lower case before a capital:
 * "al-Abd" of "Bir al-Abd", "al-Shami" of "Abdullah al-Shami". */
static int article_name(const vg_ent_work *w, size_t t)
{
    static const char *const articles[] = {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", NULL};
    const vg_token *k = vg_ent_tok(w, t);
    if (!is_word(k) || !(k->flags & VG_TF_HYPHEN) || (k->flags & VG_TF_CAP))
        return 0;
    for (size_t i = 0; articles[i]; i++) {
        size_t n = strlen(articles[i]);
        if (k->normlen > n + 1 && !memcmp(k->norm, articles[i], n)) {
            unsigned char c = (unsigned char)w->doc->text[k->start + n];
            return c >= 'A' && c <= 'Z';
        }
    }
    return 0;
}

/* An initial: "J." */
static int is_initial(const vg_token *t)
{
    return is_word(t) && t->normlen == 2 && t->norm[1] == '.';
}

/* The kept candidate covering token t, or NULL. */
static const vg_ent_cand *kept_at(const vg_ent_work *w, size_t t)
{
    return w->sel[t] == VG_NOSEL ? NULL : &w->c[w->sel[t]];
}

/* A kept one-word place that could be part of a name ("Balı", "Arturo"):
 * a city or region, never a country. */
static int soft_place(const vg_ent_work *w, size_t t)
{
    const vg_ent_cand *c = kept_at(w, t);
    if (!c || c->kind != VG_EC_PLACE || c->end - c->tok != 1 || c->part)
        return 0;
    for (uint32_t k = 0; k < c->nrecs; k++) {
        const vg_place *p = vg_lex_place(w->lx, c->recs[k]);
        if (p && p->kind == VG_PLACE_COUNTRY)
            return 0;
    }
    return 1;
}

/* Tokens of an actor_stop.tsv "never" row (any, actor or person scope)
 * starting at t and ending by b ("According", "Full stories"), or 0. */
static size_t never_at(const vg_ent_work *w, size_t t, size_t b)
{
    /* an actor-scope row ("Turkish", "Emir") only when it is the whole run:
     * "Turkish Airlines" stays */
    vg_lex_hit buf[8];
    size_t k = vg_lex_stop_match(w->lx, w->doc, t, b, buf, 8);
    if (k > 8)
        k = 8;
    for (size_t j = 0; j < k; j++) {
        const vg_stop *row = vg_lex_stop(w->lx, buf[j].rec);
        if (row && row->rule == VG_STOPR_NEVER && buf[j].ntok <= b - t &&
            (row->applies_to == VG_STOP_ANY || row->applies_to == VG_STOP_PERSON ||
             (row->applies_to == VG_STOP_ACTOR && buf[j].ntok == b - t)))
            return buf[j].ntok;
    }
    return 0;
}

static int add_kept(vg_ent_work *w, uint32_t a, uint32_t b, uint8_t kind, uint8_t etype,
                    vg_ent_cand **out)
{
    *out = NULL; /* also when VG_MAX_CANDS is reached (VIGIL_OK) */
    vg_ent_cand *c = vg_ent_add(w, a, b);
    if (!c)
        return vg_ent_fail(w);
    c->kind = kind;
    c->etype = etype;
    c->prio = VG_PRIO_PERSON;
    c->name = vg_ent_text(w, c->start, c->stop);
    if (!c->name)
        return vg_ent_fail(w);
    c->key = ((uint64_t)(kind == VG_EC_PERSON ? 4 : kind == VG_EC_ORG ? 5 : kind == VG_EC_TOWN ? 7 : 6) << 60) |
             (vg_ent_hash(w, a, b, VG_HASH_SEED) & PERSON_KEY_MASK);
    vg_ent_keep(w, (size_t)(c - w->c));
    *out = c;
    return VIGIL_OK;
}

/* "İstanbul Airport", "Istanbul airport": a kept place and a facility
 * word right after it. */
static int place_facilities(vg_ent_work *w)
{
    size_t n0 = w->nc;
    for (size_t k = 0; k < n0; k++) {
        vg_ent_cand pc = w->c[k];
        if (!pc.keep || pc.kind != VG_EC_PLACE || pc.part)
            continue;
        const vg_sent *se = vg_ent_sent(w, pc.tok);
        size_t j = pc.end;
        if (j >= se->tok_end || w->sel[j] != VG_NOSEL)
            continue;
        const vg_token *t = vg_ent_tok(w, j);
        if (!is_word(t) || !(vg_ent_wc(w, j) & VG_WC_FACILITY))
            continue;
        if (!(t->flags & VG_TF_CAP) && !(vg_ent_wc(w, j) & VG_WC_FAC_LOWER))
            continue;
        vg_ent_cand *c;
        int rc = add_kept(w, pc.tok, (uint32_t)j + 1, VG_EC_FACILITY, VG_ENT_FACILITY, &c);
        if (rc != VIGIL_OK || !c)
            return rc;
        c->recs = pc.recs;
        c->nrecs = pc.nrecs;
        c->canon = pc.canon;
        c->want = pc.want;
        c->hash = (uint32_t)vg_ent_hash(w, j, j + 1, VG_HASH_SEED);
    }
    return VIGIL_OK;
}

static int has_word(const vg_ent_work *w, size_t a, size_t b, const char *const *words)
{
    for (size_t i = a; i < b; i++)
        if (vg_ent_tok_in(vg_ent_tok(w, i), words))
            return 1;
    return 0;
}

static const char *const army_units[] = {"brigade", "brigades", "battalion", "division", "regiment",
                                         "corps", NULL};

/* "Eighteenth", "3rd", "18th", "3d": an ordinal, as army units are numbered. */
static int ordinal_word(const vg_token *t)
{
    static const char *const words[] = {"first", "second", "third", "fourth", "fifth", "sixth",
                                        "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                                        NULL};
    size_t n = t->normlen;
    if (vg_ent_tok_in(t, words))
        return 1;
    if ((n > 6 && !memcmp(t->norm + n - 6, "teenth", 6)) || (n > 5 && !memcmp(t->norm + n - 5, "tieth", 5)))
        return 1; /* thirteenth .. nineteenth, twentieth .. ninetieth */
    if (n >= 2 && t->norm[0] >= '0' && t->norm[0] <= '9') {
        const char *e = t->norm + n;
        return (n >= 3 && (!memcmp(e - 2, "th", 2) || !memcmp(e - 2, "st", 2) || !memcmp(e - 2, "nd", 2) ||
                           !memcmp(e - 2, "rd", 2))) ||
               (e[-1] == 'd' && e[-2] >= '0' && e[-2] <= '9');
    }
    return 0;
}

/* The type an organization head gives, refined by the other words:
 * "Free Syrian Army" is a group, "National News Agency" an organization. */
static int org_type(const vg_ent_work *w, size_t a, size_t b, size_t head)
{
    static const char *const armed[] = {"liberation", "revolutionary", "people's", "popular",
                                        "islamic", "resistance", "rebel", "free", "red", "jihad",
                                        "salvation", "mujahideen", "armed", "guerrilla", "islamiyah",
                                        "islamiya", "dawlah", "jamaat", "jemaah", "ansar", "lashkar",
                                        "jaish", "harakat", "tehreek", "mujahidin", "jihadist", NULL};
    static const char *const news[] = {"news", "press", "radio", "television", NULL};
    static const char *const secur[] = {"intelligence", "security", "enforcement", "investigation",
                                        "investigative", "counterterrorism", NULL};
    static const char *const police_units[] = {"disposal", "bomb", "anti-terrorism", "anti-terror",
                                               "anti-terrorist", "counter-terrorism", "counterterrorism",
                                               "police", "flying", "swat", "riot", "narcotics",
                                               "anti-narcotics", "homicide", "response", NULL};
    const vg_token *h = vg_ent_tok(w, head);
    unsigned hc = vg_ent_wc(w, head);
    int t = (hc & VG_WC_ORG_GOV)     ? VG_ENT_GOVERNMENT
            : (hc & VG_WC_ORG_ARMED) ? VG_ENT_ARMED_GROUP
                                     : VG_ENT_ORGANIZATION;
    if (vg_tok_is(h, "army") || vg_tok_is(h, "forces") || vg_tok_is(h, "alliance") ||
        vg_tok_is(h, "movement"))
        return has_word(w, a, b, armed) ? VG_ENT_ARMED_GROUP
               : vg_tok_is(h, "movement") || vg_tok_is(h, "alliance") ? VG_ENT_ORGANIZATION
                                                                       : VG_ENT_GOVERNMENT;
    /* "the Army's Eighteenth Brigade", "3rd Infantry Division": a numbered
     * unit of an army */
    if (vg_ent_tok_in(h, army_units))
        for (size_t i = a; i < head; i++)
            if (ordinal_word(vg_ent_tok(w, i)))
                return VG_ENT_GOVERNMENT;
    /* "Bomb Disposal Squad", "Anti-Terrorism Squad", "Flying Squad": the
     * police's; "death squad" stays armed */
    if ((vg_tok_is(h, "squad") || vg_tok_is(h, "squads") || vg_tok_is(h, "unit")) &&
        has_word(w, a, b, police_units))
        return VG_ENT_GOVERNMENT;
    /* "Dawlah Islamiyah-Hassan Group", "Jaish al-Adl Front": a group of
     * fighters by its words */
    if ((vg_tok_is(h, "group") || vg_tok_is(h, "front")) && has_word(w, a, b, armed))
        return VG_ENT_ARMED_GROUP;
    if (vg_tok_is(h, "agency") || vg_tok_is(h, "service") || vg_tok_is(h, "services"))
        return has_word(w, a, b, news)    ? VG_ENT_ORGANIZATION
               : has_word(w, a, b, secur) ? VG_ENT_GOVERNMENT
                                          : VG_ENT_ORGANIZATION;
    return t;
}

/* Nouns that say the name after them is an organisation's. */
static const char *const org_kinds[] = {"firm", "company", "consultancy", "contractor",
                                        "operator", "manufacturer", "startup", "start-up",
                                        "charity", "broadcaster", "newspaper", "outlet",
                                        "insurer", "airline", "carrier", "bank", NULL};

/* A word that can be part of a person's name. */
static int name_word(const vg_ent_work *w, size_t t, int caseless)
{
    const vg_token *k = vg_ent_tok(w, t);
    unsigned char c0 = (unsigned char)k->norm[0];
    if (!is_word(k) || !((c0 >= 'a' && c0 <= 'z') || c0 >= 0x80) ||
        (vg_ent_wc(w, t) & (VG_WC_COMMON | VG_WC_MONTH | VG_WC_TITLE | VG_WC_ROLE |
                            VG_WC_ORG_ANY | VG_WC_FACILITY)) ||
        (w->tw[t] & VG_TW_DEMONYM))
        return 0;
    if (w->sel[t] != VG_NOSEL && !soft_place(w, t))
        return 0;
    if (caseless)
        return !(w->tw[t] & VG_TW_WORDLEX);
    if (is_initial(k))
        return 1;
    return ((k->flags & VG_TF_CAP) && !((k->flags & VG_TF_ALLCAP) && k->end - k->start > 1)) ||
           (t > 0 && article_name(w, t));
}

/* A verb of saying or believing at token t, inflected as after a subject
 * ("said", "believes"; not "Borno state", "Afungi project"). */
static int speech_at(const vg_ent_work *w, size_t t)
{
    if (vg_ent_wc(w, t) & VG_WC_SPEECH)
        return 1;
    if (!(w->tw[t] & VG_TW_CUE))
        return 0;
    const vg_token *k = vg_ent_tok(w, t);
    size_t n = k->normlen;
    return n > 3 && ((k->norm[n - 2] == 'e' && k->norm[n - 1] == 'd') ||
                     (k->norm[n - 1] == 's' && k->norm[n - 2] != 's'));
}

/* Verbs whose object is mostly a person. */
static vg_wordlist person_verbs = VG_WORDLIST("detained", "arrested", "kidnapped", "abducted",
                                              "killed", "shot", "assassinated", "released",
                                              "freed", "charged", "sentenced", "executed",
                                              "captured", "interviewed", "questioned", "accused",
                                              "wounded", "injured", "identified", "named", "dead");

/* People by what they are, before a list of their names. */
static vg_wordlist people_nouns = VG_WORDLIST("suspects", "suspect", "men", "women", "victims", "victim",
                                              "attackers", "brothers", "sons", "detainees", "defendants",
                                              "accused", "hostages", "gunmen", "assailants");

static vg_wordlist leader_verbs = VG_WORDLIST("led", "headed", "founded", "commanded", "run");

/* What an attacker does with his own hands: a full name before one is a
 * person ("when Salman Abedi detonated a homemade bomb"), the act's doer
 * (incident.c). Not "killed" or "destroyed", which storms and operations
 * do too ("Hurricane Milton killed"). */
vg_wordlist vg_ent_hand_deeds = VG_WORDLIST("detonated", "stabbed", "rammed", "blew", "shot", "gunned", "hijacked",
                                            "murdered", "beheaded", "strangled", "threw", "fired", "opened", "set");

/* Last words of a business's or an outlet's name, never of a person's. */
static const char *const business_tails[] = {"mining", "holdings", "reporters", "resources", "energy", "media",
                                             "news", "group", "services", "systems", "partners", "capital",
                                             "oil", "gas", "petroleum", "logistics", "airways", "motors",
                                             "technologies", "solutions", "international", "global", "limited",
                                             "ltd", "inc", "corp", "plc", "llc", "bank", "insurance",
                                             "telecom", "security", "consulting", "network", "foundation", NULL};

/* People named by where they live: "a resident of Pama". */
static const char *const dweller_nouns[] = {"resident", "residents", "inhabitant", "inhabitants", "native",
                                            "natives", "villagers", "villager", "people", "elders", NULL};

/* A cue after a name: a verb of saying ("Yildirim said"), a copula and a
 * role ("İlhami Balı is not Turkey emir"), or an apposition with a role
 * ("Ahmet Yildirim, a spokesman for", "Ala, the interior minister"). */
static int cue_after(const vg_ent_work *w, size_t b, size_t send)
{
    static const char *const copula[] = {"is", "was", "became", "remains", "remained", "becomes", NULL};
    if (b >= send)
        return 0;
    if (speech_at(w, b))
        return 1;
    /* "İlker Çelikkaya, 34, whom prosecutors describe": an age */
    if (b + 2 < send && vg_tok_is(vg_ent_tok(w, b), ",") &&
        vg_ent_tok(w, b + 1)->kind == VG_TOK_NUM && vg_ent_tok(w, b + 1)->normlen <= 3 &&
        vg_tok_is(vg_ent_tok(w, b + 2), ","))
        return 1;
    /* "Koffi Yao, whose brother died in the attack, said": a person's
     * relative clause, then what the person said (not "Wagner Mining,
     * whose site was hit, said") */
    if (b + 2 < send && b > 0 && vg_tok_is(vg_ent_tok(w, b), ",") && !vg_ent_tok_in(vg_ent_tok(w, b - 1), business_tails) &&
        (vg_tok_is(vg_ent_tok(w, b + 1), "who") || vg_tok_is(vg_ent_tok(w, b + 1), "whose"))) {
        for (size_t k = b + 2; k + 1 < send && k < b + 25; k++)
            if (vg_ent_tok(w, k)->kind == VG_TOK_PUNCT)
                return vg_tok_is(vg_ent_tok(w, k), ",") && speech_at(w, k + 1);
    }
    /* "Fátima Assane Buanamade, a Mozambican national,": a person by
     * nationality */
    if (b + 4 < send && vg_tok_is(vg_ent_tok(w, b), ",") &&
        (vg_tok_is(vg_ent_tok(w, b + 1), "a") || vg_tok_is(vg_ent_tok(w, b + 1), "an")) &&
        (vg_tok_is(vg_ent_tok(w, b + 3), "national") || vg_tok_is(vg_ent_tok(w, b + 3), "citizen")) &&
        is_cap(vg_ent_tok(w, b + 2)))
        return 1;
    size_t i = b + 1, lim;
    if (vg_ent_tok_in(vg_ent_tok(w, b), copula)) {
        lim = b + 5;
    } else if (vg_tok_is(vg_ent_tok(w, b), ",")) {
        lim = b + 5;
    } else {
        return 0;
    }
    for (; i < send && i < lim; i++) {
        const vg_token *t = vg_ent_tok(w, i);
        if (t->kind == VG_TOK_PUNCT)
            return 0;
        /* (not "Gunmen attacked Kwanar Dutse, a witness said": the role
         * opens a clause of its own, the speaker's) */
        if (is_word(t) && (vg_ent_wc(w, i) & VG_WC_ROLE))
            return !(i + 1 < send && speech_at(w, i + 1));
    }
    return 0;
}

static int cue_before(const vg_ent_work *w, size_t a, size_t b, const vg_sent *se)
{
    size_t sstart = se->tok_start;
    if (a > sstart) {
        const vg_token *p = vg_ent_tok(w, a - 1);
        if (vg_ent_wc(w, a - 1) & (VG_WC_TITLE | VG_WC_ROLE))
            return 1; /* "spokesman Ahmet Yılmaz" */
        /* "..., said Ahmet Yılmaz." or ", said Ahmet Yılmaz, a spokesman";
         * not "told Vigil Wire", "said Tanta was calm" */
        if ((vg_tok_is(p, "said") || vg_tok_is(p, "says")) &&
            (b >= se->tok_end || vg_ent_tok(w, b)->kind == VG_TOK_PUNCT))
            return 1;
        /* '"...," said trader Aisha Bello.': who they are, then the name */
        if (b - a >= 2 && a > sstart + 1 && (p->flags & VG_TF_LOWER) && is_word(p) &&
            (vg_tok_is(vg_ent_tok(w, a - 2), "said") || vg_tok_is(vg_ent_tok(w, a - 2), "says")) &&
            (b >= se->tok_end || vg_ent_tok(w, b)->kind == VG_TOK_PUNCT))
            return 1;
        /* a full name as what was done to someone: "Police detained Omar
         * Hassan", "said Omar Hassan was charged", "were named as Şükrü
         * Öztaş", "the faction led by Abubakar Shekau" */
        if (b - a >= 2 && vg_tok_in(p, &person_verbs))
            return 1;
        if (b - a >= 2 && a > sstart + 1 && (vg_tok_is(p, "as") || vg_tok_is(p, "by")) &&
            (vg_tok_in(vg_ent_tok(w, a - 2), &person_verbs) ||
             vg_tok_in(vg_ent_tok(w, a - 2), &leader_verbs)))
            return 1;
        /* "identified by relatives as Terrence Gaines": the verb a few
         * words before "as" */
        if (b - a >= 2 && vg_tok_is(p, "as"))
            for (size_t k = a - 1; k > sstart && k + 5 > a; k--) {
                const vg_token *v = vg_ent_tok(w, k - 1);
                if (v->kind == VG_TOK_PUNCT)
                    break;
                if (vg_tok_is(v, "identified") || vg_tok_is(v, "named"))
                    return 1;
            }
        /* "A Taliban spokesman, Qari Abdul Samad, claimed"; "A spokesman
         * for the army, Yahya Rasool, said" (the role a few words before,
         * the name closed by a comma); "The suspects, Yanis Boudjemaâ,
         * Théo Lefèvre and ...": people named after the people they are */
        if (vg_tok_is(p, ",") && a > sstart + 1 &&
            ((vg_ent_wc(w, a - 2) & VG_WC_ROLE) || vg_tok_in(vg_ent_tok(w, a - 2), &people_nouns)))
            return 1;
        if (b - a >= 2 && vg_tok_is(p, ",") && b < se->tok_end && vg_tok_is(vg_ent_tok(w, b), ","))
            for (size_t k = a - 1; k > sstart && k + 7 > a; k--) {
                const vg_token *t = vg_ent_tok(w, k - 1);
                /* the role heads the phrase that runs to the comma: not
                 * "The commander said the base, Camp Leatherneck," */
                if (t->kind == VG_TOK_PUNCT || (vg_ent_wc(w, k - 1) & VG_WC_SPEECH) || vg_tok_past(t) ||
                    vg_tok_is(t, "is") || vg_tok_is(t, "was") || vg_tok_is(t, "are") || vg_tok_is(t, "were"))
                    break;
                if (vg_ent_wc(w, k - 1) & VG_WC_ROLE)
                    return 1;
            }
        /* "Şükrü Öztaş, Gökhan Yıldırımer and ...": a name listed after a
         * person's */
        if (b - a >= 2 && vg_tok_is(p, ",") && a > sstart + 1) {
            const vg_ent_cand *prev = kept_at(w, a - 2);
            if (prev && prev->kind == VG_EC_PERSON && prev->end == a - 1)
                return 1;
        }
        /* "Şükrü Öztaş and Gökhan Yıldırımer": a name joined to a person's */
        if (b - a >= 2 && vg_tok_is(p, "and") && a > sstart + 1) {
            const vg_ent_cand *prev = kept_at(w, a - 2);
            if (prev && prev->kind == VG_EC_PERSON && prev->end == a - 1)
                return 1;
        }
        if (b - a >= 2 && (vg_tok_is(p, "said") || vg_tok_is(p, "says")) && b < se->tok_end &&
            (vg_tok_is(vg_ent_tok(w, b), "was") || vg_tok_is(vg_ent_tok(w, b), "had") ||
             vg_tok_is(vg_ent_tok(w, b), "is") || vg_tok_is(vg_ent_tok(w, b), "has")))
            return 1;
        /* '"...," said Elena Marquez of the Justice Department': the
         * speaker, then whom she speaks for */
        if (b - a >= 2 && (vg_tok_is(p, "said") || vg_tok_is(p, "says")) && b + 1 < se->tok_end &&
            vg_tok_is(vg_ent_tok(w, b), "of") &&
            (vg_tok_is(vg_ent_tok(w, b + 1), "the") || (vg_ent_tok(w, b + 1)->flags & (VG_TF_CAP | VG_TF_ALLCAP))))
            return 1;
        /* '"...," said a displaced trader, Mahamadou Ouédraogo.': who they
         * are, then the name closing the sentence or its clause */
        if (b - a >= 2 && vg_tok_is(p, ",") && (b >= se->tok_end || vg_ent_tok(w, b)->kind == VG_TOK_PUNCT))
            for (size_t k = a - 1; k > sstart + 1 && k + 6 > a; k--) {
                const vg_token *t = vg_ent_tok(w, k - 1);
                if (t->kind != VG_TOK_WORD)
                    break;
                if ((vg_tok_is(t, "a") || vg_tok_is(t, "an")) &&
                    (vg_tok_is(vg_ent_tok(w, k - 2), "said") || vg_tok_is(vg_ent_tok(w, k - 2), "says")))
                    return 1;
            }
    }
    return a >= sstart + 2 && vg_tok_is(vg_ent_tok(w, a - 2), "according") &&
           vg_tok_is(vg_ent_tok(w, a - 1), "to");
}

/* What a settlement is called before "of" ("the village of Kagoro"), and
 * after its name ("Tillia district"). */
static const char *const settlement_nouns[] = {"village", "town", "city", "hamlet", "locality", "commune",
                                               "settlement", "municipality", "district", "township",
                                               "neighbourhood", "neighborhood", "suburb", NULL};
static const char *const area_words[] = {"village", "town", "district", "area", "region", "province",
                                         "county", "locality", "commune", "municipality", "township",
                                         "neighbourhood", "neighborhood", "suburb", "territory", "cercle",
                                         "department", "governorate", "prefecture", NULL};
static const char *const site_preps[] = {"in", "at", "near", "outside", "inside", NULL};
static const char *const distance_units[] = {"km", "kms", "kilometres", "kilometers", "miles", "mi", NULL};
/* What may follow a town's name in its clause. */
static const char *const after_town[] = {"on", "in", "at", "near", "during", "and", "or", "last", "this", "early",
                                         "late", "overnight", "before", "after", "when", "where", "while",
                                         "yesterday", "today", "next", "killing", "wounding", NULL};
/* Sites whose place may follow "at": "the army post at Tillia". */
static const char *const military_sites[] = {"post", "posts", "base", "bases", "camp", "camps", "checkpoint",
                                             "checkpoints", "barracks", "outpost", "outposts", "position",
                                             "positions", "garrison", "village", "villages", "town", NULL};


/* A kept place that is no country ("Punjab", "West Midlands"). */
static int soft_area(const vg_ent_work *w, const vg_ent_cand *c)
{
    for (uint32_t k = 0; k < c->nrecs; k++) {
        const vg_place *p = vg_lex_place(w->lx, c->recs[k]);
        if (p && p->kind == VG_PLACE_COUNTRY)
            return 0;
    }
    return 1;
}

/* Whether a lexicon hit of kind ends right before token p, starting at most
 * three tokens before it, after lo. */
static int hit_ends_at(const vg_ent_work *w, size_t p, size_t lo, int kind)
{
    for (size_t j = p; j-- > lo && p - j <= 3;) {
        size_t n = 0;
        const vg_lex_hit *h = vg_extract_hits(w->doc, j, &n);
        for (size_t i = 0; i < n; i++)
            if (h[i].kind == kind && j + h[i].ntok == p)
                return 1;
    }
    return 0;
}

/* "north of Baghdad", "60 km north of Bunia", "some 40 miles southwest of
 * Mosul" from token t: the token of the city or region named (a country is
 * none: "north of Mali" lies outside it), else -1. */
static int32_t near_town(const vg_ent_work *w, size_t t, const vg_sent *se)
{
    if (t < se->tok_end && (vg_tok_is(vg_ent_tok(w, t), "some") || vg_tok_is(vg_ent_tok(w, t), "about")))
        t++;
    if (t + 1 < se->tok_end && vg_ent_tok(w, t)->kind == VG_TOK_NUM &&
        vg_ent_tok_in(vg_ent_tok(w, t + 1), distance_units))
        t += 2;
    if (t + 2 >= se->tok_end || !vg_tok_in(vg_ent_tok(w, t), &vg_ent_compass_points) ||
        !vg_tok_is(vg_ent_tok(w, t + 1), "of"))
        return -1;
    const vg_ent_cand *k = kept_at(w, t + 2);
    if (!k || k->kind != VG_EC_PLACE || k->part || k->tok != t + 2)
        return -1;
    for (uint32_t j = 0; j < k->nrecs; j++) {
        const vg_place *p = vg_lex_place(w->lx, k->recs[j]);
        if (p && p->kind == VG_PLACE_COUNTRY)
            return -1;
    }
    return k->nrecs ? (int32_t)(t + 2) : -1;
}

/* Whether the name words [a,b) are a place no gazetteer holds: after "the
 * village|town|... of", or after "in|at|near|outside|inside" with a sign
 * that a place follows ("Tillia district", "Kagoro, Kaduna", "Tillia in the
 * Tahoua region") or that a site or an act comes before ("the military post
 * at Tillia", "ambushed near Mafa"). */
static int unknown_place(const vg_ent_work *w, size_t a, size_t b, const vg_sent *se, int32_t *anchor)
{
    *anchor = -1; /* the token of the known place it lies in, if named */
    if (a < se->tok_start + 2 || b - a > 3)
        return 0;
    for (size_t i = a; i < b; i++)
        if (vg_extract_hit(w->doc, i, VG_LK_PLACE))
            return 0; /* a gazetteer name the document's places turned away */
    const vg_token *p = vg_ent_tok(w, a - 1);
    int settled = vg_tok_is(p, "of") && vg_ent_tok_in(vg_ent_tok(w, a - 2), settlement_nouns);
    if (!settled && !vg_ent_tok_in(p, site_preps))
        return 0;
    if (b < se->tok_end) {
        const vg_token *n = vg_ent_tok(w, b);
        if ((n->flags & VG_TF_LOWER) && vg_ent_tok_in(n, area_words)) {
            /* "in Boulkessi district"; "in Ancuabe district, Cabo
             * Delgado" lies in that region; "in Djugu territory, 60 km
             * north of Bunia" by that town */
            if (b + 2 < se->tok_end && vg_tok_is(vg_ent_tok(w, b + 1), ",")) {
                const vg_ent_cand *k = kept_at(w, b + 2);
                *anchor = k && k->kind == VG_EC_PLACE && !k->part ? (int32_t)(b + 2) : near_town(w, b + 2, se);
            }
            return 1;
        }
        /* "at Walmart on Saturday" and "at Chevron in Warri" as much as
         * "at Tillia on Monday": a name followed by a word in lower case
         * ("Nova festival", "YouTube headquarters") or a possessive is a
         * business or a venue's, not a town */
        if (!settled && !(n->kind == VG_TOK_PUNCT && !vg_tok_is(n, "'s")) && !vg_ent_tok_in(n, after_town))
            return 0;
        /* "Tillia, Tahoua region", "Lanet, Kenya", "Tillia in the Tahoua
         * region": the region or country it lies in */
        size_t t = b + 1;
        if (vg_tok_is(n, ",") && t < se->tok_end) {
            const vg_ent_cand *k = kept_at(w, t);
            if (k && k->kind == VG_EC_PLACE && !k->part) {
                *anchor = (int32_t)t;
                return 1;
            }
            /* "Tarmiyah, north of Baghdad": a town by a known one (not
             * "opened fire at Walmart, north of Dallas") */
            *anchor = vg_tok_is(p, "at") || vg_tok_is(p, "inside") ? -1 : near_town(w, t, se);
            if (*anchor >= 0)
                return 1;
        }
        /* "in the Tahoua region", "in central Mali", "in northern Niger" */
        if (vg_tok_is(n, "in") && t + 1 < se->tok_end) {
            if (vg_tok_is(vg_ent_tok(w, t), "the") && t + 2 < se->tok_end)
                t++;
            if (vg_tok_in(vg_ent_tok(w, t), &vg_ent_compass_words) && t + 2 < se->tok_end)
                t++;
            const vg_ent_cand *k = kept_at(w, t);
            if (k && k->kind == VG_EC_PLACE && !k->part && k->tok == t &&
                ((k->end < se->tok_end && vg_ent_tok_in(vg_ent_tok(w, k->end), area_words)) || !soft_area(w, k))) {
                *anchor = (int32_t)t;
                return 1;
            }
        }
    }
    if (settled)
        return 1;
    /* "the military post at Tillia": a military site or a settlement
     * before "at"; "ambushed near Mafa", "restaurants in Bir al-Abd": any
     * site or act before "in", "near", "outside" ("opened fire at
     * Walmart", "students at Harvard" are not) */
    size_t lo = a - 1 > se->tok_start + 3 ? a - 4 : se->tok_start;
    if (!vg_tok_is(p, "at") && !vg_tok_is(p, "inside"))
        return hit_ends_at(w, a - 1, lo, VG_LK_TARGET) || hit_ends_at(w, a - 1, lo, VG_LK_TRIGGER);
    return a >= se->tok_start + 2 && vg_ent_tok_in(vg_ent_tok(w, a - 2), military_sites);
}

static const char *const post_nominals[] = {"kc", "qc", "sc", "mp", "mep", "msp", "obe", "mbe", "cbe",
                                            "kbe", "dbe", "phd", "qpm", NULL};

/* One run of capitalized words [a,b) in mixed-case text. */

static int cap_run(vg_ent_work *w, size_t a, size_t b, int headline)
{
    const vg_sent *se = vg_ent_sent(w, a);
    vg_ent_cand *c;
    /* leading words that are no part of a name */
    int in_charge = 0; /* "Special Agent in Charge Ana Ruiz": the title's tail */
    for (;;) {
        if (a >= b)
            return VIGIL_OK;
        size_t nv = never_at(w, a, b);
        if (nv) {
            a += nv;
        } else if ((vg_ent_wc(w, a) & VG_WC_MONTH) ||
                   ((w->tw[a] & VG_TW_INITIAL) && (vg_ent_wc(w, a) & VG_WC_COMMON)) ||
                   /* "Under Secretary John Smith", "Special Envoy John Smith":
                    * the title's first word */
                   ((vg_tok_is(vg_ent_tok(w, a), "under") || vg_tok_is(vg_ent_tok(w, a), "special")) && a + 1 < b &&
                    (vg_ent_wc(w, a + 1) & VG_WC_TITLE))) {
            a++;
        } else if (vg_tok_is(vg_ent_tok(w, a), "charge") && a >= se->tok_start + 2 &&
                   vg_tok_is(vg_ent_tok(w, a - 1), "in") && (vg_ent_wc(w, a - 2) & VG_WC_TITLE)) {
            in_charge = 1;
            a++;
        } else {
            break;
        }
    }
    size_t last = b - 1;
    if (b - a >= 2 && (vg_ent_wc(w, last) & VG_WC_FACILITY) && !headline) {
        /* "the Government Girls Secondary School": the word the lexicon
         * took for the government opens the school's name */
        if (a > se->tok_start && w->sel[a - 1] != VG_NOSEL && vg_tok_is(vg_ent_tok(w, a - 1), "government") &&
            is_cap(vg_ent_tok(w, a - 1))) {
            vg_ent_cand *g = &w->c[w->sel[a - 1]];
            if (g->end == a && (g->tok == a - 1 || (g->tok + 2 == a && vg_tok_is(vg_ent_tok(w, g->tok), "the")))) {
                vg_ent_drop(w, g);
                a--;
            }
        }
        return add_kept(w, (uint32_t)a, (uint32_t)b, VG_EC_FACILITY, VG_ENT_FACILITY, &c);
    }
    size_t head = SIZE_MAX;
    if (b - a >= 2 && (vg_ent_wc(w, last) & VG_WC_ORG_ANY))
        head = last;
    for (size_t i = a + 1; head == SIZE_MAX && i + 1 < b; i++)
        if (vg_tok_is(vg_ent_tok(w, i), "of") && (vg_ent_wc(w, i - 1) & VG_WC_ORG_ANY))
            head = i - 1;
    /* "the army's 103rd Infantry Brigade": the number is the unit's */
    if (head != SIZE_MAX && a > se->tok_start && ordinal_word(vg_ent_tok(w, a - 1)) &&
        vg_ent_tok_in(vg_ent_tok(w, head), army_units) && !kept_at(w, a - 1))
        a--;
    if (head != SIZE_MAX && !headline) {
        /* "Istanbul University": its country; not the head or the last
         * word ("the Alliance of Sahel States" is neither in Alliance,
         * Ohio, nor in the United States) */
        const vg_ent_cand *inner = NULL;
        for (size_t i = a; i < last && !inner; i++)
            if (i != head && soft_place(w, i))
                inner = kept_at(w, i);
        const uint32_t *recs = inner ? inner->recs : NULL;
        uint32_t nrecs = inner ? inner->nrecs : 0;
        const uint8_t *canon = inner ? inner->canon : NULL;
        int rc = add_kept(w, (uint32_t)a, (uint32_t)b, VG_EC_ORG, (uint8_t)org_type(w, a, b, head), &c);
        if (rc != VIGIL_OK || !c)
            return rc;
        c->recs = recs;
        c->nrecs = nrecs;
        c->canon = canon;
        for (size_t i = a; i < b; i++) /* "Turkish Airlines": the demonym's country */
            if (w->dem_cc[i] && !c->cc[0]) {
                const vg_place *p = vg_lex_place(w->lx, w->dem_cc[i] - 1);
                if (p)
                    memcpy(c->cc, p->cc, 3);
            }
        return VIGIL_OK;
    }
    const vg_token *after = b < se->tok_end ? vg_ent_tok(w, b) : NULL;
    if (after && is_word(after) && (after->flags & VG_TF_LOWER) &&
        (vg_ent_wc(w, b) & VG_WC_FACILITY) && !headline &&
        !(b - a == 1 && (vg_ent_wc(w, a) & (VG_WC_COMMON | VG_WC_MONTH))))
        /* "Imam Ali shrine"; not "a Christmas market" */
        return add_kept(w, (uint32_t)a, (uint32_t)b + 1, VG_EC_FACILITY, VG_ENT_FACILITY, &c);
    /* "Crown prosecutor Helen Maddox KC", "Helen Maddox MP": letters
     * after a name are no part of it */
    size_t post = 0; /* "Sir Keir Starmer KC MP": stacked */
    while (b - a >= 3 && (vg_ent_tok(w, b - 1)->flags & VG_TF_ALLCAP) &&
           vg_ent_tok_in(vg_ent_tok(w, b - 1), post_nominals)) {
        post++;
        b--;
    }
    size_t nb = b + post; /* the word after the name and its letters */
    /* a person: titles, demonyms and roles before the name are cues, and
     * the place before a title is the office's ("Arauca Governor X",
     * "Kano State Governor X") */
    int cue = 0;
    while (a + 1 < b && soft_place(w, a) && (vg_ent_wc(w, a + 1) & (VG_WC_TITLE | VG_WC_ROLE)))
        a++;
    while (a < b) {
        if (vg_ent_wc(w, a) & (VG_WC_TITLE | VG_WC_ROLE)) {
            cue = 1;
            a++;
        } else if (w->tw[a] & VG_TW_DEMONYM) {
            a += w->dem_len[a] ? w->dem_len[a] : 1;
        } else {
            break;
        }
    }
    if (a >= b || b - a > 4)
        return VIGIL_OK;
    if (b - a == 1 && vg_ent_tok(w, a)->normlen == 1)
        return VIGIL_OK; /* "P" of "P/BGen.": a letter is no name */
    int places = 0;
    for (size_t i = a; i < b; i++) {
        if (!name_word(w, i, 0) && !(i > a && i + 1 < b && (vg_ent_wc(w, i) & VG_WC_PARTICLE)))
            return VIGIL_OK;
        places += soft_place(w, i);
    }
    int titled = cue || in_charge || (a > se->tok_start && (vg_ent_wc(w, a - 1) & (VG_WC_TITLE | VG_WC_ROLE)));
    if (places == (int)(b - a) && !titled)
        return VIGIL_OK; /* "an official in Cairo said": the place stays */
    cue = cue || in_charge || cue_before(w, a, b, se);
    /* "Ahmad K.", "Mahmoud K.": a given name and the initial of a
     * surname withheld (the dot its own token before a comma) */
    const vg_token *li = vg_ent_tok(w, b - 1);
    if (b - a == 2 && !is_initial(vg_ent_tok(w, a)) && !headline &&
        (is_initial(li) ||
         (li->normlen == 1 && (li->flags & VG_TF_ALLCAP) && b < se->tok_end &&
          vg_tok_is(vg_ent_tok(w, b), ".")))) {
        cue = 1;
        if (!is_initial(li))
            b++;
    }
    if (b - a == 1 && !cue && (w->tw[a] & VG_TW_INITIAL))
        return VIGIL_OK; /* "Investigators think": one word opening a sentence */
    /* "a local elected official in Tillia said", "the post at Tillia": one
     * word after a place preposition is a place we do not know, not a
     * speaker */
    /* ("A resident of nearby Pama said": past "nearby") */
    size_t pc = a > se->tok_start + 1 && (vg_tok_is(vg_ent_tok(w, a - 1), "nearby") ||
                                          vg_tok_is(vg_ent_tok(w, a - 1), "neighbouring") ||
                                          vg_tok_is(vg_ent_tok(w, a - 1), "neighboring"))
                    ? a - 1
                    : a;
    int placed = pc > se->tok_start &&
                 ((vg_ent_wc(w, pc - 1) & VG_WC_PLACE_CUE) ||
                  (pc > se->tok_start + 1 && vg_tok_is(vg_ent_tok(w, pc - 1), "of") &&
                   vg_ent_tok_in(vg_ent_tok(w, pc - 2), dweller_nouns)));
    if (!cue && !headline && !(b - a == 1 && placed))
        cue = cue_after(w, nb, se->tok_end);
    /* "Counsel for Yusuf Karaman, Paul Whitford, told the jury": a full
     * name between commas, then its verb of saying (not "Its operator,
     * Resolute Mining, said") */
    if (!cue && !headline && b - a >= 2 && a > se->tok_start + 1 && vg_tok_is(vg_ent_tok(w, a - 1), ",") &&
        nb + 1 < se->tok_end && vg_tok_is(vg_ent_tok(w, nb), ",") && speech_at(w, nb + 1) &&
        !vg_ent_tok_in(vg_ent_tok(w, b - 1), business_tails))
        cue = 1;
    /* "Omar Hassan was detained": a full name, then what was done to him */
    if (!cue && !headline && b - a >= 2 && nb + 1 < se->tok_end &&
        (vg_tok_is(vg_ent_tok(w, nb), "was") || vg_tok_is(vg_ent_tok(w, nb), "were")) &&
        vg_tok_in(vg_ent_tok(w, nb + 1), &person_verbs))
        cue = 1;
    if (!cue && !headline && b - a >= 2 && places == 0 && nb < se->tok_end &&
        vg_tok_in(vg_ent_tok(w, nb), &vg_ent_hand_deeds) && !vg_ent_tok_in(vg_ent_tok(w, b - 1), business_tails))
        cue = 1;
    int32_t anchor;
    if (!cue && !headline && places == 0 && unknown_place(w, a, b, se, &anchor)) {
        int rc = add_kept(w, (uint32_t)a, (uint32_t)b, VG_EC_TOWN, VG_ENT_PLACE, &c);
        if (rc == VIGIL_OK && c)
            c->pat = anchor; /* its country is that place's, or unknown */
        return rc;
    }
    if (!cue)
        return VIGIL_OK;
    if (b - a == 1 && (w->tw[a] & VG_TW_WORDLEX))
        return VIGIL_OK;
    /* "Maritime security firm Ambrey assessed": a company's name */
    if (a > se->tok_start && vg_ent_tok_in(vg_ent_tok(w, a - 1), org_kinds))
        return add_kept(w, (uint32_t)a, (uint32_t)b, VG_EC_ORG, VG_ENT_ORGANIZATION, &c);
    return add_kept(w, (uint32_t)a, (uint32_t)b, VG_EC_PERSON, VG_ENT_PERSON, &c);
}

/* Most longer words capitalized: a headline in title case. */
static int title_case(const vg_ent_work *w, const vg_sent *se)
{
    size_t cap = 0, low = 0;
    for (size_t i = se->tok_start; i < se->tok_end; i++) {
        const vg_token *t = vg_ent_tok(w, i);
        if (!is_word(t) || t->end - t->start < 4)
            continue;
        if (t->flags & VG_TF_LOWER)
            low++;
        else if (t->flags & VG_TF_CAP)
            cap++;
    }
    if (se->flags & VG_SF_HEADLINE)
        return cap >= 2 && cap * 10 >= (cap + low) * 6;
    /* (not "Gunmen attacked the Marriott Hotel in Islamabad on Monday.":
     * a sentence in the body keeps its verbs in lower case) */
    return cap >= 4 && cap * 10 >= (cap + low) * 9;
}

static int mixed_sentence(vg_ent_work *w, const vg_sent *se)
{
    int headline = title_case(w, se);
    for (size_t t = se->tok_start; t < se->tok_end;) {
        /* "the Santa Rosa de Lima Cartel": a place names the group */
        if (w->sel[t] != VG_NOSEL && !headline) {
            vg_ent_cand *p = &w->c[w->sel[t]];
            const vg_place *pl = p->kind == VG_EC_PLACE && p->tok == t && p->nrecs
                                     ? vg_lex_place(w->lx, p->recs[0])
                                     : NULL;
            size_t e = p->end;
            if (pl && pl->kind != VG_PLACE_COUNTRY && e < se->tok_end && is_cap(vg_ent_tok(w, e)) &&
                w->sel[e] == VG_NOSEL && (vg_ent_wc(w, e) & VG_WC_ORG_ARMED) && !(vg_ent_wc(w, e) & VG_WC_COMMON)) {
                vg_ent_drop(w, p);
                vg_ent_cand *c;
                int rc = add_kept(w, (uint32_t)t, (uint32_t)e + 1, VG_EC_ORG, VG_ENT_ARMED_GROUP, &c);
                if (rc != VIGIL_OK)
                    return rc;
                if (c && vg_geo_one_country(w->lx, p->recs, p->nrecs))
                    memcpy(c->cc, pl->cc, 3); /* (not a name of places in several countries) */
                t = e + 1;
                continue;
            }
        }
        if (!is_cap(vg_ent_tok(w, t)) || (w->sel[t] != VG_NOSEL && !soft_place(w, t))) {
            t++;
            continue;
        }
        size_t b = t + 1;
        while (b < se->tok_end) {
            const vg_token *k = vg_ent_tok(w, b);
            int free_ = w->sel[b] == VG_NOSEL || soft_place(w, b);
            if (free_ && (is_cap(k) || article_name(w, b))) {
                b++;
            } else if (free_ && b + 1 < se->tok_end && is_cap(vg_ent_tok(w, b + 1)) &&
                       (w->sel[b + 1] == VG_NOSEL || soft_place(w, b + 1)) &&
                       ((vg_ent_wc(w, b) & VG_WC_PARTICLE) ||
                        (vg_tok_is(k, "of") && (vg_ent_wc(w, b - 1) & VG_WC_ORG_ANY)))) {
                b += 2;
            } else {
                break;
            }
        }
        int rc = cap_run(w, t, b, headline);
        if (rc != VIGIL_OK)
            return rc;
        t = b;
    }
    return VIGIL_OK;
}

/* "colonel luis arturo isaacs", "president cerezo"; "roberto garcia, a
 * spokesman for": people in caseless text. */
static const char *const preps[] = {"on", "in", "at", "for", "with", "from", "to", "near", "into", NULL};

/* A word in -ing of more than five letters. */
static int verb_form(const vg_token *k)
{
    size_t n = k->normlen;
    return n > 5 && !memcmp(k->norm + n - 3, "ing", 3);
}

/* Whether "a" or "an" stands within two words before the role word at t
 * ("an engineer", "a Colombian engineer"; not "Colonel Manning"). */
static int indefinite_before(const vg_ent_work *w, const vg_sent *se, size_t t)
{
    static const char *const indef[] = {"a", "an", NULL};
    for (size_t j = t; j > se->tok_start && t - j < 2; j--)
        if (vg_ent_tok_in(vg_ent_tok(w, j - 1), indef))
            return 1;
    return 0;
}

static int caseless_sentence(vg_ent_work *w, const vg_sent *se)
{
    static const char *const articles[] = {"the", "a", "an", "its", "his", "her", "their", NULL};
    vg_ent_cand *c;
    for (size_t t = se->tok_start; t < se->tok_end; t++) {
        const vg_token *k = vg_ent_tok(w, t);
        if ((vg_ent_wc(w, t) & VG_WC_TITLE) && w->sel[t] == VG_NOSEL) {
            size_t b = t + 1;
            while (b < se->tok_end && b < t + 5 && name_word(w, b, 1))
                b++;
            /* "spokesman condemned the sabotage": one word and an article
             * after it is a verb */
            if (b == t + 2 && b < se->tok_end && vg_ent_tok_in(vg_ent_tok(w, b), articles))
                b = t + 1;
            /* "an engineer working on the pipeline": one word in -ing
             * before a preposition, after "a|an <role>", is a verb */
            if (b == t + 2 && b < se->tok_end && verb_form(vg_ent_tok(w, t + 1)) &&
                vg_ent_tok_in(vg_ent_tok(w, b), preps) && indefinite_before(w, se, t))
                b = t + 1;
            if (b > t + 1) {
                int rc = add_kept(w, (uint32_t)t + 1, (uint32_t)b, VG_EC_PERSON, VG_ENT_PERSON, &c);
                if (rc != VIGIL_OK)
                    return rc;
                t = b - 1;
            }
            continue;
        }
        if (vg_tok_is(k, ",") && t + 2 < se->tok_end &&
            (vg_tok_is(vg_ent_tok(w, t + 1), "a") || vg_tok_is(vg_ent_tok(w, t + 1), "an")) &&
            cue_after(w, t + 2, se->tok_end)) {
            size_t a = t;
            while (a > se->tok_start && a + 3 > t && name_word(w, a - 1, 1))
                a--;
            if (t - a >= 2) {
                int rc = add_kept(w, (uint32_t)a, (uint32_t)t, VG_EC_PERSON, VG_ENT_PERSON, &c);
                if (rc != VIGIL_OK)
                    return rc;
            }
        }
    }
    return VIGIL_OK;
}

typedef struct surname {
    const char *norm;   /* the last word's folded form */
    uint64_t key;
    const char *name;
    uint32_t after;     /* token where its full name ends */
    uint8_t ambiguous;  /* two people share it */
} surname;

static int surname_cmp(const void *x, const void *y)
{
    const surname *a = x, *b = y;
    int c = strcmp(a->norm, b->norm);
    return c ? c : a->after < b->after ? -1 : a->after > b->after;
}

static int surname_key(const void *k, const void *e)
{
    return strcmp((const char *)k, ((const surname *)e)->norm);
}

/* The first token among [t, end) whose hash (its norm's vg_wordhash_hash)
 * has its bit in filter, 1024 bits; or end. (A loop of its own, as
 * next_group_head, so that it runs in registers.) */
static size_t next_in_filter(const vg_token *toks, size_t t, size_t end, const uint64_t *filter)
{
    for (; t < end; t++) {
        uint32_t h = toks[t].hash & 1023;
        if (filter[h >> 6] & (1ULL << (h & 63)))
            break;
    }
    return t;
}

/* "Luis Arturo Isaacs" ... "Isaacs": later one-word mentions of a person
 * named in full, when no other person has that surname. */
static int surnames(vg_ent_work *w)
{
    size_t np = 0;
    for (size_t k = 0; k < w->nc; k++)
        np += w->c[k].keep && w->c[k].kind == VG_EC_PERSON && w->c[k].end - w->c[k].tok >= 2;
    if (!np)
        return VIGIL_OK;
    surname *s = vg_arena_alloc(&w->doc->arena, np * sizeof *s);
    if (!s)
        return vg_ent_fail(w);
    size_t n = 0;
    for (size_t k = 0; k < w->nc; k++) {
        const vg_ent_cand *c = &w->c[k];
        if (c->keep && c->kind == VG_EC_PERSON && c->end - c->tok >= 2)
            s[n++] = (surname){vg_ent_tok(w, c->end - 1)->norm, c->key, c->name, c->end, 0};
    }
    qsort(s, n, sizeof *s, surname_cmp);
    for (size_t i = 0; i + 1 < n; i++)
        if (strcmp(s[i].norm, s[i + 1].norm) == 0 && s[i].key != s[i + 1].key)
            s[i].ambiguous = s[i + 1].ambiguous = 1;
    for (size_t i = n; i-- > 1;) /* the first of a run carries the flag for bsearch hits */
        if (strcmp(s[i].norm, s[i - 1].norm) == 0 && s[i].ambiguous)
            s[i - 1].ambiguous = 1;
    uint64_t filter[16] = {0}; /* surnames' hashes: most words skip the search */
    for (size_t i = 0; i < n; i++) {
        uint32_t h = vg_wordhash_hash(s[i].norm, strlen(s[i].norm)) & 1023;
        filter[h >> 6] |= 1ULL << (h & 63);
    }
    for (size_t t = 0; t < w->lim_tok; t++) {
        if ((t = next_in_filter(w->doc->toks, t, w->lim_tok, filter)) == w->lim_tok)
            break;
        const vg_token *k = vg_ent_tok(w, t);
        const vg_ent_cand *one = kept_at(w, t);
        if (one && one->kind == VG_EC_PERSON && one->end - one->tok == 1 && one->tok == t) {
            /* "Garcia said" found alone: the earlier "Alan Garcia" */
            const surname *hit = bsearch(k->norm, s, n, sizeof *s, surname_key);
            while (hit && hit > s && strcmp(hit[-1].norm, k->norm) == 0)
                hit--;
            if (hit && !hit->ambiguous) { /* before or after the full name */
                w->c[w->sel[t]].key = hit->key;
                w->c[w->sel[t]].name = hit->name;
            }
            continue;
        }
        if (!is_word(k) || (!vg_ent_caseless(w, t) && !(k->flags & VG_TF_CAP)))
            continue;
        const surname *hit = bsearch(k->norm, s, n, sizeof *s, surname_key);
        if (!hit || (one && !soft_place(w, t)) || (vg_ent_wc(w, t) & VG_WC_COMMON))
            continue;
        while (hit > s && strcmp(hit[-1].norm, k->norm) == 0)
            hit--;
        if (hit->ambiguous || t < hit->after)
            continue;
        vg_ent_cand *c;
        int rc = add_kept(w, (uint32_t)t, (uint32_t)t + 1, VG_EC_PERSON, VG_ENT_PERSON, &c);
        if (rc != VIGIL_OK || !c)
            return rc;
        c->key = hit->key;
        c->name = hit->name;
    }
    return VIGIL_OK;
}

enum { MAX_TOWN_PASSES = 32 };

/* The other mentions of a town found from its context ("the military
 * post at Tillia" ... "a local elected official in Tillia said"): the same
 * capitalized words anywhere, free and not part of a longer name. */
static int town_mentions(vg_ent_work *w)
{
    size_t n0 = w->nc, seen = 0;
    for (size_t k = 0; k < n0; k++) {
        const vg_ent_cand *tc = &w->c[k];
        if (!tc->keep || tc->kind != VG_EC_TOWN)
            continue;
        /* each pass reads the whole text: a few dozen towns per document
         * (a hostile one naming thousands stays linear) */
        if (++seen > MAX_TOWN_PASSES)
            break;
        uint32_t tok = tc->tok, len = tc->end - tc->tok;
        uint64_t key = tc->key;
        const char *name = tc->name;
        int32_t anchor = tc->pat;
        uint32_t hash = vg_ent_tok(w, tok)->hash;
        for (size_t t = 0; t + len <= w->lim_tok; t++) {
            /* (a token of another norm has, but rarely, the same hash:
             * most are turned away here before the tests below) */
            if (t == tok || vg_ent_tok(w, t)->hash != hash)
                continue;
            size_t i = 0;
            while (i < len && w->sel[t + i] == VG_NOSEL && is_cap(vg_ent_tok(w, t + i)) &&
                   !vg_extract_hit(w->doc, t + i, VG_LK_PLACE) &&
                   !strcmp(vg_ent_tok(w, t + i)->norm, vg_ent_tok(w, tok + i)->norm))
                i++;
            if (i < len || (t > 0 && is_cap(vg_ent_tok(w, t - 1)) && vg_ent_sent(w, t - 1) == vg_ent_sent(w, t)) ||
                (t + len < w->lim_tok && is_cap(vg_ent_tok(w, t + len)) &&
                 vg_ent_sent(w, t + len) == vg_ent_sent(w, t)))
                continue;
            vg_ent_cand *c;
            int rc = add_kept(w, (uint32_t)t, (uint32_t)(t + len), VG_EC_TOWN, VG_ENT_PLACE, &c);
            if (rc != VIGIL_OK || !c)
                return rc;
            c->key = key;
            c->name = name;
            c->pat = anchor;
            t += len - 1;
        }
    }
    return VIGIL_OK;
}


/* "Greater Manchester Police", "Punjab Police", "Thames Valley Police":
 * a capitalized generic organ after capitalized words of no other entity
 * (or a town) is a local force named by all of them, not the country's
 * national one. Mixed-case text only; a demonym before it is a pattern
 * ("Turkish Police") and a sentence's first word no part of the name. */
static int local_forces(vg_ent_work *w)
{
    static const char *const heads[] = {"police", "constabulary", "gendarmerie", NULL};
    size_t n0 = w->nc;
    for (size_t k = 0; k < n0; k++) {
        vg_ent_cand g = w->c[k];
        if (!g.keep || g.kind != VG_EC_ACTOR || g.end != g.tok + 1 || g.part)
            continue;
        const vg_actor *act = vg_lex_actor(w->lx, (uint32_t)g.actor);
        const vg_token *h = vg_ent_tok(w, g.tok);
        if (!act || !(act->flags & VG_ACT_GENERIC) || !vg_ent_tok_in(h, heads) ||
            !(h->flags & VG_TF_CAP) || (h->flags & VG_TF_ALLCAP) || vg_ent_caseless(w, g.tok))
            continue;
        const vg_sent *se = vg_ent_sent(w, g.tok);
        size_t a = g.tok;
        while (a > se->tok_start && g.tok - a < 3) {
            const vg_token *p = vg_ent_tok(w, a - 1);
            const vg_ent_cand *pc = kept_at(w, a - 1);
            if (!is_word(p) || !(p->flags & VG_TF_CAP) || (p->flags & VG_TF_ALLCAP) || vg_tok_is(p, "the") ||
                (pc && (pc->kind != VG_EC_PLACE || pc->part || !soft_area(w, pc))) ||
                (w->tw[a - 1] & VG_TW_DEMONYM) ||
                (vg_ent_wc(w, a - 1) & (VG_WC_MONTH | VG_WC_TITLE | VG_WC_ROLE | VG_WC_ORG_ANY)))
                break;
            a--;
        }
        if (a + 1 == g.tok && (vg_ent_wc(w, a) & VG_WC_COMMON))
            a++; /* "Local Police said", "the State Police"; not "West Midlands Police" */
        if (a == g.tok)
            continue;
        const vg_ent_cand *inner = a < g.tok ? kept_at(w, a) : NULL;
        for (size_t i = a + 1; i < g.tok && !inner; i++)
            inner = kept_at(w, i);
        if (inner && inner->tok < a)
            continue; /* a place begun before the run */
        /* copied before add_kept, which may move w->c */
        const uint32_t *irecs = inner ? inner->recs : NULL;
        uint32_t inrecs = inner ? inner->nrecs : 0;
        const uint8_t *icanon = inner ? inner->canon : NULL;
        /* "Parma Police Department", "Kano State Police Command": the
         * name goes on to its own head */
        size_t b = g.end;
        while (b < se->tok_end && b < g.end + 2 && w->sel[b] == VG_NOSEL) {
            const vg_token *x = vg_ent_tok(w, b);
            if (!is_word(x) || !(x->flags & VG_TF_CAP) || (x->flags & VG_TF_ALLCAP) ||
                !(vg_ent_wc(w, b) & VG_WC_ORG_ANY))
                break;
            b++;
        }
        vg_ent_cand *c;
        int rc = add_kept(w, (uint32_t)a, (uint32_t)b, VG_EC_ORG, VG_ENT_GOVERNMENT, &c);
        if (rc != VIGIL_OK)
            return rc;
        if (!c)
            continue;
        c->organ = act->kind;
        int named = 0; /* "West Midlands" is no Zimbabwean province in a British story */
        for (uint32_t j = 0; j < inrecs && !named; j++) {
            const vg_place *p = vg_lex_place(w->lx, irecs[j]);
            named = p && vg_geo_country_weight(&w->geo, p->cc) > 0;
        }
        if (named) {
            c->recs = irecs;
            c->nrecs = inrecs;
            c->canon = icanon;
        }
    }
    return VIGIL_OK;
}

/* ---- armed groups no lexicon holds, named by the sentence ---- */

static vg_wordlist group_heads = VG_WORDLIST("group", "faction", "outfit", "militia", "organisation", "organization",
                                            "movement", "cell", "network", "gang");
/* Words that make a group an armed one ("a splinter group", "a little-known
 * militant faction"); not "a rights group", "an advocacy group". */
static vg_wordlist armed_kinds = VG_WORDLIST("militant", "jihadist", "jihadi", "armed", "rebel", "separatist",
                                            "insurgent", "splinter", "extremist", "islamist", "terrorist",
                                            "breakaway", "paramilitary", "guerrilla", "dissident");
/* Words that make a group a civil one, whatever its sentence tells. */
static vg_wordlist civil_kinds = VG_WORDLIST("rights", "advocacy", "aid", "charity", "humanitarian", "environmental",
                                            "civic", "monitoring", "watchdog", "campaign", "student", "students",
                                            "youth", "lobby", "pressure", "business", "reading", "community",
                                            "civil", "medical", "relief", "research", "media", "press");
/* Words that make a group unknown, armed only when its sentence tells of
 * an attack ("A little-known group, X, claimed the attack"; not "A
 * little-known environmental group, X, sued the ministry"). */
static vg_wordlist unknown_kinds = VG_WORDLIST("little-known", "shadowy", "obscure", "unknown", "new");
/* What may follow the group word of "X, a jihadist group ...": its end or
 * what describes it, not a noun it qualifies ("a rebel group member"). */
static vg_wordlist group_tails = VG_WORDLIST("active", "based", "of", "that", "which", "in", "linked", "allied",
                                            "operating", "fighting", "from", "with", "known", "calling", "led",
                                            "behind", "blamed", "responsible", "affiliated", "loyal", "close");
static vg_wordlist name_joins = VG_WORDLIST("al", "ul", "el", "ad", "ash", "as", "of", "for", "the", "and", "e");

/* A word of a name written with its article joined: "al-Khilafa",
 * "ul-Mujahideen" (a capital after the dash). */
static int joined_cap(const vg_ent_work *w, const vg_token *k)
{
    const char *x = w->doc->text + k->start;
    size_t n = k->end - k->start;
    for (size_t i = 1; i + 1 < n && i <= 3; i++)
        if (x[i] == '-')
            return x[i + 1] >= 'A' && x[i + 1] <= 'Z' && x[0] >= 'a' && x[0] <= 'z';
    return 0;
}

/* The name that starts at token t: capitalised words, with lower-case
 * joins between them ("Group for the Support of Islam") and a spaced
 * dash before a capital ("Daulah Islamiyah - Sulu"), at most 8 tokens,
 * ending on a capital; its end, or t when there is none. */
static size_t group_name_end(const vg_ent_work *w, const vg_sent *se, size_t t)
{
    size_t b = t, last = t;
    while (b < se->tok_end && b < t + 8) {
        const vg_token *k = vg_ent_tok(w, b);
        if (is_cap(k)) {
            last = ++b;
        } else if (b > t && (vg_ent_wc(w, b) & VG_WC_ORG_ARMED) && is_word(k)) {
            last = ++b; /* "the Jaime Martínez front" */
            break;
        } else if (b > t && b + 1 < se->tok_end && is_cap(vg_ent_tok(w, b + 1)) &&
                   (vg_tok_in(k, &name_joins) || vg_tok_is_dash(k))) {
            b++;
        } else if (b > t && joined_cap(w, k)) {
            last = ++b; /* "Jund al-Khilafa" */
        } else {
            break;
        }
    }
    return last;
}

/* Whether tokens [a, g) before a group word g hold an article and an
 * armed kind ("a splinter faction", "a militant group"), or an unknown
 * kind in a sentence with an event word ("A little-known group, X,
 * claimed the attack"). */
static int armed_group_phrase(const vg_ent_work *w, const vg_sent *se, size_t a, size_t g)
{
    int kind = 0, unknown = 0, art = 0;
    /* "A group calling itself NightSpider claimed", "a gang known as La
     * Terraza": a name given, armed when the sentence tells of an act */
    if (g + 2 < se->tok_end &&
        ((vg_tok_is(vg_ent_tok(w, g + 1), "calling") && vg_tok_is(vg_ent_tok(w, g + 2), "itself")) ||
         (vg_tok_is(vg_ent_tok(w, g + 1), "known") && vg_tok_is(vg_ent_tok(w, g + 2), "as")) ||
         vg_tok_is(vg_ent_tok(w, g + 1), "called")))
        unknown = 1;
    for (size_t k = a; k < g; k++) {
        const vg_token *t = vg_ent_tok(w, k);
        if (vg_tok_in(t, &civil_kinds))
            return 0; /* "a human rights organisation known as Fortify Rights" */
        kind |= vg_tok_in(t, &armed_kinds);
        unknown |= vg_tok_in(t, &unknown_kinds);
        art |= vg_tok_is(t, "a") || vg_tok_is(t, "an");
    }
    if (!kind && unknown)
        for (size_t k = se->tok_start; k < se->tok_end && !kind; k++)
            kind = vg_extract_hit(w->doc, k, VG_LK_TRIGGER) != NULL;
    return kind && art;
}

static int generic_actor(const vg_ent_work *w, const vg_ent_cand *c)
{
    const vg_actor *act = c->kind == VG_EC_ACTOR ? vg_lex_actor(w->lx, (uint32_t)c->actor) : NULL;
    return act && (act->flags & VG_ACT_GENERIC);
}

/* The name after the group word g: "calling itself X", "known as X",
 * "called X", or
 * ", X," (an apposition closed by its comma), as [*a, *b). */
static int name_after_group(const vg_ent_work *w, const vg_sent *se, size_t g, size_t *a, size_t *b)
{
    int comma = vg_tok_is(vg_ent_tok(w, g + 1), ",");
    size_t t;
    if ((vg_tok_is(vg_ent_tok(w, g + 1), "calling") && vg_tok_is(vg_ent_tok(w, g + 2), "itself")) ||
        (vg_tok_is(vg_ent_tok(w, g + 1), "known") && vg_tok_is(vg_ent_tok(w, g + 2), "as")))
        t = g + 3;
    else if (vg_tok_is(vg_ent_tok(w, g + 1), "called"))
        t = g + 2; /* "a little-known group called Ansar al-Khilafa" */
    else if (comma)
        t = g + 2;
    else
        return 0;
    if (t < se->tok_end && vg_tok_punct(vg_ent_tok(w, t), '"'))
        t++;
    if (t >= se->tok_end)
        return 0;
    size_t e = group_name_end(w, se, t);
    if (comma && (e >= se->tok_end || !vg_tok_is(vg_ent_tok(w, e), ",")))
        return 0;
    *a = t;
    *b = e;
    return e > t;
}

/* "Lakurawa, a jihadist group active in Sokoto": the name that closes at
 * the comma before the group's article, as [*a, *b); the group word ends
 * its phrase or is described after it (not "a rebel group member"). */
static int name_before_group(const vg_ent_work *w, const vg_sent *se, size_t g, size_t *a, size_t *b)
{
    if (g + 1 < se->tok_end && vg_ent_tok(w, g + 1)->kind != VG_TOK_PUNCT &&
        !vg_tok_in(vg_ent_tok(w, g + 1), &group_tails))
        return 0;
    size_t c = g;
    while (c > se->tok_start && !vg_tok_is(vg_ent_tok(w, c - 1), ","))
        c--;
    if (c <= se->tok_start + 1 || c + 4 < g || !(vg_tok_is(vg_ent_tok(w, c), "a") || vg_tok_is(vg_ent_tok(w, c), "an")))
        return 0;
    size_t e = c - 1; /* the comma */
    /* the longest name that runs to it ("The" no part of it) */
    for (size_t st = e > se->tok_start + 8 ? e - 8 : se->tok_start; st < e; st++)
        if (is_cap(vg_ent_tok(w, st)) && !vg_tok_is(vg_ent_tok(w, st), "the") && group_name_end(w, se, st) == e) {
            *a = st;
            *b = e;
            return 1;
        }
    return 0;
}

/* The first group word among tokens [g, end), or end. (A loop of its
 * own: inside named_groups the compiler keeps little in registers, and
 * this test runs at nearly every token.) */
static size_t next_group_head(const vg_token *toks, size_t g, size_t end)
{
    while (g < end && !vg_tok_in(&toks[g], &group_heads))
        g++;
    return g;
}

/* "A splinter group calling itself Daulah Islamiyah - Sulu", "a militant
 * group known as Lakurawa", "A little-known group, Ittehad-ul-Mujahideen
 * Pakistan, claimed", "Lakurawa, a jihadist group active in Sokoto": an
 * armed group named where the sentence says so (mixed case only; a name
 * a lexicon holds stays its actor, a place inside the name is no place). */
static int named_groups(vg_ent_work *w)
{
    for (size_t si = 0; si < w->lim_sent; si++) {
        const vg_sent *se = &w->doc->sents[si];
        if (se->tok_start >= se->tok_end || vg_ent_caseless(w, se->tok_start))
            continue;
        for (size_t g = se->tok_start; g + 2 < se->tok_end; g++) {
            if ((g = next_group_head(w->doc->toks, g, se->tok_end - 2)) + 2 >= se->tok_end)
                break;
            size_t lo = g > se->tok_start + 4 ? g - 4 : se->tok_start;
            size_t a, b;
            if (!armed_group_phrase(w, se, lo, g) ||
                (!name_after_group(w, se, g, &a, &b) && (g < se->tok_start + 3 || !name_before_group(w, se, g, &a, &b))))
                continue;
            if (vg_tok_is(vg_ent_tok(w, a), "the") || ((vg_ent_wc(w, a) & VG_WC_COMMON) && b == a + 1))
                continue;
            const vg_ent_cand *k = kept_at(w, a);
            if (k && k->kind == VG_EC_ACTOR && k->tok == a)
                continue; /* "a group known as Boko Haram" */
            /* the words that describe it name no group of their own ("a
             * militant group known as Lakurawa") */
            if (w->sel[g] != VG_NOSEL && (w->c[w->sel[g]].kind == VG_EC_ORG || generic_actor(w, &w->c[w->sel[g]])))
                vg_ent_drop(w, &w->c[w->sel[g]]);
            vg_ent_cand *c;
            int rc = add_kept(w, (uint32_t)a, (uint32_t)b, VG_EC_ORG, VG_ENT_ARMED_GROUP, &c);
            if (rc != VIGIL_OK)
                return rc;
            g = b > g ? b : g;
        }
    }
    return VIGIL_OK;
}

int vg_names_run(vg_ent_work *w)
{
    int rc = place_facilities(w);
    if (rc == VIGIL_OK)
        rc = local_forces(w);
    if (rc == VIGIL_OK)
        rc = named_groups(w);
    for (size_t s = 0; rc == VIGIL_OK && s < w->lim_sent; s++) {
        const vg_sent *se = &w->doc->sents[s];
        if (se->tok_start >= se->tok_end)
            continue;
        rc = vg_ent_caseless(w, se->tok_start) ? caseless_sentence(w, se) : mixed_sentence(w, se);
    }
    /* surnames first: "district head Mustapha Kawuri" ... "Kawuri said" is
     * the man, though a town shares his name */
    if (rc == VIGIL_OK)
        rc = surnames(w);
    return rc == VIGIL_OK ? town_mentions(w) : rc;
}
