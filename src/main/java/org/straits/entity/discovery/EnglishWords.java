package org.straits.entity.discovery;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.straits.entity.EntityType;

/** The word lists behind the English patterns, in one place so they can be reviewed. */
final class EnglishWords {
  private EnglishWords() {}

  /** Capitalised words that start sentences or headlines, never a name's first word. */
  static final Set<String> STOP = words("the a an in on at but and or if when while after before "
      + "yesterday today tomorrow last next this that these those he she it they we i you his her "
      + "its their our my your as for from with by since so then there here what who why how where "
      + "which whose according meanwhile however also some many more most other both each every all "
      + "one two three four five six seven eight nine ten first second third new-york not no yes "
      + "during under over about against between among into through until upon via despite amid "
      + "like unlike such than thus though although because even just only still yet now once "
      + "monday tuesday wednesday thursday friday saturday sunday january february march april may "
      + "june july august september october november december mon tue wed thu fri sat sun jan feb "
      + "mar apr jun jul aug sep sept oct nov dec read see photo photograph picture video watch "
      + "listen update updated key takeaways note notes source sources figure table chapter part "
      + "section page contents introduction conclusion summary abstract appendix copyright courtesy "
      + "never always perhaps maybe often sometimes indeed instead whether well oh please thanks dear hello "
      + "buy click follow sign subscribe elsewhere separately similarly earlier later overall "
      + "shares rival fellow nevertheless nonetheless besides likewise had has have was were is are "
      + "did does do would could should will can might must let another inside outside behind beyond "
      + "around across along within without neither either nor");

  /** Titles written before a name, capitalised: "Minister", "Spokesperson", "Dr". */
  static final Set<String> TITLES = words("president premier minister prime vice deputy secretary "
      + "chairman chairwoman chairperson chair spokesperson spokesman spokeswoman ambassador envoy "
      + "general gen admiral adm senator sen governor gov mayor legislator lawmaker professor prof "
      + "dr mr mrs ms miss sir dame judge justice chief director commander colonel col captain capt "
      + "lieutenant lt sergeant sgt major king queen prince princess emperor empress pope bishop "
      + "archbishop cardinal rev reverend father head representative rep congressman congresswoman "
      + "chancellor speaker councillor councilor commissioner superintendent inspector officer "
      + "vice-president vice-premier vice-chairman vice-minister president-elect leader secretary-general "
      + "director-general chief-executive ceo founder counsellor consul attaché attache");

  /** Role words written in lower case before a name: "TAO spokesperson Zhu Fenglian". */
  static final Set<String> ROLES = words("spokesperson spokesman spokeswoman president premier minister "
      + "chairman chairwoman director secretary ambassador envoy official legislator lawmaker senator "
      + "governor mayor professor scholar researcher analyst fellow economist expert commander general "
      + "admiral leader chief head founder ceo executive editor correspondent reporter journalist "
      + "author writer novelist poet artist actor actress singer musician composer producer designer "
      + "architect coach manager striker midfielder defender goalkeeper player champion captain "
      + "chancellor candidate councillor deputy representative judge lawyer activist dissident "
      + "blogger businessman businesswoman tycoon billionaire entrepreneur investor banker boss "
      + "colleague rival teammate wife husband son daughter mother brother sister film-maker "
      + "filmmaker photographer curator conductor dancer choreographer chef footballer cyclist "
      + "swimmer sprinter golfer batsman bowler driver boxer tennis star");

  /** Words that follow or precede a person's name in reported speech. */
  static final Set<String> SPEECH = words("said says told added wrote explained argued insisted "
      + "warned noted stressed claimed announced admitted replied recalled");

  /** First words that make a two-word capitalised run a place, group or adjective, not a person. */
  static final Set<String> NOT_FIRST = words("new north south east west great united royal national "
      + "central northern southern eastern western upper lower greater saint st san santa los las "
      + "chinese british english american japanese korean taiwanese russian french german european "
      + "asian african indian australian canadian israeli iranian arab muslim christian catholic "
      + "communist democratic republican conservative labour liberal socialist islamic international "
      + "global world olympic premier champions formula grand super big old young little modern "
      + "ancient holy lunar spring summer autumn winter happy merry mainland hong cross-strait "
      + "federal state imperial people's peoples red black white blue green yellow golden silver "
      + "scottish irish welsh italian spanish dutch swiss swedish thai vietnamese filipino "
      + "indonesian malaysian singaporean mongolian tibetan uyghur uighur pakistani afghan "
      + "iraqi syrian turkish egyptian brazilian mexican ukrainian polish greek portuguese");

  /** Last words of places, events, works and laws: never a person's surname. */
  static final Set<String> NOT_LAST = words("street road avenue lane square park bridge airport station "
      + "cup games prize award awards act bill law treaty accord agreement festival olympics "
      + "paralympics championship championships open tour day week month year war wars crisis "
      + "summit conference forum talks dialogue plan strategy initiative doctrine policy report "
      + "review index times post daily news herald journal magazine gazette tribune express "
      + "weekly monthly mail telegraph standard star sun mirror observer economist independent "
      + "show series film movie album book novel song river lake sea bay mountain mountains "
      + "island islands valley desert coast delta hall house tower palace temple church "
      + "cathedral mosque hotel restaurant centre center building stadium arena court art project "
      + "museum gallery theatre exhibition email e-mail photograph photographs twitter via");

  /** Organisation heads, with the type a reviewer is offered. */
  static final Map<String, EntityType> ORG_HEADS = heads(EntityType.AGENCY,
      "administration agency bureau commission authority service board office council "
      + "committee directorate inspectorate secretariat");

  static {
    ORG_HEADS.putAll(heads(EntityType.MINISTRY, "ministry department"));
    ORG_HEADS.putAll(heads(EntityType.THINK_TANK, "institute institution foundation center centre "
        + "academy forum university college school observatory laboratory"));
    ORG_HEADS.putAll(heads(EntityType.PARTY, "party"));
    ORG_HEADS.putAll(heads(EntityType.MILITARY, "army navy corps brigade regiment division fleet"));
    ORG_HEADS.putAll(heads(EntityType.LEGISLATURE, "parliament assembly congress senate yuan"));
    ORG_HEADS.putAll(heads(EntityType.COMPANY, "bank corporation corp company co group holdings "
        + "ltd limited inc plc llc airlines airways motors industries energy electric telecom "
        + "technologies systems partners capital securities insurance pharmaceuticals resources "
        + "brothers club theatre theater museum gallery orchestra ballet athletic albion villa rovers "
        + "wanderers hotspur"));
    ORG_HEADS.putAll(heads(EntityType.MEDIA, "times post news herald journal gazette tribune "
        + "broadcasting television radio agency press"));
    ORG_HEADS.putAll(heads(EntityType.INTERNATIONAL_ORGANISATION, "organisation organization "
        + "association federation union league alliance society network movement front fund "
        + "trust coalition federation court tribunal international"));
  }

  /** Region heads: "Fujian Province", "Pratas Island", "Second Thomas Shoal". */
  static final Map<String, EntityType> PLACE_HEADS = heads(EntityType.PROVINCE, "province");

  static {
    PLACE_HEADS.putAll(heads(EntityType.COUNTY, "county district township prefecture"));
    PLACE_HEADS.putAll(heads(EntityType.ISLAND, "island islet"));
    PLACE_HEADS.putAll(heads(EntityType.ISLAND_GROUP, "islands archipelago"));
    PLACE_HEADS.putAll(heads(EntityType.REEF, "reef shoal atoll bank-reef cay"));
    PLACE_HEADS.putAll(heads(EntityType.STRAIT, "strait channel"));
    PLACE_HEADS.putAll(heads(EntityType.SEA, "sea gulf bay"));
    PLACE_HEADS.putAll(heads(EntityType.REGION, "peninsula region"));
  }

  /** Lower-case words allowed inside a name: "Institute for the Study of War". */
  static final Set<String> CONNECTORS = words("of for on the a and & de du des la le van von der "
      + "da di bin al");

  /** Connectors that continue an organisation's name after its head: "Ministry of …". */
  static final Set<String> OF = words("of for de du des");

  /** Connectors that may stand inside a person's name ("Roberto Di Matteo" is capitalised anyway). */
  static final Set<String> NAME_PARTICLES = words("de du des la le van von der da di bin al");

  /**
   * Lower-case nouns written right before an organisation's name in business and culture news:
   * "insurer Resolution", "supermarket group Morrisons", "the band Oasis". None of them is a role
   * that stands before a person ({@link #ROLES}).
   */
  static final Map<String, EntityType> ORG_NOUNS = heads(EntityType.COMPANY, "company firm group "
      + "conglomerate corporation insurer reinsurer retailer supermarket supermarkets grocer chain bank "
      + "lender carmaker automaker maker manufacturer miner airline carrier operator brewer distiller "
      + "housebuilder builder developer publisher label band club charity fund broker stockbroker "
      + "bookmaker utility supplier giant startup start-up outfit consultancy studio brand house "
      + "chipmaker drugmaker contractor caterer partnership franchise orchestra troupe bookseller "
      + "jeweller telecoms insurers banks lenders retailers miners groups firms companies");

  static {
    ORG_NOUNS.putAll(heads(EntityType.MEDIA, "newspaper broadcaster magazine channel tabloid website "
        + "network"));
  }

  /** Given names (a resource file, see there): "Danny Boyle" is a person without a cue. */
  static final Set<String> GIVEN_NAMES = givenNames("/entity/discovery/given-names.txt");

  /** Whether a word is a given name, or a hyphenated one that starts with one ("Jean-Luc"). */
  static boolean givenName(String word) {
    return givenNameLower(word.toLowerCase(Locale.ROOT));
  }

  /** {@link #givenName} of a word already in lower case. */
  static boolean givenNameLower(String lower) {
    int hyphen = lower.indexOf('-');
    return GIVEN_NAMES.contains(lower) || hyphen > 0 && GIVEN_NAMES.contains(lower.substring(0, hyphen));
  }

  private static Set<String> givenNames(String resource) {
    try (java.io.InputStream in = EnglishWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the classpath");
      }
      Set<String> names = new java.util.HashSet<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        int hash = line.indexOf('#');
        String entries = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entries.isEmpty()) {
          names.addAll(java.util.Arrays.asList(entries.toLowerCase(Locale.ROOT).split("\\s+")));
        }
      }
      return Set.copyOf(names);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("reading " + resource, e);
    }
  }

  static boolean in(Set<String> set, String word) {
    return set.contains(word.toLowerCase(Locale.ROOT));
  }

  static EntityType headType(Map<String, EntityType> heads, String word) {
    return heads.get(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> words(String spaced) {
    return Set.copyOf(java.util.Arrays.asList(spaced.trim().split("\\s+")));
  }

  private static Map<String, EntityType> heads(EntityType type, String spaced) {
    Map<String, EntityType> map = new HashMap<>();
    for (String word : spaced.trim().split("\\s+")) {
      map.put(word, type);
    }
    return map;
  }
}
