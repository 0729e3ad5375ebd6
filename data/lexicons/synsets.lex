# Shared word classes (synsets) used by the predicate patterns.
#
# Format: docs/lexicon.md ([synset] $NAME, then indented member lines;
# members are lemmas or phrases separated by '|'; a member may be another
# synset).  Members are written as lemmas (singular nouns, bare verbs);
# pluralia tantum ("talks", "arms") are written as they occur.
#
# Owner: patterns-coop (roots 01-09).  The roots 10-20 writer adds classes
# of their own in synsets_conflict.lex; grep both files before adding a
# name so that no synset is defined twice.
#
# Layout: (1) military / conflict nouns, (2) de-escalation and yielding,
# (3) cooperation and diplomacy, (4) aid, (5) reform, rights, law,
# (6) investigation, (7) attitude nouns (openness, desire, plan),
# (8) verb classes (names end in _V, except the established $WITHDRAW).

# ---------------------------------------------------------------------------
# (1) Military and conflict nouns
# ---------------------------------------------------------------------------

[synset] $TROOPS
  troops | troop | force | armed forces | military forces | soldier | army
  military | contingent | personnel | military personnel | unit | battalion
  brigade | division | marine | boots on the ground
  military presence | garrison | coalition forces | expeditionary force

[synset] $ATTACK
  # Nouns of armed attack (the verbs are $ATTACK_V).
  attack | assault | strike | airstrike | air strike | air raid | raid
  bombing | shelling | bombardment | offensive | incursion | invasion
  ambush | rocket attack | missile attack | missile strike | drone strike
  drone attack | artillery fire | mortar fire | suicide bombing
  car bombing | sniper fire | counteroffensive | counter-offensive
  military operation | ground operation | military action

[synset] $FIGHTING
  # Ongoing armed conflict as an activity ("an end to the fighting").
  fighting | hostilities | violence | clash | combat | war | warfare
  bloodshed | armed conflict | conflict | battle | insurgency
  military campaign | campaign | bombing campaign | escalation

[synset] $WEAPONS
  weapon | arms | armament | gun | rifle | ammunition | munition | missile
  rocket | artillery | tank | warplane | fighter jet | combat aircraft
  drone | explosive | air defense system | air defence system
  anti-tank missile | small arms | heavy weapons | weaponry | warship
  military equipment | military hardware

[synset] $WMD
  nuclear weapon | nuclear weapons programme | nuclear program
  nuclear programme | chemical weapon | biological weapon
  weapon of mass destruction | enrichment | uranium enrichment
  nuclear arsenal | warhead

[synset] $SANCTIONS
  # Economic sanctions, boycotts, embargoes (085, 0254, 0354, 163 ...).
  sanction | economic sanctions | embargo | arms embargo | oil embargo
  trade embargo | boycott | trade ban | export ban | import ban
  asset freeze | tariff | trade restriction | economic restriction
  punitive measure | penalty | financial sanctions

[synset] $RESTRICTIONS
  # Administrative (non-economic, non-force) restrictions: 081x, 0251, 0351.
  restriction | curb | ban | curfew | state of emergency | emergency rule
  martial law | censorship | travel ban | lockdown
  emergency law | emergency decree | internet shutdown | media ban
  press restriction | movement restriction | visa ban | visa restriction
  entry ban

[synset] $FREEDOM_RESTRICTIONS
  # Restrictions on political freedoms (0811): speech, press, assembly.
  censorship | media ban | press restriction | press censorship
  internet shutdown | internet blackout | social media ban | website ban
  ban on protests | ban on demonstrations | ban on gatherings
  ban on public gatherings | protest ban | restriction on the press
  restriction on assembly | restriction on speech | broadcast ban
  ban on the newspaper | newspaper ban | blackout

[synset] $CURFEW
  curfew | night curfew | lockdown

[synset] $EMERGENCY
  state of emergency | emergency rule | martial law | emergency law
  emergency decree | state of siege | military rule | emergency measures
  emergency powers

[synset] $PARTY_BAN
  # Bans on parties and politicians (0812): "lifted the ban on the party".
  ban on the party | party ban | political ban | ban on political parties
  ban on political activity | disqualification

[synset] $BLOCKADE
  blockade | siege | naval blockade | encirclement | closure | cordon

[synset] $PROTEST
  # Non-violent collective dissent (14x).  "strike" here is the labour
  # strike, written only in unambiguous phrases ($ATTACK has "strike").
  protest | demonstration | rally | march | sit-in | hunger strike
  general strike | labour strike | labor strike | walkout | picket
  boycott | civil disobedience | protest movement | mass protest
  street protest | unrest

[synset] $THREAT
  # Available to roots 10-20 (threats, ultimatums).
  threat | ultimatum | warning

[synset] $OCCUPATION
  occupation | annexation | presence | military presence | control

[synset] $TERRITORY
  territory | land | area | region | town | city | village | border
  border area | zone | buffer zone | province | position | base
  military base | outpost | airbase | air base | enclave | settlement

# ---------------------------------------------------------------------------
# (2) De-escalation, yielding, release
# ---------------------------------------------------------------------------

[synset] $WITHDRAWAL
  withdrawal | exit | departure | pullout | pull-out | drawdown | pullback
  pull-back | troop withdrawal | military withdrawal | retreat
  disengagement | troop reduction | troop cut

[synset] $CEASEFIRE
  ceasefire | cease-fire | truce | armistice | cessation of hostilities
  halt to the fighting | end to the fighting | humanitarian pause
  pause in fighting | suspension of hostilities
  moratorium on attacks

[synset] $DEESCALATION
  # Any measure easing military tension (087, 0256, 0356, 1056).
  $CEASEFIRE | $WITHDRAWAL | $DISARMAMENT | de-escalation | deescalation
  calm | restraint | end to the war | end of the war | end to hostilities
  lifting of the blockade | easing of tension | easing of tensions

[synset] $DISARMAMENT
  disarmament | demobilization | demobilisation | decommissioning
  demilitarization | demilitarisation | disarming | weapons handover
  handover of weapons | surrender of weapons | reintegration

[synset] $RELEASE
  # Release or return of persons or property (084x, 0253, 0353, 1053).
  release | freeing | liberation | return | handover | hand-over
  repatriation | exchange | swap | prisoner exchange | prisoner swap
  pardon | amnesty | clemency | restitution

[synset] $PRISONERS
  prisoner | detainee | hostage | captive | inmate | political prisoner
  abductee | prisoner of war | dissident | activist | journalist
  captured soldier

[synset] $PROPERTY
  property | asset | land | territory | possession | seized property
  confiscated property | frozen assets | funds | vessel | ship | tanker
  aircraft | artefact | artifact | plane | helicopter | drone | boat
  weapon | equipment | military equipment | vehicle | document | archive

[synset] $ACCESS
  # Humanitarian and international access (086x, 0255, 0355).
  access | humanitarian access | humanitarian corridor | safe passage
  aid corridor | corridor | entry | aid convoy | convoy | passage

[synset] $HUMANITARIAN_ACCESS
  # Humanitarian access allowed (0863, 0355, 0255).
  humanitarian access | humanitarian corridor | aid corridor | safe passage
  humanitarian pause | access for aid | aid access

[synset] $AID_AGENCIES
  # Humanitarian organisations let in (0863).
  aid agency | aid worker | relief agency | relief worker | aid group
  humanitarian agency | humanitarian worker | humanitarian organization
  humanitarian organisation | aid organization | aid organisation
  aid convoy | relief convoy

[synset] $PEACEKEEPERS
  peacekeeper | peacekeeping force | peacekeeping troops
  peacekeeping mission | peacekeeping operation | stabilization force
  stabilisation force | protection force | blue helmets
  international force | multinational force | monitoring mission

[synset] $INSPECTORS
  inspector | weapons inspector | nuclear inspector | observer | monitor
  election observer | ceasefire monitor | monitoring team
  inspection team | fact-finding mission | investigator | verification team

[synset] $INSPECTION
  inspection | monitoring | verification | on-site inspection
  snap inspection | safeguards inspection

# ---------------------------------------------------------------------------
# (3) Cooperation, diplomacy, meetings
# ---------------------------------------------------------------------------

[synset] $WAR_GAME
  # Military exercises named as games (062).
  war game | wargame | war-game | military game

[synset] $SECURITY_COOPERATION
  # Military / security ties (062, 0312, 0212, 1012, 1212).
  security cooperation | military cooperation | defense cooperation
  defence cooperation | security partnership | defense partnership
  defence partnership | strategic partnership | security ties
  military ties | defense ties | defence ties | military relations
  security relations | security arrangement | defense pact | defence pact
  military alliance | security alliance | joint exercise | military exercise
  joint military exercise | joint drill | military drill | joint patrol
  joint operation | military training | training | advising | training mission
  counterterrorism cooperation | counter-terrorism cooperation
  security coordination | military coordination | arms cooperation
  defense agreement | defence agreement | security agreement
  status of forces agreement

[synset] $ECONOMIC_COOPERATION
  # Reciprocal economic exchange (061, 0311, 0211, 1011, 1211).
  economic cooperation | economic co-operation | trade | commerce
  economic ties | trade ties | economic relations | trade relations
  business ties | commercial ties | investment | joint venture
  economic partnership | trade partnership | free trade | trade deal
  trade agreement | free trade agreement | energy cooperation
  economic integration | trade links | economic links
  bilateral trade | investment cooperation | financial cooperation

[synset] $JUDICIAL_COOPERATION
  # Judicial cooperation (063, 0313, 0213, 1013).
  judicial cooperation | legal cooperation | extradition
  mutual legal assistance | law enforcement cooperation
  police cooperation | judicial assistance | extradition treaty
  cooperation with the court | cooperation with the tribunal

[synset] $INTELLIGENCE
  # Intelligence and information sharing (064, 0314, 0214, 1014).
  intelligence | intelligence sharing | information sharing
  intelligence cooperation | intelligence exchange | information exchange
  exchange of information | exchange of intelligence | information
  data | evidence | intelligence report

[synset] $DIPLOMATIC_COOPERATION
  diplomatic cooperation | diplomatic ties | diplomatic relations
  diplomatic contact | political cooperation | political dialogue
  bilateral relations | bilateral ties | relations | ties
  normalization | normalisation | rapprochement | reconciliation

[synset] $COOPERATION
  # General cooperation (030, 060, 020 ...).  Includes the specific classes.
  cooperation | co-operation | collaboration | partnership | coordination
  relationship | alliance | joint work | bilateral relations
  relations | ties | links | contacts
  $SECURITY_COOPERATION | $ECONOMIC_COOPERATION | $JUDICIAL_COOPERATION
  $DIPLOMATIC_COOPERATION

[synset] $RELATIONS
  relations | ties | relationship | diplomatic relations | diplomatic ties
  bilateral relations | bilateral ties | contacts | contact | links

[synset] $TALKS
  # Negotiation as an activity (046, 036, 026, 108, 125, 164).
  talks | talk | negotiation | dialogue | discussion | consultation
  peace talks | peace negotiations | direct talks | indirect talks
  bilateral talks | round of talks | negotiating process | peace process
  dialog | parley | bargaining | deliberation | consultations

[synset] $MEETING
  # Meetings (036, 040, 044, 108, 125).
  meeting | summit | conference | session | encounter | get-together
  tete-a-tete | audience | talks | gathering | round table | roundtable
  summit meeting | face-to-face meeting | sit-down

[synset] $VISIT
  visit | trip | tour | state visit | official visit | working visit
  journey | stopover | mission

[synset] $MEDIATION
  mediation | good offices | facilitation | arbitration | shuttle diplomacy
  intercession | brokering

[synset] $MEDIATOR
  mediator | facilitator | go-between | intermediary | broker | arbiter
  peace envoy | honest broker

[synset] $AGREEMENT
  agreement | deal | accord | treaty | pact | memorandum of understanding
  memorandum | protocol | convention | compact | framework agreement
  joint declaration | joint statement | declaration | charter
  peace agreement | peace deal | peace accord | peace treaty
  arrangement | settlement | cooperation agreement

[synset] $PEACE
  # Settlement of a conflict (037, 027, 127).
  peace | peace deal | peace agreement | peace accord | peace treaty
  settlement | peace settlement | political settlement | negotiated settlement
  political solution | peaceful solution | diplomatic solution
  reconciliation | end to the conflict | end of the conflict | two-state solution
  solution to the conflict | resolution of the conflict | peaceful resolution

[synset] $RECOGNITION
  recognition | diplomatic recognition | formal recognition | statehood

[synset] $SUPPORT
  # Non-material, political support (051, 022, 032, 053, 102).
  support | backing | endorsement | solidarity | political support
  diplomatic support | moral support | approval | blessing

[synset] $OPTIMISM
  # Optimistic comment (013): "expressed optimism about ...".
  optimism | confidence | hope | hopefulness | assurance | satisfaction

[synset] $PESSIMISM
  # Pessimistic comment (012): "expressed pessimism about ...".
  pessimism | doubt | skepticism | scepticism | concern | fear | worry
  alarm | disappointment | misgiving | reservation | gloom

# ---------------------------------------------------------------------------
# (4) Aid
# ---------------------------------------------------------------------------

[synset] $ECONOMIC_AID
  economic aid | economic assistance | financial aid | financial assistance
  financial support | economic support | budget support | loan | credit
  credit line | line of credit | grant | debt relief | debt forgiveness
  debt cancellation | bailout | rescue package | aid package
  development aid | development assistance | funding | financing
  fund | money | cash | donation | reconstruction aid | reconstruction funds
  investment pledge

[synset] $MILITARY_AID
  military aid | military assistance | security assistance | military support
  defense aid | defence aid | arms | weapon | weapons | military equipment
  ammunition | munition | missile | air defense system | air defence system
  tank | fighter jet | warplane | military hardware | arms package
  military training | trainer | military adviser | military advisor
  lethal aid | body armor | body armour | drone

[synset] $HUMANITARIAN_AID
  humanitarian aid | humanitarian assistance | humanitarian supplies
  relief | relief aid | relief supplies | emergency aid | emergency assistance
  emergency relief | food aid | food | food supplies | medicine
  medical supplies | medical aid | medical assistance | medical equipment
  shelter | tent | blanket | water | drinking water | vaccine | relief goods
  aid convoy | aid shipment | disaster relief | refuge | evacuation
  rescue team | rescue workers

[synset] $PROTECTION
  # Military protection and peacekeeping (074, 0334, 0234, 1034).
  protection | military protection | security guarantee | peacekeeping
  $PEACEKEEPERS | no-fly zone | air cover | escort | security umbrella

[synset] $AID
  # Material aid in general; includes the specific classes.
  aid | assistance | help | relief | support package
  $ECONOMIC_AID | $MILITARY_AID | $HUMANITARIAN_AID

[synset] $ASYLUM
  asylum | political asylum | refugee status | sanctuary | safe haven
  residence permit | protection status | diplomatic asylum

[synset] $REFUGEES
  refugee | asylum seeker | asylum-seeker | migrant | displaced person
  internally displaced person | evacuee | exile | defector

# ---------------------------------------------------------------------------
# (5) Reform, leadership, rights, law
# ---------------------------------------------------------------------------

[synset] $RESIGNATION
  # Leadership change (0241, 0341, 0831, 1041, 1231).
  resignation | stepping down | abdication | ouster
  transfer of power | handover of power | transition of power
  power transfer | succession | new leadership | leadership change
  change of leadership | change in leadership

[synset] $ELECTIONS
  election | elections | vote | poll | ballot | early election
  snap election | fresh elections | free elections | referendum
  presidential election | parliamentary election | runoff

[synset] $REFORM
  # Political or institutional change (024, 034, 083, 104).
  reform | political reform | reforms | change | overhaul | transformation
  transition | democratic transition | democratization | democratisation
  modernization | liberalization | liberalisation | restructuring

[synset] $INSTITUTIONAL_REFORM
  # Regime / institutional change (0244, 0344, 0834, 1044).
  constitutional reform | constitutional amendment | new constitution
  electoral reform | electoral law | democratization | democratisation
  regime change | democracy | multiparty system | multi-party system
  federalism | power-sharing | power sharing | separation of powers
  judicial reform | security sector reform | institutional reform

[synset] $POLICY_CHANGE
  # Policy change (0242, 0342, 0832, 1042).
  policy change | change of policy | change in policy | policy shift
  shift in policy | new policy | policy reversal | reversal | u-turn
  review of the policy | policy review

[synset] $RIGHTS
  # Rights and freedoms (0243, 0343, 0833, 1043).
  right | rights | human rights | civil rights | political rights
  freedom | freedoms | liberty | civil liberties | free speech
  freedom of speech | freedom of expression | freedom of assembly
  press freedom | freedom of the press | religious freedom | autonomy
  self-determination | self-rule | equal rights | minority rights
  women's rights | citizenship | voting rights | right of return

[synset] $LAW
  law | legislation | bill | decree | act | regulation | rule | ordinance
  constitution | amendment | statute

# ---------------------------------------------------------------------------
# (6) Accusations, responsibility, crimes, investigation
# ---------------------------------------------------------------------------

[synset] $RESPONSIBILITY
  # What is claimed (015) or denied (016).
  responsibility | involvement | role | blame | complicity | culpability
  participation | link | links | connection | hand | guilt | liability
  authorship | wrongdoing

[synset] $ACCUSATION
  accusation | allegation | charge | claim | report | suggestion
  assertion | insinuation | rumour | rumor | speculation

[synset] $CRIME
  # Crime and corruption (091, 1121 ...).
  crime | corruption | fraud | murder | killing | bribery | embezzlement
  money laundering | theft | graft | smuggling | trafficking
  drug trafficking | human trafficking | assassination | kidnapping
  abduction | tax evasion | misconduct | wrongdoing | abuse of power
  irregularity | scandal | death | robbery | leak
  cyberattack | hacking

[synset] $ABUSE
  # Human rights abuses (092, 1122 ...).
  abuse | human rights abuse | human rights violation | rights abuse
  rights violation | violation | torture | mistreatment | ill-treatment
  rape | sexual violence | extrajudicial killing | enforced disappearance
  disappearance | persecution | arbitrary detention | repression
  crackdown | discrimination

[synset] $WAR_CRIME
  # War crimes (094, 1124 ...).
  war crime | war crimes | crime against humanity | crimes against humanity
  genocide | massacre | atrocity | ethnic cleansing | chemical attack
  use of chemical weapons | collective punishment | mass killing

[synset] $MILITARY_ACTION
  # Military actions under inquiry (093, 1123 ...).
  $ATTACK | ceasefire violation | violation of the ceasefire | incursion
  seizure | invasion | military operation | shooting down | downing
  crash | incident | clash | border clash | friendly fire

[synset] $INVESTIGATION
  investigation | inquiry | enquiry | probe | inquest | review
  fact-finding mission | examination | audit | criminal investigation
  independent investigation | independent inquiry | commission of inquiry
  post-mortem | autopsy | forensic examination | hearing

# ---------------------------------------------------------------------------
# (7) Attitude, intention and plan nouns
# ---------------------------------------------------------------------------

[synset] $OPENNESS
  # Expressed willingness to do something (03x heads: "expressed openness
  # to ...", "signalled readiness to ...").
  openness | willingness | readiness | preparedness | eagerness
  commitment | determination | interest | intention | intent | resolve
  keenness | disposition | availability | desire | wish | hope

[synset] $DESIRE
  # Expressed wish for something to happen (demands 10x; appeals 02x).
  desire | wish | hope | aspiration | longing | yearning | will | want
  need | demand | call | insistence

[synset] $PLAN
  # Plans and decisions, for "has plans to withdraw", "announced a plan to".
  plan | plans | intention | intent | decision | timetable | schedule
  timeline | roadmap | road map | blueprint | proposal | programme
  program | scheme | strategy | move | bid

[synset] $CONDOLENCES
  # Empathetic comment (018): "offered condolences to", "expressed sympathy".
  condolence | condolences | sympathy | sympathies | empathy | commiseration
  sorrow | grief | sadness | heartfelt condolences | deepest sympathy

[synset] $PRAISE
  # Praise (051): "expressed appreciation for", "voiced support for".
  praise | appreciation | gratitude | thanks | admiration | approval | respect
  congratulations | commendation | acclaim | tribute

[synset] $PHONE_CALL
  # Telephone and video talks (041).
  phone call | telephone call | phone conversation | telephone conversation
  video call | video conference | videoconference | call | phone talks
  telephone talks

[synset] $CONSENSUS
  # Shared views (019): "reached a consensus with", "found common ground".
  consensus | common ground | common understanding | common position
  meeting of minds | convergence of views | identity of views | unanimity

[synset] $MOURNING
  # Symbolic mourning (017): "declared a day of mourning for the victims".
  mourning | day of mourning | days of mourning | national mourning
  period of mourning

[synset] $NEED
  need | necessity | importance | urgency | imperative

# ---------------------------------------------------------------------------
# (8) Verb classes
# ---------------------------------------------------------------------------

[synset] $WITHDRAW
  # Verbs of military withdrawal (0874, 0356, 0256, 1056, 1246).
  withdraw | pull out | pull back | remove | draw down | bring home
  bring back | redeploy | reduce | cut | scale back
  scale down | move out | take out | retreat

[synset] $BOOST_V
  # Initiating or expanding ties (02x, 03x, 06x: "expand economic ties").
  expand | boost | increase | deepen | strengthen | enhance | develop
  promote | step up | broaden | intensify | improve | resume | restore
  establish | build | forge | upgrade | widen | bolster | foster | advance
  revive | normalize | normalise | institutionalize

[synset] $ENGAGE_V
  # Taking part in an activity: "engage in security cooperation".
  engage | participate | take part | join | enter | conduct | pursue
  undertake

[synset] $COOPERATE_V
  cooperate | co-operate | collaborate | work together | partner
  coordinate | team up | join forces

[synset] $MEET_V
  meet | talk | negotiate | hold talks | sit down | confer | discuss
  consult | visit | resume talks | reopen talks

[synset] $NEGOTIATE_V
  negotiate | hold talks | talk | discuss | bargain | dialogue
  enter talks | resume talks | return to the table | resume negotiations

[synset] $RELEASE_V
  release | free | set free | hand over | return | exchange | swap
  pardon | repatriate | let go | give back | unfreeze | turn over

[synset] $LIFT_V
  # Verbs of easing (08x, 035x, 025x).
  lift | ease | relax | remove | end | scrap | suspend | loosen | revoke
  rescind | waive | roll back | cancel | drop | abolish | repeal | relieve
  reduce | soften | withdraw | halt | stop

[synset] $PROVIDE_V
  provide | give | send | supply | deliver | offer | grant | donate
  extend | ship | transfer | allocate | disburse | contribute | airlift

[synset] $DEESCALATE_V
  # Verbs of de-escalation (0356, 0256, 1056, 087).
  de-escalate | deescalate | $WITHDRAW | demobilize | demobilise | disarm
  cease fire | stop fighting
  disengage | stand down

[synset] $ATTACK_V
  # Verbs of armed attack (18x-19x).
  attack | strike | bomb | shell | raid | invade | ambush | assault | bombard
  hit | target | storm | shoot | pound | blitz
  strafe | torpedo | overrun

[synset] $INVESTIGATE_V
  investigate | probe | examine | look into | inquire into | enquire into
  review | scrutinize | scrutinise | audit | inspect | check | study
  question | interrogate
