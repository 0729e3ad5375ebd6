# Discards: sentences that are not political events; format: docs/lexicon.md
# ([discard]).  A sentence containing one of these phrases or lemmas is not
# coded, and `khaldun code --explain` reports the header as the reason.
#
# Principles
# - A discard removes the whole sentence, so every entry must be specific to
#   its domain: words with political senses are left out even when they are
#   typical of the domain ("strike", "striker" (labour), "match", "score",
#   "defender" (rights defenders), "sanctions", "boycott", "Olympics" (a
#   boycott is an event), "coach", "manager", "concert" ("in concert with"),
#   "episode", "plot" ("coup plot"), "villain", "recipe" ("a recipe for
#   war"), "hurricane"/"earthquake" (disaster aid is coded), "oil prices",
#   "per barrel" (the G7 price cap), "record high", "open" ("US Open" vs
#   "the US is open to talks"), "dividend" ("peace dividend"), "forecaster"
#   (economic forecasts), "degrees Celsius" (climate pledges), "soap opera".
# - Hyphens split words, so "play-off" would match "play off X against Y"
#   and "one-day international" "one day international law": such forms
#   are left out.
# - Phrases match word forms or lemmas token by token, so inflected forms
#   that an untagged text cannot lemmatise ("scored") are listed as well.

# ---------------------------------------------------------------------------
# Sports results and fixtures
# ---------------------------------------------------------------------------

[discard] sports: football
  phrase: score a goal | scored a goal | scores a goal | scored the winning goal | scored the opener | scored twice | scored a penalty | winning goal | opening goal | late goal | own-goal | hat-trick | hat trick | penalty shootout | penalty shoot-out | penalty kick | spot kick | free kick | corner kick | stoppage time | injury time | final whistle | half-time whistle | clean sheet | yellow card | red card | goal difference | league table | top of the table | bottom of the table | relegation battle | relegation zone | promotion to the Premier League | transfer window | transfer fee | loan spell | Premier League | English Premier League | Champions League | Europa League | Conference League | La Liga | Serie A | Bundesliga | Ligue 1 | Eredivisie | Scottish Premiership | FA Cup | League Cup | Copa del Rey | Copa America | Copa Libertadores | Africa Cup of Nations | Asian Cup | Gold Cup | Club World Cup | FIFA World Cup | World Cup qualifier | World Cup qualifiers | World Cup qualifying | World Cup final | UEFA | Ballon d'Or | Golden Boot | MLS
  lemma: midfielder | goalkeeper | goalie | centre-back | center-back | scoreline | footballer | penalty-taker | matchday | halftime

[discard] sports: American sports
  phrase: touchdown | field goal | home run | grand slam | Super Bowl | World Series | Stanley Cup | NBA Finals | NBA | NFL | NHL | MLB | NCAA | March Madness | slam dunk | free throw | three-pointer | playoff game | playoff series | regular season | draft pick
  lemma: quarterback | linebacker | wide receiver | pitcher | shortstop | outfielder | inning

[discard] sports: cricket and rugby
  phrase: International Cricket Council | Test match | ODI | T20 | Twenty20 | run chase | maiden century | wickets in hand | by five wickets | by six wickets | by seven wickets | by eight wickets | by nine wickets | by 10 wickets | Indian Premier League | IPL | Ashes series | Rugby World Cup | rugby league | rugby union | Super Rugby | try line | drop goal | scrum-half | fly-half
  lemma: cricket | cricketer | batsman | bowler | wicket | wicketkeeper | innings | rugby | lineout

[discard] sports: tennis, golf, motor racing, athletics
  phrase: Wimbledon | Roland Garros | French Open | Australian Open | Davis Cup | Billie Jean King Cup | ATP Tour | WTA Tour | ATP | WTA | match point | tie-break | tiebreak | straight sets | top seed | PGA Tour | LIV Golf | Ryder Cup | Masters tournament | under par | over par | birdie | Formula One | Formula 1 | F1 | Grand Prix | MotoGP | NASCAR | podium finish | pole position in qualifying | fastest lap | Tour de France | Giro d'Italia | Vuelta | yellow jersey | world record | personal best | season's best | gold medal | silver medal | bronze medal | medal table | medal tally | world champion | world championships | Diamond League
  lemma: golfer | sprinter | peloton | racer | racecourse | racehorse | undercard

[discard] sports: general
  phrase: head coach | assistant coach | the coach said | title race | title defence | title defense | season opener | home game | away game | home win | away win | home side | away side | the hosts won | beat the hosts | defending champion | defending champions | won the title | won the trophy | lifted the trophy | semi-final | semifinal | quarter-final | quarterfinal | round of 16 | group stage | knockout stage | aggregate score | on aggregate | kick-off time | fixture list
  lemma: playoff | sportsman | sportswoman | teammate | team-mate | scorer | goalscorer

[discard] sports: clubs, venues and competitions
  # names that appear in political news only in sports contexts; clubs
  # named after places ("West Ham", "Everton") and venues that are also
  # districts ("Wembley", "Twickenham") are left out
  phrase: Manchester United | Man Utd | Manchester City | Man City | Liverpool FC | Tottenham Hotspur | Aston Villa | Newcastle United | Leeds United | Real Madrid | Atletico Madrid | FC Barcelona | Barcelona FC | Bayern Munich | Borussia Dortmund | Juventus | AC Milan | Inter Milan | Paris Saint-Germain | PSG | Ajax Amsterdam | Old Trafford | Anfield | Stamford Bridge | Murrayfield | Croke Park | Millennium Stadium | Principality Stadium | Six Nations Championship | Triple Crown | Celtic League | Heineken Cup | Super League | All Blacks | Wallabies | Springboks | British and Irish Lions | Lions tour | starting XV | starting XI | starting line-up | Team GB | anti-doping | USADA | clay court | clay-courter | hard court | grass court
  lemma: flanker | winger | fullback | clubhouse

# ---------------------------------------------------------------------------
# Markets: stocks, bonds, currencies, commodities, company results
# ---------------------------------------------------------------------------

[discard] markets: stocks and indices
  phrase: Dow Jones | Dow Jones Industrial Average | the Dow | Nasdaq | Nasdaq Composite | S&P 500 | Standard & Poor's 500 | FTSE 100 | FTSE 250 | FTSE | Nikkei | Nikkei 225 | Topix | Hang Seng | Shanghai Composite | CSI 300 | DAX | CAC 40 | Euro Stoxx | STOXX 600 | Sensex | Nifty | Kospi | ASX 200 | MSCI | Russell 2000 | benchmark index | blue-chip index | blue chips | stocks rose | stocks fell | stocks closed | stocks ended | stocks edged | stocks slipped | stocks rallied | stocks tumbled | stocks gained | shares rose | shares fell | shares closed | shares ended | shares jumped | shares slumped | shares tumbled | shares gained | shares edged | shares slipped | shares were up | shares were down | share price | shares outstanding | closed higher | closed lower | ended higher | ended lower | finished higher | finished lower | points higher | points lower | trading session | in early trade | in late trade | in afternoon trade | in morning trade | broader market | market capitalisation | market capitalization | market cap | price target | price-to-earnings | earnings per share | bull market | bear market | profit-taking | short sellers | short selling | hedge fund manager | equity market | equities market | stock market index
  lemma: stockbroker | equities | midcap | mid-cap | smallcap | small-cap

[discard] markets: bonds, rates and currencies
  phrase: bond yields | bond yield | Treasury yields | 10-year yield | two-year yield | yield curve | basis points | bps | against the dollar | against the euro | against the yen | against the greenback | against the pound | against a basket of currencies | dollar index | the greenback | forex market | foreign exchange market | currency markets | currency traders | spot rate | money markets | interbank rate | rate futures | futures markets | futures contract | futures contracts
  lemma: forex | greenback

[discard] markets: commodities
  phrase: Brent crude futures | Brent futures | U.S. crude futures | US crude futures | WTI crude | West Texas Intermediate | crude futures | oil futures | gold futures | silver futures | copper futures | wheat futures | corn futures | soybean futures | per ounce | troy ounce | spot gold | spot silver | bullion prices | London Metal Exchange | LME | Chicago Board of Trade | CBOT | COMEX | NYMEX | per bushel | a bushel | palm oil futures | cocoa futures | coffee futures | sugar futures
  lemma: bullion

[discard] markets: company results and deals
  phrase: quarterly earnings | quarterly results | quarterly profit | quarterly revenue | first-quarter profit | second-quarter profit | third-quarter profit | fourth-quarter profit | first-quarter earnings | second-quarter earnings | third-quarter earnings | fourth-quarter earnings | full-year profit | full-year results | annual results | net profit | net income | pre-tax profit | pretax profit | operating profit | profit warning | revenue rose | revenue fell | sales rose | sales fell | same-store sales | beat expectations | missed expectations | analysts' estimates | analysts had expected | consensus estimate | earnings call | earnings guidance | dividend payout | share buyback | stock buyback | stock split | initial public offering | IPO | market debut | trading debut | listed on the stock exchange | mergers and acquisitions | takeover bid | hostile takeover | credit rating agency upgraded | brokerage | brokerages
  lemma: buyback

# ---------------------------------------------------------------------------
# Film, television, music, books, celebrity, fashion
# ---------------------------------------------------------------------------

[discard] entertainment: film and television
  phrase: box office | box-office | film festival | Cannes Film Festival | Venice Film Festival | Sundance | Toronto International Film Festival | Berlinale | Academy Award | Academy Awards | the Oscars | Oscar nomination | Oscar nominations | Oscar-winning | Oscar winner | Golden Globe | Golden Globes | BAFTA | Emmy | Emmys | Emmy Award | best actor | best actress | best picture | best director | best supporting | supporting actor | supporting actress | starring role | stars as | co-stars | co-starring | written and directed | screenplay by | the film stars | the film follows | the film tells | the movie follows | the movie tells | the show follows | the series follows | the novel follows | the plot follows | feature film | feature-length | documentary film | short film | animated film | horror film | horror movie | action movie | romantic comedy | rom-com | TV series | television series | TV drama | television drama | miniseries | mini-series | season finale | series finale | season premiere | series premiere | sitcom | reality show | reality TV | game show | streaming service | streaming platform | Netflix series | HBO series | on Netflix | on Disney+ | on Prime Video | prequel | spin-off series | cinematic universe | opening weekend | ticket sales | cast members | showrunner
  lemma: screenplay | screenwriter | cinematography | soundtrack | moviegoer | filmgoer | box-office

[discard] entertainment: music, books and celebrity
  phrase: new album | debut album | studio album | latest album | live album | hit single | new single | lead single | music video | record label | Billboard Hot 100 | Billboard 200 | topped the charts | number one single | Grammy | Grammys | Grammy Award | Brit Awards | MTV | world tour | concert tour | sold-out show | sold-out concert | headline set | Glastonbury | Coachella | Eurovision Song Contest final | Booker Prize | Pulitzer Prize for fiction | bestselling novel | best-selling novel | bestseller list | best-seller list | book tour | memoir tells | fashion week | Paris Fashion Week | Milan Fashion Week | New York Fashion Week | catwalk | runway show | haute couture | celebrity couple | the couple's wedding | royal wedding dress | engagement ring | baby bump | reality star | TikTok star | YouTuber | horoscope | zodiac sign | crossword | sudoku | lottery numbers | winning numbers | jackpot winner
  lemma: songwriter | bassist | guitarist | drummer | frontman | lyricist | choreographer | paparazzi | horoscope | crossword

# ---------------------------------------------------------------------------
# Weather forecasts
# ---------------------------------------------------------------------------

[discard] weather
  phrase: weather forecast | weather forecasts | weather outlook | forecasters said | forecasters say | forecaster said | Met Office | National Weather Service | weather service | meteorological office | meteorological department | partly cloudy | mostly cloudy | mostly sunny | sunny spells | scattered showers | showers and thunderstorms | chance of rain | chance of showers | outbreaks of rain | light rain | light winds | wind chill | overnight lows | daytime highs | maximum temperature | minimum temperature | dew point | UV index | pollen count | frost warning | yellow weather warning | amber weather warning | weather warning
  lemma: meteorologist | drizzle

# ---------------------------------------------------------------------------
# Recipes and cooking
# ---------------------------------------------------------------------------

[discard] recipes
  phrase: preheat the oven | preheated oven | preheat oven | bake for | roast for | simmer for | cook for 10 minutes | cook for 5 minutes | stir well | whisk together | mix well | season with salt | salt and pepper to taste | golden brown | until golden | until tender | bring to a boil | bring to the boil | baking sheet | baking tray | baking dish | mixing bowl | cake tin | loaf tin | frying pan | saucepan | cup of flour | cups of flour | grams of flour | g flour | plain flour | all-purpose flour | self-raising flour | baking powder | baking soda | bicarbonate of soda | caster sugar | brown sugar | icing sugar | unsalted butter | finely chopped | roughly chopped | thinly sliced | freshly ground | serves four | serves 4 | serves six | serves 6 | prep time | cooking time | cook time
  lemma: tablespoon | teaspoon | tbsp | tsp | preheat | marinade | marinate | garnish | saucepan | skillet
