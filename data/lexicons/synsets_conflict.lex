# Word classes used by the predicate patterns of CAMEO roots 10-20
# (demand ... unconventional mass violence).
#
# Format: docs/lexicon.md.  Owner: patterns-conflict.  The shared classes
# ($WITHDRAWAL, $ATTACK, $SANCTIONS, $TALKS, $AID, $PRISONERS, ...) live in
# synsets.lex (owner: patterns-coop); only classes that file lacks are
# defined here.  Grep both files before adding a name: a name may be defined
# only once.
#
# Layout: (1) demands and yielding, (2) disapproval and law,
# (3) diplomacy and relations, (4) protest and repression,
# (5) violence and weapons, (6) verb classes (names end in _V).

# ---------------------------------------------------------------------------
# (1) Demands and yielding
# ---------------------------------------------------------------------------

[synset] $DEMAND_WISH
  # What is expressed when a demand is voiced (10x): "expressed the
  # country's desire for the exit of US forces".  Narrower than $DESIRE
  # (no "hope", "longing": hopes are not demands).
  desire | wish | demand | call | insistence | will | want

[synset] $CALLS
  # Demands and requests that are rejected (12x): "rejected calls for".
  call | demand | appeal | request | plea | pressure | push | proposal
  offer | desire | wish | insistence | bid | suggestion | idea

[synset] $LIFTING
  # Nouns of easing an existing measure: "the lifting of sanctions".
  lifting | easing | removal | end | suspension | relaxation | repeal
  cancellation | revocation | abolition | withdrawal | loosening | rollback

[synset] $END
  # "an end to the fighting", "a halt to attacks", "a stop to the shelling".
  end | halt | stop | cessation | termination

[synset] $CONCESSION
  # Yielding in general (105); compensation is 105 by the codebook (1043).
  concession | surrender | capitulation | compliance | submission
  compensation | reparation | reparations | apology | retraction
  restitution

[synset] $EXPLANATION
  # Demands for information or an inquiry (101).
  explanation | clarification | answer | accountability | account
  $INVESTIGATION

[synset] $INDEPENDENCE
  # Institutional change sought by separatists (1044, 1414 ...).
  independence | secession | statehood | autonomy | self-rule
  self-determination | self-government | sovereignty | separation

[synset] $EXTRADITION
  extradition | extraditing

[synset] $INTERNATIONAL_PRESENCE
  # International actors whose access or presence is demanded, refused,
  # expelled or withdrawn (1055, 1245, 136, 166x).
  $INSPECTORS | $PEACEKEEPERS | aid agency | aid worker | relief agency
  relief worker | humanitarian agency | humanitarian worker | aid group
  humanitarian organization | humanitarian organisation | NGO
  international observer | UN mission | Red Cross

[synset] $REQUEST
  # What is rejected or defied: requests, demands, offers, proposals.
  request | demand | call | appeal | plea | offer | proposal | proposition
  overture | initiative | suggestion | ultimatum | condition | bid
  application | petition | invitation | pressure | plan

[synset] $INVITATION
  invitation | invite | offer | overture

[synset] $PEACE_PLAN
  # Comprehensive settlement proposals (127).
  peace plan | peace proposal | peace initiative | peace offer | peace formula
  settlement plan | settlement proposal | roadmap | road map
  framework agreement | draft agreement | peace blueprint | peace framework
  two-state solution | Arab Peace Initiative

[synset] $CEASEFIRE_PROPOSAL
  # Proposals for de-escalation (1246 when rejected).
  ceasefire proposal | truce proposal | ceasefire plan | truce plan
  ceasefire offer | truce offer | ceasefire deal | truce deal
  ceasefire agreement | truce agreement | withdrawal plan | withdrawal proposal
  ceasefire resolution | ceasefire call | ceasefire initiative

[synset] $NORM
  # Laws and norms defied (128).
  law | international law | rule | resolution | UN resolution
  Security Council resolution | ruling | court ruling | verdict | order
  court order | ban | decree | deadline | ultimatum | warning | norm
  convention | regulation | injunction | mandate | subpoena | summons
  arrest warrant | warrant | directive | instruction | constitution
  $RESTRICTIONS | $SANCTIONS

[synset] $RESOLUTION
  # Legislative or council texts vetoed or blocked (129).
  resolution | draft resolution | draft | bill | measure | motion
  legislation | law | amendment | text | statement | declaration
  recommendation | nomination | candidacy | appointment | budget
  decision | referral | draft text

[synset] $PERMISSION
  permission | clearance | authorization | authorisation | approval | visa
  permit | license | licence | landing rights | overflight rights | leave

# ---------------------------------------------------------------------------
# (2) Disapproval and law
# ---------------------------------------------------------------------------

[synset] $ESPIONAGE
  # Espionage and treason (1125).
  espionage | spying | treason | sedition | high treason | subversion
  collaboration with the enemy | sabotage | espionage activity

[synset] $AGGRESSION
  # Military aggression (1123): "accused Russia of aggression".
  aggression | provocation | military provocation | act of aggression
  act of war | warmongering | expansionism | belligerence | interference
  intervention | meddling | destabilization | destabilisation
  $MILITARY_ACTION

[synset] $OPPOSITION_SUPPORT
  # What is rallied against someone (113).
  opposition | support | allies | ally | international community
  world | nations | nation | countries | country | states | state | public opinion | pressure
  backing | coalition | front | bloc | members | member

[synset] $ISOLATION
  # Calls to punish or isolate someone (113).
  isolation | ostracism | expulsion | suspension | exclusion | censure
  boycott

[synset] $ENVOY
  # Diplomats summoned, recalled or expelled (114, 161).
  ambassador | envoy | diplomat | charge d'affaires | chargé d'affaires
  consul | consul general | attache | attaché | emissary | high commissioner
  diplomatic staff | embassy staff | legate | nuncio

[synset] $EMBASSY
  embassy | consulate | mission | diplomatic mission | legation
  representative office | liaison office | interests section

[synset] $VERDICT_GUILTY
  # "found X guilty", "held X liable" (116).
  guilty | liable | culpable

[synset] $PEJORATIVE
  # Derogatory labels that make "called / branded X a ..." a denunciation.
  terrorist | terrorist state | terrorist organization | terrorist organisation
  terrorist group | criminal | criminal regime | war criminal | murderer
  killer | butcher | dictator | tyrant | despot | puppet | puppet regime
  liar | thug | gangster | bandit | rogue state | pariah | pariah state
  aggressor | occupier | occupying power | oppressor | fascist | Nazi
  racist | apartheid state | apartheid regime | sham | farce | hoax | lie
  disgrace | travesty | mockery | outrage | provocation | menace | evil
  axis of evil | traitor | coward | hypocrite | warmonger | enemy of the people
  illegitimate | illegal | criminal act | act of terrorism | act of aggression
  crime | genocide | massacre | atrocity

[synset] $VERBAL_OBJ
  # Statements and policies attacked verbally (111).  Not "position":
  # "attacked Iraqi positions" is armed (190); "stance" says it.
  policy | decision | statement | remark | comment | report | plan
  proposal | stance | speech | resolution | law | bill | record
  approach | handling | response | rhetoric | claim | move | budget
  strategy | comments | remarks | policies

[synset] $OUTRAGE
  outrage | indignation | fury | anger | rage | disgust | revulsion | horror
  condemnation | ire | wrath

[synset] $DISPLEASURE
  # (concern, disappointment, misgivings: pessimism, 012 in 01_statement.lex)
  displeasure | dismay | dissatisfaction | disapproval | discontent
  objection | opposition | indignation | frustration | annoyance

[synset] $COMPLAINT
  complaint | protest | formal protest | protest note | note of protest
  official protest | grievance | demarche | démarche | petition | objection
  formal complaint | official complaint | diplomatic note | letter of protest

[synset] $LAWSUIT
  lawsuit | suit | legal action | case | legal case | legal proceedings
  proceedings | complaint | criminal complaint | charge | legal challenge
  petition | claim | arbitration case | arbitration claim | genocide case

[synset] $COURT
  court | tribunal | International Criminal Court | ICC
  International Court of Justice | ICJ | World Court | Security Council
  UN Security Council | supreme court | high court | court of arbitration
  arbitration court | Permanent Court of Arbitration | European Court
  European Court of Human Rights | prosecutor | judge | justice

[synset] $ISOLATE_V
  # Punishing or isolating a target (113, as what third parties are urged to do).
  isolate | boycott | sanction | punish | shun | ostracize | ostracise
  expel | suspend | cut ties with | sever ties with | condemn | confront

# ---------------------------------------------------------------------------
# (3) Diplomacy and relations
# ---------------------------------------------------------------------------

[synset] $DIPLOMATIC_TIES
  # What is cut, suspended or downgraded (161).
  diplomatic relations | diplomatic relation | diplomatic ties | diplomatic tie | relations | ties | tie | contacts | contact
  diplomatic contacts | diplomatic contact | diplomatic links | diplomatic link | links | link | relationship
  bilateral relations | bilateral relation | bilateral ties | bilateral tie | consular relations | consular relation

[synset] $NEGOTIATIONS_HALTED
  # What a walk-out ends (164): talks, negotiations, dialogue.
  $TALKS | $MEETING | peace conference | negotiating table

[synset] $MEMBERSHIP
  membership | seat | participation | observer status | voting rights
  accreditation

[synset] $CONTACTS
  contact | contacts | communication | communications | channel | hotline
  exchanges | exchange | dialogue | consultations | consultation | visits | visit

[synset] $ARMS_SALES
  arms sales | arms sale | weapons sales | weapons sale | arms deliveries | arms delivery | arms shipments | arms shipment
  weapons shipments | weapons shipment | arms exports | arms export | weapons deliveries | weapons delivery | arms transfers | arms transfer
  military sales | military sale | export licences | export licence | export licenses | export license | arms licences | arms licence

[synset] $TRADE_FLOW
  # Trade cut as a sanction (163).
  imports | import | exports | export | trade | oil imports | oil import | gas imports | gas import | oil exports | oil export
  gas exports | gas export | shipments | shipment | goods | products | product | investment | deliveries | delivery
  purchases | purchase | grain exports | grain export | energy imports | energy import | commerce | business
  trade links | trade link | trade ties | trade tie | imports of oil | exports of gas

[synset] $FLIGHTS
  flight | flights | air link | air links | air traffic | direct flights | direct flight
  air service | air services | landing rights

[synset] $AIRSPACE
  airspace | air space | skies

[synset] $PORTS
  port | ports | harbour | harbor | territorial waters | waters

[synset] $AID_AGENCY
  aid agency | aid group | aid organization | aid organisation
  relief agency | humanitarian agency | humanitarian organization
  humanitarian organisation | NGO | non-governmental organization
  non-governmental organisation | charity | UNRWA | WFP | MSF
  Doctors Without Borders | Red Cross | ICRC | Oxfam | Save the Children
  refugee agency | UN refugee agency
  UNHCR | UNICEF | World Food Programme | relief group | aid mission
  relief organization | relief organisation

[synset] $FOREIGN_ORG
  foreign NGO | foreign organization | foreign organisation
  international organization | international organisation | foreign media
  foreign journalists | foreign journalist | UN mission | UN agency | OSCE mission | EU mission
  observer mission | foreign foundation | international NGO

[synset] $AID_STAFF
  staff | aid workers | aid worker | personnel | employees | employee | team | teams | volunteers | volunteer
  international staff | foreign staff | expatriate staff

[synset] $PEACEKEEPING_MISSION
  peacekeeping mission | peacekeeping operation | UN mission
  stabilization mission | stabilisation mission | MINUSMA | MONUSCO | UNIFIL
  UNMISS | AMISOM | peacekeeping force | UNAMID | MINUSCA | UNDOF

[synset] $MONITORING_MISSION
  monitoring mission | observer mission | monitoring team | verification mission
  inspection regime | inspections | inspection | monitoring | observation mission

[synset] $AID_OPERATIONS
  aid operations | aid operation | humanitarian operations | humanitarian operation | relief operations | relief operation | aid deliveries | aid delivery
  food distribution | aid distribution | humanitarian work | relief work
  food deliveries | food delivery | aid programme | aid program | humanitarian programme

# ---------------------------------------------------------------------------
# (4) Protest and repression
# ---------------------------------------------------------------------------

[synset] $PROTESTERS
  # Collective dissenters (as subjects of protest verbs, objects of 175).
  protester | protestor | demonstrator | marcher | rioter | crowd | mob
  activist | striker | picketer | dissident | opposition supporter
  student | worker | supporter | youth | mourner | throng

[synset] $WORKERS
  # Subjects of labour strikes (143).
  worker | employee | union | trade union | labour union | labor union
  teacher | doctor | nurse | miner | docker | dockworker | driver
  truck driver | lorry driver | pilot | railway worker | rail worker
  transport worker | civil servant | public sector worker | staff
  farmer | trucker | taxi driver | journalist | lawyer | judge | oil worker
  steelworker | textile worker | garment worker | port worker | employees

[synset] $GATHERING
  # Crowds broken up by security forces (175).
  $PROTEST | protest | demonstration | rally | march | gathering | crowd
  sit-in | vigil | procession | assembly | meeting | mob | riot
  $PROTESTERS

[synset] $POLICY_OBJ
  # What protesters oppose when they demand a policy change (14x2).
  policy | law | bill | decision | plan | reform | tax | tax hike | tax rise
  price hike | price increase | fuel price | fuel prices | budget | austerity
  austerity measures | cuts | cut | spending cuts | measure | decree | ban | rule
  project | deal | agreement | pension reform | subsidy cut | privatization
  privatisation | war | occupation | deportation | regulation | mandate
  curfew | lockdown | visit | election result | results | court ruling

[synset] $DOWNFALL
  fall | downfall | overthrow | ouster | removal | toppling | end | collapse
  departure

[synset] $SLOGAN
  slogan | chant | banner | placard | sign | flag | poster | effigy
  portrait | picture

[synset] $SESSION
  # Institutions and events boycotted in protest (143).
  session | parliament | parliamentary session | sitting | vote | ballot
  poll | hearing | assembly | inauguration | ceremony | Olympics | games
  World Cup | national dialogue | celebrations | celebration

[synset] $ROAD
  # What protesters block (144).
  road | highway | motorway | street | bridge | entrance | access | railway
  rail line | railway line | port | border crossing | crossing | airport
  runway | intersection | junction | roundabout | square | gate | traffic
  checkpoint | oil field | refinery | pipeline | main road | ring road

[synset] $PROJECTILE
  stone | rock | brick | bottle | molotov cocktail | petrol bomb | firebomb
  firework | flare | projectile | egg | shoe | tear gas canister | missile

[synset] $FREEDOMS
  # Freedoms restricted (1721).
  freedom of speech | freedom of expression | freedom of assembly
  press freedom | freedom of the press | media | press | internet
  social media | free speech | civil liberties | political activity
  opposition activity | dissent | public gathering | gathering | assembly
  demonstration | protest | website | newspaper | broadcaster | channel

[synset] $PARTY
  # Parties and politicians banned (1722).
  party | political party | opposition party | movement | candidate
  politician | opposition leader | opposition group | organization
  organisation | group | association | union

[synset] $ASSETS
  # Property confiscated (1711); narrower than $PROPERTY (no ships, no
  # territory: those are 181 and 192).
  property | asset | assets | land | farmland | home | house | building
  estate | funds | fund | money | bank account | account | business | company
  factory | equipment | goods | cargo | livestock | crops | crop | possession
  belongings | belonging | holdings | holding | shares | share | stake | oil field | mine | plantation

[synset] $BUILDING
  # Property destroyed (1712).
  home | house | building | mosque | church | synagogue | temple | shrine
  school | hospital | office | headquarters | embassy | consulate | shop
  store | property | village | farm | olive tree | orchard | crops | crop | field
  infrastructure | bridge | power plant | power station | pipeline
  monument | statue | cemetery | grave | tomb | dwelling | structure
  settlement | camp | tent | market | factory | warehouse

[synset] $HOME
  home | house | village | land | town | city | neighborhood | neighbourhood
  homeland | farm | camp

[synset] $CENSORSHIP
  censorship | media blackout | news blackout | internet blackout
  internet shutdown | gag order | media restrictions | media restriction | press restrictions | press restriction
  media ban | press ban | social media ban

[synset] $TERROR_LABEL
  terrorist organization | terrorist organisation | terrorist group
  terrorist entity | extremist organization | extremist organisation
  extremist group | banned organization | banned organisation
  terrorist | terror group

[synset] $MEDIA_OUTLET
  newspaper | paper | TV station | television station | channel | broadcaster
  radio station | website | news agency | news site | magazine
  publication | media outlet | outlet | newsroom | social media | platform

[synset] $PRISON_TERM
  year | years | month | months | life | life imprisonment | life sentence
  prison | jail | prison term | jail term | hard labour | hard labor
  detention | decade | imprisonment

[synset] $ARREST_WARRANT
  arrest warrant | warrant | international arrest warrant | detention order
  red notice

[synset] $RESIDENCY
  visa | residency | residence permit | citizenship | nationality | passport
  work permit | press card | accreditation | residency permit | green card

[synset] $DISSENT
  dissent | opposition | protest movement | uprising | rebellion | revolt
  unrest | riot | strike | demonstration | protest | revolution | insurgency

[synset] $CROWD_CONTROL
  tear gas | teargas | rubber bullet | water cannon | stun grenade
  pepper spray | baton | plastic bullet | birdshot | pellet | sound bomb
  flash-bang | flashbang | truncheon | smoke grenade | gas canister

[synset] $NETWORK
  network | system | computer | computer system | server | website | email
  e-mail | account | database | grid | power grid | IT system
  computer network | phone | smartphone | communications | communication | data | emails
  infrastructure | satellite | software | voting machine

# ---------------------------------------------------------------------------
# (5) Violence and weapons
# ---------------------------------------------------------------------------

[synset] $SMALL_ARMS
  # Small arms and light weapons (193).
  gunfire | gunshot | gun | rifle | assault rifle | machine gun | machine-gun
  pistol | handgun | sniper | sniper fire | automatic weapon | small arms
  small-arms fire | bullet | live ammunition | live fire | live round
  grenade | rocket-propelled grenade | RPG | mortar | mortar fire
  mortar shell | AK-47 | kalashnikov | light weapon | firearm

[synset] $HEAVY_WEAPONS
  # Artillery, tanks, rockets, warships (194).
  artillery | artillery fire | artillery shell | shell | shellfire
  cannon | howitzer | tank | tank fire | rocket | rocket fire | missile
  ballistic missile | cruise missile | rocket launcher | heavy weapon
  heavy weaponry | multiple rocket launcher | warship | gunboat | naval gun
  katyusha | grad rocket | grad | heavy artillery | tank shell

[synset] $AIRCRAFT
  # Military aircraft (195) and drones (1952).
  warplane | war plane | jet | fighter jet | fighter | bomber | aircraft
  military aircraft | helicopter | helicopter gunship | gunship
  attack helicopter | air force | plane | fighter plane | F-16 | F-35
  B-52 | airplane | $DRONES

[synset] $DRONES
  drone | unmanned aerial vehicle | UAV | unmanned aircraft
  armed drone | attack drone | kamikaze drone | loitering munition

[synset] $PRECISION_MUNITIONS
  # Guided aerial munitions (1951).
  guided missile | precision-guided munition | precision-guided bomb
  smart bomb | guided bomb | laser-guided bomb | precision strike
  precision munition | hellfire missile

[synset] $SHOTS
  shot | round | bullet | volley | burst | warning shot

[synset] $CROSSING
  # Points of passage closed by force (191).
  border | border crossing | crossing | crossing point | checkpoint | port
  airport | airspace | strait | waterway | canal | sea lane | shipping lane
  road | highway | pass | corridor | harbour | harbor

[synset] $WARSHIPS
  warship | destroyer | frigate | aircraft carrier | carrier | carrier group
  carrier strike group | submarine | navy | naval vessel | coast guard
  coastguard | cruiser | patrol boat | gunboat | fleet | naval force
  corvette | naval ship | coast guard vessel | militia boat

[synset] $BOMBERS
  bomber | strategic bomber | nuclear-capable bomber | B-52 | B-1 | B-2
  Tu-95 | Tu-160 | fighter jet | warplane | fighter | military aircraft

[synset] $MILITARY_ASSETS
  # Offensive platforms moved toward an adversary (154).
  tank | armour | armor | armored vehicle | armoured vehicle | artillery
  missile launcher | missile battery | warship | destroyer | aircraft carrier
  carrier group | carrier strike group | submarine | fighter jet | warplane
  bomber | heavy weapons | heavy weapon | ballistic missile | nuclear weapon | Iskander

[synset] $MIGHT
  might | military might | strength | military strength | power | firepower
  military power | capabilities | capability | military capabilities | military capability | muscle

[synset] $WEAPON_TEST
  # Weapons tested rather than used against a target (150).
  test | missile test | test missile | test launch | nuclear test | ICBM
  intercontinental ballistic missile | hypersonic missile | nuclear-capable missile
  spy satellite | military satellite | satellite | nuclear device

[synset] $WATERS
  territorial waters | waters | maritime zone | exclusive economic zone | EEZ
  contiguous zone | sea area

[synset] $ALERT
  alert | high alert | alert status | alert level | readiness | combat readiness
  state of alert | war footing | state of readiness | maximum alert
  highest alert | defcon | threat level | combat alert | full alert
  state of high alert | battle readiness | combat-ready status

[synset] $NUCLEAR_FORCES
  nuclear forces | nuclear force | nuclear deterrent | nuclear arsenal | strategic forces | strategic force
  nuclear deterrence forces | nuclear deterrence force | nuclear weapons | nuclear weapon | nuclear submarines | nuclear submarine
  strategic nuclear forces | strategic nuclear force | missile forces | missile force

[synset] $POLICE
  police | riot police | police officer | policeman | security forces | security force
  gendarmerie | gendarme | riot squad | anti-riot police | paramilitary police
  interior ministry troops | interior ministry troop | police reinforcements | police reinforcement | special forces police
  SWAT team | police unit | officers | officer

[synset] $SECURITY_MEASURES
  security measures | security measure | security | security presence | security arrangements | security arrangement
  checkpoints | checkpoint | patrols | patrol | security checks | security check | security cordon

[synset] $RESERVISTS
  reservist | reserve | reserve troops | reserve troop | reserve forces | reserve force | conscript
  draftee | recruit | reserve soldier | men of fighting age

[synset] $MOBILIZATION
  mobilization | mobilisation | general mobilization | general mobilisation
  partial mobilization | partial mobilisation | full mobilization
  military mobilization | call-up | conscription | draft

[synset] $DEFENSE_SPENDING
  defense budget | defence budget | military budget | defense spending
  defence spending | military spending | military expenditure | arms spending

[synset] $CYBER_FORCES
  cyber army | cyber force | cyber forces | cyber command | cyber unit
  cyber warriors | cyber warrior | hackers | hacker | cyber capabilities | cyber capability
  cyber troops | cyber troop | hacker army | cyber militia | cyber warfare unit
  offensive cyber capabilities | offensive cyber capability | cyber operations unit

[synset] $LEADER
  # Prominent figures whose killing is an assassination (186; PETRARCH's
  # WOUND codes wounding one 185: "* &LEADER [185]").
  leader | deputy leader | chief | deputy chief | head | president
  vice president | prime minister | minister | mayor | governor
  spiritual leader | party leader | opposition leader

[synset] $BOMBING
  # Non-military bombings as events (183x): "wounded two soldiers in a bomb
  # attack" (PETRARCH's WOUND: "* (IN BOMBING/EXPLOSION) [183]").
  bombing | bomb attack | bomb blast | bomb explosion | explosion | blast
  suicide bombing | suicide attack | suicide bomb attack | car bombing
  car bomb attack | car bomb | roadside bomb | roadside bombing | bomb

[synset] $BOMB
  # Non-military explosive devices (183x).
  bomb | explosive | explosive device | improvised explosive device | IED
  car bomb | roadside bomb | time bomb | parcel bomb | letter bomb
  nail bomb | pipe bomb | suicide vest | explosive belt | landmine | mine
  booby trap | dynamite | detonator

[synset] $SUICIDE_BOMB
  suicide vest | suicide belt | explosive vest | explosive belt | suicide bomb

[synset] $CAR_BOMB
  car bomb | truck bomb | vehicle bomb | VBIED | vehicle-borne bomb
  motorcycle bomb | bicycle bomb | booby-trapped car

[synset] $ROADSIDE_BOMB
  roadside bomb | improvised explosive device | IED | landmine | land mine
  mine | roadside device

[synset] $PLACED_BOMB
  time bomb | timed device | remote-controlled bomb | remote-controlled device
  booby trap | booby-trap | planted bomb | explosive charge | limpet mine
  parcel bomb | letter bomb | mail bomb

[synset] $CIVILIAN_SITE
  school | hospital | mosque | church | residential area | residential building
  apartment building | apartment block | home | house | refugee camp
  civilian area | densely populated area | neighborhood | neighbourhood
  kindergarten | clinic | market

[synset] $ASSASSINATE_V
  assassinate | kill | murder | eliminate | poison | shoot

[synset] $VEHICLE
  # Hijacked vehicles (181).
  plane | aircraft | airliner | jet | flight | bus | ship | vessel | boat
  tanker | oil tanker | ferry | train | car | truck | lorry | cargo ship
  freighter | yacht

[synset] $CHEMICAL_WEAPONS
  # Chemical, biological, radiological weapons (2041).
  chemical weapon | chemical weapons | chemical agent | nerve agent | gas
  poison gas | toxic gas | sarin | chlorine | chlorine gas | mustard gas
  VX | novichok | biological weapon | biological agent | anthrax
  dirty bomb | radiological weapon | radiological device | bioweapon
  nerve gas | toxic chemical

[synset] $NUCLEAR_WEAPONS
  # Nuclear weapons (2042).
  nuclear weapon | nuclear bomb | atomic bomb | nuclear device
  nuclear warhead | atom bomb | hydrogen bomb | thermonuclear weapon
  nuke | nuclear missile | tactical nuclear weapon

[synset] $CIVILIANS
  civilian | resident | villager | inhabitant | population | people
  family | woman | child | refugee | worshipper | pilgrim | passenger
  bystander | non-combatant | local | farmer | student | worker

[synset] $ETHNIC_GROUP
  # Groups targeted by mass expulsion or cleansing (201, 203).
  minority | ethnic minority | population | community | ethnic group
  tribe | clan | people | inhabitant | resident | villager | civilian
  Muslim | Christian | Jew | Yazidi | Rohingya | Kurd | Tutsi | Hutu
  Albanian | Serb | Armenian | Palestinian | Uighur | Uyghur | Tamil

[synset] $ETHNIC_CLEANSING
  ethnic cleansing | ethnic purge | ethnic purging

[synset] $CHEMICAL_ATTACK
  chemical attack | gas attack | chemical weapons attack | sarin attack
  chlorine attack | poison gas attack | nerve agent attack | toxic gas attack

[synset] $WMD_GENERIC
  weapon of mass destruction | weapons of mass destruction | WMD
  unconventional weapons | unconventional weapon | non-conventional weapons | non-conventional weapon

[synset] $DIRTY_BOMB
  dirty bomb | radiological device | radiological dispersal device

[synset] $SCORCHED_EARTH
  scorched-earth tactics | scorched-earth tactic | scorched earth tactics | scorched earth tactic | scorched-earth policy
  scorched-earth campaign | scorched earth

[synset] $MASS_KILLING
  # Mass killing as an act (202).
  massacre | mass killing | mass murder | slaughter | genocide
  extermination | mass execution | bloodbath | carnage | pogrom

# ---------------------------------------------------------------------------
# (6) Verb classes
# ---------------------------------------------------------------------------

[synset] $RESIGN_V
  # Leaving office (1041, 1231).
  resign | step down | step aside | stand down | quit | leave office
  relinquish power | give up power | hand over power | abdicate

[synset] $ALLOW_V
  # Permitting access (1055, 1245).
  allow | permit | let | admit | grant | accept | let in | give

[synset] $STOP_V
  # Stopping a hostile activity (1056, 1052, 1246 ...).
  stop | end | halt | cease | suspend | abandon | call off | give up
  refrain from | put an end to

[synset] $YIELD_V
  # Giving in (124): "refused to back down".
  yield | back down | give in | concede | capitulate | surrender | compromise
  budge | bow | back off | relent | cave in | give way | submit | retreat

[synset] $CHANGE_V
  change | reverse | alter | modify | revise | abandon | drop | scrap
  rethink | reconsider

[synset] $POLICY
  policy | stance | position | course | decision | approach | line

[synset] $ACCEPT_V
  accept | agree to | endorse | approve | consider | entertain | recognize
  recognise | embrace | go along with

[synset] $SIGN_V
  sign | ratify | accept | endorse | initial | implement | approve | join

[synset] $HANDOVER_V
  hand over | surrender | turn over | deliver | transfer | extradite

[synset] $COMPLY_V
  comply | abide | obey | respect | honor | honour | implement | follow
  heed | observe | adhere | submit

[synset] $FORCE
  # Military force as threatened or warned of (138).
  force | military force | armed force | military action | military response
  military option | military intervention | military measures | military measure | force of arms
  military operation | military means | armed intervention | invasion | war

[synset] $RETALIATION
  retaliation | revenge | reprisal | vengeance | response | retribution
  counterattack | counter-attack | payback | punishment | harsh response
  decisive response | crushing response | strong response | military response

[synset] $RETALIATE_V
  retaliate | respond | hit back | strike back | avenge | take revenge
  fight back | punish | react

[synset] $RESPOND_V
  respond | react | reply | act | take action | hit back | retaliate

[synset] $CONSEQUENCES
  consequences | consequence | repercussions | repercussion | price | cost
  measures | measure | countermeasures | countermeasure | counter-measures | counter-measure | action | steps | step | response
  reaction | retaliation | punishment

[synset] $INVASION
  invasion | occupation | annexation | takeover | incursion | ground invasion
  ground offensive | seizure

[synset] $OCCUPY_V
  # Taking territory (1382, 192).
  invade | occupy | annex | seize | take over | capture | overrun | march on
  retake | recapture | conquer | take control of | grab

[synset] $BLOCKADE_V
  blockade | besiege | encircle | close | shut | seal off | cut off | mine
  lay siege to | block

[synset] $NUCLEAR_STRIKE
  nuclear strike | nuclear attack | nuclear war | nuclear response
  nuclear retaliation | nuclear annihilation | atomic attack | chemical attack
  nuclear weapon | nuclear weapons | nuclear bomb | nuclear option
  weapon of mass destruction | chemical weapon | biological weapon

[synset] $TERROR_ATTACK
  # Unconventional violence as threatened (1383).
  suicide attack | suicide bombing | terror attack | terrorist attack
  bomb attack | kidnapping | hostage-taking | assassination | jihad
  holy war | car bomb | suicide operation | martyrdom operation
  terror campaign | bombing campaign | wave of bombings | wave of bombing | terrorism

[synset] $TERROR_V
  kidnap | abduct | behead | assassinate | blow up | hijack | take hostage
  execute | bomb

[synset] $MOBILIZE_V
  send | deploy | mobilize | mobilise | mass | dispatch | move | station

[synset] $IMPOSE_V
  impose | slap | introduce | declare | enforce | place | adopt | apply
  reimpose | re-impose | tighten | expand | extend | toughen

[synset] $CUT_V
  # Cutting an existing flow (aid, supplies, cooperation): 131x, 162x.
  cut | halt | stop | suspend | freeze | end | reduce | withhold | withdraw
  cancel | terminate | slash | curtail | scale back | cut off | pull

[synset] $AID_CUT
  aid cut | aid cuts | aid freeze | aid suspension | cutoff | cut-off
  funding cut | suspension of aid | freeze on aid | halt to aid

[synset] $BREAK_V
  break | sever | break off | cut off | end | rupture | cut

[synset] $DOWNGRADE_V
  downgrade | reduce | scale back | freeze | suspend | lower

[synset] $ORGANIZATION
  # Bodies a state may quit (1313, 161).
  alliance | organization | organisation | union | bloc | coalition | treaty
  pact | council | commission | membership | NATO | UN | EU | OPEC
  WTO | convention | agreement | accord | nuclear deal | grouping

[synset] $SUPPLY_N
  # Supplies cut as a non-force threat or punishment (131, 163).
  supply | supplies | gas supply | oil supply | gas | oil | electricity
  power | water | fuel | exports | export | imports | import | shipment | deliveries | delivery
  flow | transit | grain exports | grain export | energy supplies | energy supply | gas deliveries | gas delivery

[synset] $RETHINK_V
  rethink | reconsider | review | reassess | re-evaluate | reevaluate
  downgrade

[synset] $RESTRICT_V
  restrict | curb | limit | ban | prohibit | outlaw | suppress | muzzle | gag
  censor | block | shut down | close | silence | shut

[synset] $PROTEST_V
  # Collective dissent (133, 14x); the labour "strike" only as a phrase.
  protest | demonstrate | rally | march | boycott | go on strike
  stage a strike | walk out | picket | riot | take to the streets | take to the street
  stage a protest | hold a protest | launch a strike | sit in

[synset] $STAGE_V
  stage | hold | organize | organise | call | launch | mount | start | begin
  join | go on | lead | plan | continue

[synset] $QUIT_V
  quit | leave | abandon | walk out of | pull out of | withdraw from
  suspend | boycott | break off | end | halt | exit | call off | scrap

[synset] $ARREST_V
  arrest | detain | jail | imprison | lock up | round up | prosecute
  punish | try | put on trial

[synset] $ARREST_N
  arrest | detention | imprisonment | jail | prison | prosecution
  punishment | jail term | prison sentence | death penalty | execution
  legal action | severe punishment | harsh punishment

[synset] $CRACK_DOWN_V
  crack down | clamp down | come down hard

[synset] $CRACKDOWN
  crackdown | clampdown | crack-down | repression | harsh measures | harsh measure
  iron fist | heavy hand | security crackdown | brutal crackdown

[synset] $CRUSH_V
  crush | destroy | annihilate | wipe out | eliminate | eradicate | obliterate
  defeat | smash | finish off | hunt down | root out | exterminate | liquidate

[synset] $SABRE
  sabre | saber | sword | arsenal | nuclear arsenal | missile | weapon
  nuclear weapon
