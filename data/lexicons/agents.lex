# Role nouns ("agents"); format: docs/lexicon.md ([agent]).
#
# An agent combines with a country from its modifiers ("Iraqi troops" ->
# IRQ MIL, "Iraq's security forces" -> IRQ MIL, "US-led coalition" -> USA
# MIL) and, after a group name, replaces the group's types ("Hamas
# officials" -> PSE +HMS GOV).  Adjacent agents add up ("opposition
# lawmakers" -> OPP LEG, "military officials" -> MIL GOV), so a compound is
# listed only when the sum would be wrong ("opposition leader" is OPP, not
# OPP GOV) or when it is longer than a word with another meaning
# ("coalition government" GOV vs "coalition" MIL; "fighter jet" MIL vs
# "fighter" UAF).
#
# Names are written in the singular: role nouns match on lemmas, so
# "soldier" matches "soldiers".  Irregular plurals ("gunmen", "people") and
# plurals an untagged text cannot lemmatise ("churches", "businesses") are
# listed too, and a few common plurals are listed for clarity.
#
# Types follow the CAMEO actor codebook (manual, table 3.1) and
# eval/CODING_GUIDELINE.md:
# - GOV the executive, officials, ministries, governing parties; a sector
#   ministry adds its sector (health ministry GOV HLH); defence ministers and
#   ministries are GOV MIL;
# - MIL troops and "all state-military personnel/equipment" (warplanes,
#   warships, drones);
# - UAF armed groups not tied to a state; REB rebels; INS insurgents; SEP
#   separatists; RAD/MOD the tertiary "radical"/"moderate" codes;
# - CAMEO's religion codes are not role types: clergy and places of worship
#   take the catch-all CVL;
# - ELI former officials, royals outside office, celebrities, oligarchs.
# Left out on purpose: "general" ("general strike"), "head" ("shot in the
# head"), "national", "local", "public" (adjectives), "firm", "business",
# "resistance", "suspect", "foundation", "establishment" (other senses
# dominate), bare "deputy" (it would add LEG to "deputy minister").

# ---------------------------------------------------------------------------
# Government and executive (GOV)
# ---------------------------------------------------------------------------

[agent] government | govt | gov't | federal government | central government | national government
  types: GOV
  country-noun: yes

[agent] coalition government | unity government | national unity government | government of national unity
  # longer than "coalition" (MIL)
  types: GOV

[agent] interim government | transitional government | caretaker government | provisional government
  types: GOV

[agent] administration | presidential administration
  # "the Biden administration", "the Iraqi administration"
  types: GOV

[agent] regime
  types: GOV

[agent] authorities | authority | local authorities | state authorities | provincial authorities | municipal authorities
  types: GOV

[agent] cabinet | council of ministers | cabinet of ministers
  types: GOV
  country-noun: yes

[agent] security cabinet | war cabinet | inner cabinet
  types: GOV

[agent] ministry | government ministry | government department
  types: GOV

[agent] minister | cabinet minister | government minister | state minister | minister of state | deputy minister
  types: GOV
  person: yes

[agent] prime minister | premier | PM | head of government
  types: GOV
  person: yes
  country-noun: yes

[agent] prime minister-designate | designated prime minister | acting prime minister | caretaker prime minister | interim prime minister
  types: GOV
  person: yes

[agent] deputy prime minister | vice premier | deputy premier | deputy PM
  types: GOV
  person: yes

[agent] prime minister's office | PMO | premier's office
  types: GOV

[agent] president | head of state
  types: GOV
  person: yes
  country-noun: yes

[agent] president-elect | acting president | interim president | transitional president
  types: GOV
  person: yes

[agent] vice president | vice-president | VP
  types: GOV
  person: yes

[agent] presidency | presidential palace | presidential office | president's office
  types: GOV

[agent] chancellor
  # Germany's and Austria's head of government
  types: GOV
  person: yes

[agent] chancellery | federal chancellery
  types: GOV

[agent] king | queen | monarch
  types: GOV
  person: yes

[agent] emir | amir | sultan
  types: GOV
  person: yes

[agent] crown prince | heir apparent
  types: GOV
  person: yes

[agent] royal court | royal palace
  types: GOV

[agent] ruler | dictator | strongman | autocrat | despot
  types: GOV
  person: yes

[agent] leader | leadership | world leader | national leader
  # "opposition leader", "rebel leader", ... are longer entries with their own types
  types: GOV
  person: yes

[agent] official | government official | senior official | top official | administration official | state official | public official | officeholder
  types: GOV
  person: yes

[agent] civil servant | bureaucrat | functionary | civil service
  types: GOV
  person: yes

[agent] spokesman | spokesmen | spokeswoman | spokeswomen | spokesperson | spokespeople | spokespersons
  # most spokespeople in political news speak for a government; after a group name the group stays ("Hamas spokesman" -> PSE +HMS GOV)
  types: GOV
  person: yes

[agent] press secretary | press office | government spokesman | government spokeswoman | government spokesperson | presidential spokesman | presidential spokesperson
  types: GOV
  person: yes

[agent] aide | adviser | advisor | senior adviser | senior aide | top aide
  types: GOV
  person: yes

[agent] national security adviser | national security advisor | security adviser
  types: GOV
  person: yes

[agent] chief of staff
  # "army chief of staff" adds MIL from "army"
  types: GOV
  person: yes

[agent] secretary of state | foreign minister | foreign secretary | minister of foreign affairs | foreign affairs minister | top diplomat | chief diplomat | FM
  # "FM" (headline abbreviation) matches only in capitals
  types: GOV
  person: yes

[agent] foreign ministry | ministry of foreign affairs | foreign affairs ministry | foreign office | foreign service | diplomatic service
  types: GOV

[agent] interior minister | minister of interior | minister of the interior | home secretary | home minister
  types: GOV
  person: yes

[agent] interior ministry | ministry of interior | ministry of the interior | home office | home ministry
  types: GOV

[agent] justice minister | minister of justice | justice secretary
  types: GOV
  person: yes

[agent] justice ministry | ministry of justice
  types: GOV

[agent] finance minister | minister of finance | treasury secretary | finance secretary | economy minister
  types: GOV
  person: yes

[agent] finance ministry | ministry of finance | treasury department | economy ministry | ministry of economy
  types: GOV

[agent] trade minister | commerce minister | trade secretary | commerce secretary
  types: GOV
  person: yes

[agent] trade ministry | commerce ministry | ministry of trade | ministry of commerce
  types: GOV

[agent] energy minister | oil minister | petroleum minister
  types: GOV
  person: yes

[agent] energy ministry | oil ministry | petroleum ministry | ministry of energy | ministry of oil
  types: GOV

[agent] information minister | minister of information | information ministry | ministry of information
  # the state's media office
  types: GOV MED
  person: yes

[agent] intelligence minister | minister of intelligence | intelligence ministry | ministry of intelligence
  types: GOV SPY
  person: yes

# Defence ministers and ministries: GOV and MIL (eval/CODING_GUIDELINE.md).

[agent] defence minister | defense minister | minister of defence | minister of defense | armed forces minister | minister of the armed forces
  types: GOV MIL
  person: yes

[agent] defence secretary | defense secretary | secretary of defense | secretary of defence | war minister | secretary of war | war secretary
  types: GOV MIL
  person: yes

[agent] defence ministry | defense ministry | ministry of defence | ministry of defense | ministry of the armed forces
  types: GOV MIL

[agent] defence department | defense department | department of defense | department of defence | war department | department of war
  types: GOV MIL

[agent] health minister | minister of health | health secretary
  types: GOV HLH
  person: yes

[agent] health ministry | ministry of health | health department | health authorities
  # the state's; the Hamas-run Gaza health ministry is an actor (groups.lex)
  types: GOV HLH

[agent] health official | health officials
  types: GOV HLH
  person: yes

[agent] agriculture minister | agriculture ministry | ministry of agriculture | agricultural ministry
  # CAMEO AGR includes "government agencies whose primary concern is agricultural issues"
  types: GOV AGR

[agent] education minister | education ministry | ministry of education
  types: GOV EDU

[agent] labour minister | labor minister | labour ministry | labor ministry | ministry of labour | ministry of labor
  types: GOV LAB

[agent] environment minister | environment ministry | ministry of environment | ministry of the environment | environmental protection agency
  types: GOV ENV

[agent] refugee ministry | ministry of migration | migration ministry | immigration ministry | immigration minister
  types: GOV REF

[agent] secretary-general | secretary general | general secretary | deputy secretary-general | under-secretary-general | undersecretary-general
  # "UN secretary-general" -> +UNO GOV
  types: GOV
  person: yes

[agent] commissioner | high commissioner
  types: GOV
  person: yes

[agent] attorney general | solicitor general
  # the chief law officer: a member of the executive and the head of the prosecution
  types: GOV JUD
  person: yes

[agent] governor | provincial governor | state governor | regional governor | lieutenant governor | district governor
  types: GOV
  person: yes

[agent] governorate | provincial government | state government | regional government | provincial council | governorate council | regional administration
  types: GOV

[agent] mayor | deputy mayor
  types: GOV
  person: yes

[agent] municipality | city hall | city council | town council | municipal council | local council | local government | local official | local officials
  types: GOV

[agent] village chief | village head | district chief
  types: GOV
  person: yes

[agent] central bank | central bank governor | monetary authority
  types: GOV

[agent] regulator | regulators | regulatory agency | regulatory authority
  types: GOV

[agent] election commission | electoral commission | election authority | election board | electoral council | electoral authority | central election commission | election officials
  types: GOV

[agent] national security council | supreme national security council | defence council | defense council | national defence council
  # a national body; the UN Security Council is in groups.lex
  types: GOV

[agent] ruling party | governing party | ruling coalition | governing coalition | ruling bloc | ruling camp | government party | pro-government party
  # CAMEO GOV includes "governing parties, coalition partners"
  types: GOV

[agent] coalition partner | coalition partners | junior coalition partner
  types: GOV

[agent] junta | military junta | military government | military regime | military-led government
  types: GOV MIL

[agent] military ruler | military leader | military leadership | coup leader | coup leaders | putschist | putschists
  types: GOV MIL
  person: yes

[agent] military council | transitional military council | ruling military council | supreme military council
  types: GOV MIL

# ---------------------------------------------------------------------------
# Diplomacy (GOV)
# ---------------------------------------------------------------------------

[agent] diplomat | diplomats | senior diplomat | career diplomat
  types: GOV
  person: yes

[agent] diplomatic corps | diplomatic mission | diplomatic delegation
  types: GOV

[agent] envoy | special envoy | special representative | emissary | peace envoy
  types: GOV
  person: yes

[agent] ambassador | ambassador-designate | charge d'affaires | chargé d'affaires
  types: GOV
  person: yes

[agent] consul | consul general
  types: GOV
  person: yes

[agent] attache | attaché | military attache | defence attache | defense attache
  types: GOV
  person: yes

[agent] negotiator | chief negotiator | peace negotiator | nuclear negotiator
  types: GOV
  person: yes

[agent] delegate | delegation | government delegation | official delegation
  types: GOV
  person: yes

[agent] embassy | embassies
  types: GOV

[agent] consulate | consulates | consulate general | legation
  types: GOV

[agent] permanent mission | permanent representative | mission to the UN | UN ambassador
  # a state's envoy to the UN speaks for the state
  types: GOV

# ---------------------------------------------------------------------------
# Legislature (LEG)
# ---------------------------------------------------------------------------

[agent] parliament | legislature | national parliament | federal parliament
  types: LEG
  country-noun: yes

[agent] national assembly | state assembly | assembly | legislative assembly | constituent assembly
  types: LEG

[agent] lower house | upper house | lower chamber | upper chamber | house of representatives | chamber of deputies | house of commons | house of lords
  types: LEG

[agent] senate | state senate
  types: LEG

[agent] legislative council
  types: LEG

[agent] parliamentary committee | parliamentary commission | committee of parliament | select committee | congressional committee
  types: LEG

[agent] foreign affairs committee | foreign relations committee | armed services committee | intelligence committee | defence committee | defense committee
  types: LEG

[agent] lawmaker | legislator | parliamentarian | member of parliament
  types: LEG
  person: yes

[agent] MP | MPs | deputy in parliament
  # "MP" matches only in capitals
  types: LEG
  person: yes

[agent] senator | state senator
  types: LEG
  person: yes

[agent] congressman | congressmen | congresswoman | congresswomen | member of congress | congressional leader | congressional leaders
  types: LEG
  person: yes

[agent] speaker | parliament speaker | speaker of parliament | speaker of the house | house speaker
  types: LEG
  person: yes

[agent] majority leader | minority leader | senate majority leader | senate minority leader | house majority leader | house minority leader
  types: LEG
  person: yes

[agent] party whip | chief whip
  types: LEG
  person: yes

# ---------------------------------------------------------------------------
# Opposition (OPP)
# ---------------------------------------------------------------------------

[agent] opposition | political opposition | exiled opposition
  types: OPP

[agent] opposition party | opposition parties | opposition group | opposition bloc | opposition coalition | opposition alliance | opposition movement
  types: OPP

[agent] opposition leader | leader of the opposition | opposition figure | opposition politician | opposition candidate
  # not OPP GOV: "leader" is not added here
  types: OPP
  person: yes

[agent] opposition activist | opposition supporter | opposition supporters
  types: OPP
  person: yes

[agent] dissident | dissidents | government critic | regime critic
  types: OPP
  person: yes

[agent] anti-government activist | pro-democracy activist | democracy activist
  # CAMEO OPP includes "anti-government activists"
  types: OPP
  person: yes

[agent] pro-democracy movement | democracy movement | pro-democracy camp
  types: OPP

# ---------------------------------------------------------------------------
# Military (MIL)
# ---------------------------------------------------------------------------

[agent] military | armed forces | armed force | military force | military forces
  types: MIL

[agent] army | national army | regular army | land forces | ground forces
  types: MIL
  country-noun: yes

[agent] troop | troops | ground troops | combat troops
  types: MIL
  person: yes

[agent] soldier | soldiers | infantryman | infantrymen | infantry
  types: MIL
  person: yes

[agent] force | forces
  # "Iraqi forces", "US forces"; "security forces", "special forces", "coalition forces" are longer entries
  types: MIL

[agent] defence forces | defense forces | self-defence forces | self-defense forces
  types: MIL

[agent] military personnel | service member | servicemember | service members | serviceman | servicemen | servicewoman | servicewomen
  types: MIL
  person: yes

[agent] conscript | conscripts | reservist | reservists | cadet | cadets | enlisted men
  types: MIL
  person: yes

[agent] military officer | army officer | naval officer | officer corps
  types: MIL
  person: yes

[agent] high command | military command | general staff | joint staff
  types: MIL

[agent] army chief | army chief of staff | chief of general staff | chief of the general staff | military chief | armed forces chief | chief of defence staff | chief of defense staff
  types: MIL
  person: yes

[agent] commander-in-chief | military commander | army commander | field commander | top commander
  types: MIL
  person: yes

[agent] lieutenant general | major general | brigadier general | brigadier | colonel | lieutenant colonel | army general | military general
  # bare "general" left out ("general strike", "general election")
  types: MIL
  person: yes

[agent] admiral | vice admiral | rear admiral | air marshal | air chief marshal
  types: MIL
  person: yes

[agent] security forces | security force | security personnel
  # eval/CODING_GUIDELINE.md: "Iraq's formal security forces" -> IRQ MIL
  types: MIL

[agent] security services | security service | security apparatus | security establishment | security agencies | security agency
  types: MIL

[agent] security official | security officials | security source | security sources
  types: MIL GOV
  person: yes

[agent] coalition | military coalition | international coalition | multinational coalition
  # "US-led coalition" -> USA MIL (docs/lexicon.md)
  types: MIL

[agent] coalition forces | coalition troops | allied forces | allied troops
  types: MIL

[agent] navy | naval forces | naval force | naval command | fleet command
  types: MIL

[agent] sailor | sailors | seaman | seamen
  types: MIL
  person: yes

[agent] marine | marines | marine corps | naval infantry
  types: MIL
  person: yes

[agent] coast guard | coastguard | coast guards
  # a military or naval service in most countries
  types: MIL

[agent] air force | air forces | air command | air wing
  types: MIL

[agent] air defence | air defense | air defences | air defenses | air defence forces | air defense forces
  types: MIL

[agent] airman | airmen | fighter pilot | military pilot | air force pilot
  types: MIL
  person: yes

[agent] special forces | special operations forces | special operations command | special forces unit
  types: MIL

[agent] commando | commandos | elite unit | elite troops | elite forces
  types: MIL
  person: yes

[agent] paratrooper | paratroopers | airborne troops | airborne forces | navy seals
  types: MIL
  person: yes

[agent] counter-terrorism forces | counterterrorism forces | counter-terrorism service | counterterrorism service
  types: MIL

[agent] rapid reaction force | rapid intervention force | quick reaction force
  types: MIL

[agent] presidential guard | republican guard | royal guard
  types: MIL

[agent] national guard
  # other countries' national guards; the US one is in groups.lex
  types: MIL

[agent] border guard | border guards | border troops | border force | frontier guard | frontier guards
  # border guards are military formations in most countries; border police are COP
  types: MIL
  person: yes

[agent] gendarmerie
  # a military force with police duties
  types: MIL COP

[agent] internal troops | interior troops
  types: MIL

[agent] battalion | battalions | regiment | regiments | platoon | squadron | company of soldiers
  types: MIL

[agent] brigade | brigades
  types: MIL

[agent] military division | armoured division | armored division | infantry division | armoured brigade | armored brigade | artillery unit | army unit | military unit
  types: MIL

[agent] garrison | military base | army base | air base | airbase | naval base | military outpost | army post | military camp | army camp
  # "an attack on a US air base" -> USA MIL
  types: MIL

# State military equipment is MIL (CAMEO codebook: "all state-military personnel/equipment").

[agent] warplane | warplanes | war plane | military aircraft | military plane | combat aircraft
  types: MIL

[agent] fighter jet | fighter jets | fighter plane | fighter planes | jet fighter | military jet | jets
  # "Israeli jets struck ..."
  types: MIL

[agent] bomber jet | strategic bomber | strategic bombers | heavy bomber
  types: MIL

[agent] attack helicopter | helicopter gunship | gunship | gunships | military helicopter | army helicopter
  types: MIL

[agent] helicopter | helicopters
  # with a state's name ("Israeli helicopters fired ...") nearly always its
  # military's; a civilian helicopter is rarely the actor of an event
  types: MIL

[agent] drone | drones | attack drone | combat drone | military drone | armed drone | kamikaze drone
  types: MIL

[agent] unmanned aerial vehicle | unmanned aerial vehicles | UAV | UAVs
  types: MIL

[agent] warship | warships | naval vessel | navy vessel | navy ship | military vessel
  types: MIL

[agent] frigate | destroyer | corvette | cruiser | gunboat | patrol boat
  types: MIL

[agent] submarine | submarines | aircraft carrier | carrier strike group
  types: MIL

[agent] tank | tanks | armoured vehicle | armored vehicle | armoured vehicles | armored vehicles
  # "think tank" is a longer entry (NGO)
  types: MIL

[agent] armoured personnel carrier | armored personnel carrier | armoured personnel carriers | armored personnel carriers
  types: MIL

[agent] artillery | howitzer | howitzers | artillery battery | missile battery
  types: MIL

[agent] missile | missiles | ballistic missile | cruise missile | air defence system | air defense system
  types: MIL

[agent] military police
  types: MIL COP

[agent] peacekeeper | peacekeepers | blue helmet | blue helmets
  types: PKO
  person: yes

[agent] peacekeeping force | peacekeeping forces | peacekeeping troops | peacekeeping mission | peacekeeping contingent
  types: PKO

[agent] stabilisation force | stabilization force | monitoring force | observer force | buffer force
  types: PKO

[agent] multinational force | international force | international forces | international troops | multinational troops
  types: MIL

[agent] foreign force | foreign forces | foreign troops | foreign military
  # "foreign forces in Iraq" (seed article): the country comes from context when there is one
  types: MIL

# ---------------------------------------------------------------------------
# Police (COP) and intelligence (SPY)
# ---------------------------------------------------------------------------

[agent] police | police force | police forces | police department | police service
  types: COP
  country-noun: yes

[agent] policeman | policemen | policewoman | policewomen | police officer | police officers | patrolman | constable
  types: COP
  person: yes

[agent] police official | police commander | police chief | police commissioner | police spokesman
  types: COP
  person: yes

[agent] police headquarters | police station | police unit | police patrol
  types: COP

[agent] riot police | anti-riot police | traffic police | federal police | national police | state police | special police | municipal police
  types: COP

[agent] border police
  types: COP

[agent] counter-terrorism police | counterterrorism police | anti-terrorism police
  types: COP

[agent] sheriff | deputy sheriff | detective | detectives | cop | cops
  types: COP
  person: yes

[agent] gendarme | gendarmes
  types: COP
  person: yes

[agent] law enforcement | law enforcement agency | law enforcement agencies | law enforcement officer | law enforcement official
  types: COP
  person: yes

[agent] prison guard | prison guards | jailer | jailers | warden | corrections officer
  types: COP
  person: yes

[agent] prison authorities | prison service | prison officials
  types: COP

[agent] customs officer | customs officers | customs officials | customs agency | customs service
  types: COP
  person: yes

[agent] immigration officer | immigration officers | immigration authorities | immigration police
  types: COP
  person: yes

[agent] intelligence | intelligence service | intelligence services | intelligence agency | intelligence agencies | intelligence community
  types: SPY

[agent] intelligence officer | intelligence officers | intelligence operative | intelligence official | intelligence officials | intelligence chief
  types: SPY
  person: yes

[agent] spy agency | spy agencies | spy chief | spymaster | spy | spies
  types: SPY
  person: yes

[agent] secret service | secret services | secret police | security police
  types: SPY

[agent] counter-intelligence | counterintelligence | military intelligence | foreign intelligence | domestic intelligence
  types: SPY

# ---------------------------------------------------------------------------
# Judiciary (JUD)
# ---------------------------------------------------------------------------

[agent] court | courts | judiciary | judicial authorities | judicial council
  types: JUD

[agent] tribunal | tribunals
  types: JUD

[agent] supreme court | high court | federal court | district court
  types: JUD

[agent] appeals court | appellate court | court of appeals | court of appeal | court of cassation
  types: JUD

[agent] constitutional court | supreme constitutional court | constitutional council
  types: JUD

[agent] criminal court | civil court | administrative court | magistrates' court | magistrate court
  types: JUD

[agent] revolutionary court | special court | state security court | security court
  types: JUD

[agent] judge | judges | presiding judge | investigating judge | magistrate | magistrates
  types: JUD
  person: yes

[agent] chief justice | supreme court justice | justice of the supreme court
  types: JUD
  person: yes

[agent] jury | grand jury
  types: JUD

[agent] military court | military tribunal | court martial | military prosecutor | military judge
  types: JUD MIL

[agent] prosecutor | prosecutors | public prosecutor | prosecutor general | chief prosecutor | state prosecutor
  types: JUD
  person: yes

[agent] prosecution | prosecutor's office | public prosecution | prosecuting authorities | prosecution service
  types: JUD

[agent] district attorney | state attorney | special counsel | special prosecutor
  types: JUD
  person: yes

# ---------------------------------------------------------------------------
# Rebels, insurgents, separatists (REB INS SEP)
# ---------------------------------------------------------------------------

[agent] rebel | rebels | rebel fighter | rebel fighters
  types: REB
  person: yes

[agent] rebel group | rebel groups | rebel force | rebel forces | rebel movement | rebel alliance | rebel army
  types: REB

[agent] rebel leader | rebel commander | rebel chief
  types: REB
  person: yes

[agent] guerrilla | guerrillas | guerilla | guerillas | guerrilla fighter
  types: REB
  person: yes

[agent] guerrilla group | guerrilla movement | guerrilla army
  types: REB

[agent] armed opposition | armed opposition group | armed opposition groups
  types: REB

[agent] insurgent | insurgents | insurgent fighter | insurgent leader
  types: INS
  person: yes

[agent] insurgent group | insurgent groups | insurgency
  types: INS

[agent] separatist | separatists | separatist rebel | separatist rebels | separatist fighter | separatist leader
  types: SEP
  person: yes

[agent] separatist group | separatist movement | separatist forces | breakaway forces
  types: SEP

[agent] secessionist | secessionists
  types: SEP
  person: yes

# ---------------------------------------------------------------------------
# Militants and armed groups not tied to a state (UAF)
# ---------------------------------------------------------------------------

[agent] militant | militants | militant leader | militant commander
  types: UAF
  person: yes

[agent] militant group | militant groups | militant organisation | militant organization
  types: UAF

[agent] militia | militias | armed militia | tribal militia | militia group
  types: UAF

[agent] militiaman | militiamen | militia member | militia fighter | militia leader | militia commander
  types: UAF
  person: yes

[agent] paramilitary | paramilitaries | paramilitary group | paramilitary force | paramilitary forces
  # CAMEO: UAF as the last resort when the state link is not stated; named state paramilitaries are MIL in groups.lex
  types: UAF

[agent] armed group | armed groups | armed faction | armed factions
  types: UAF

[agent] armed man | armed men | gunman | gunmen
  types: UAF
  person: yes

[agent] fighter | fighters | combatant | combatants
  # "Hamas fighters" -> PSE +HMS UAF; "fighter jet" is a longer entry (MIL)
  types: UAF
  person: yes

[agent] jihadist | jihadists | jihadi | jihadis | mujahideen | mujahedeen | mujahid
  types: UAF
  person: yes

[agent] jihadist group | jihadist groups | jihadist organisation | jihadist organization
  types: UAF

[agent] terrorist | terrorists
  types: UAF
  person: yes

[agent] terrorist group | terrorist organisation | terrorist organization | terrorist cell | terror group | terror cell | terror network | terrorist network
  types: UAF

[agent] suicide bomber | suicide bombers | suicide attacker | bombmaker | bomb-maker
  types: UAF
  person: yes

[agent] attacker | attackers | assailant | assailants
  # an unidentified attacker: armed, not state
  types: UAF
  person: yes

[agent] hostage-taker | hostage-takers
  types: UAF
  person: yes

[agent] mercenary | mercenaries | private military contractor | private military company
  types: UAF
  person: yes

[agent] foreign fighter | foreign fighters
  types: UAF
  person: yes

[agent] resistance group | resistance groups | resistance movement | resistance faction | resistance factions | armed resistance
  # "US strikes on resistance groups" (seed article); bare "resistance" left out (an abstract noun)
  types: UAF

[agent] resistance fighter | resistance fighters
  types: UAF
  person: yes

[agent] death squad | death squads
  types: UAF

[agent] vigilante | vigilantes | self-defence group | self-defense group | self-defence militia | self-defense militia
  types: UAF
  person: yes

# ---------------------------------------------------------------------------
# Radicals (RAD), moderates (MOD)
# ---------------------------------------------------------------------------

[agent] extremist | extremists | extremist group | extremist groups | extremist organization | extremist organizations | extremist organisation | extremist organisations
  # CAMEO tertiary code RAD ("radical", "extremist", "fundamentalist"): "Islamist militants" -> RAD UAF
  types: RAD
  person: yes

[agent] radical | radicals
  types: RAD
  person: yes

[agent] islamist | islamists | islamist group | islamist groups
  types: RAD
  person: yes

[agent] hardliner | hardliners
  types: RAD
  person: yes

[agent] fundamentalist | fundamentalists
  types: RAD
  person: yes

[agent] ultranationalist | ultranationalists | ultra-nationalist | ultra-nationalists | far-right group | neo-nazi | neo-nazis | white supremacist | white supremacists
  types: RAD
  person: yes

[agent] moderate | moderates | reformist | reformists
  # CAMEO tertiary code MOD ("moderate", "mainstream")
  types: MOD
  person: yes

# ---------------------------------------------------------------------------
# Civilians (CVL)
# ---------------------------------------------------------------------------

[agent] civilian | civilians | civilian population | non-combatant | non-combatants
  types: CVL
  person: yes

# Peoples without a state of their own: their country comes from an
# adjective or phrase ("Iraqi Kurds" -> IRQ CVL, "the Druze of the Golan");
# their armed groups are in groups.lex.
[agent] Kurd | Kurds | Druze | Druzes
  # not `person: yes`: a people, never what "he" or "she" refers to
  types: CVL

[agent] resident | residents | local resident | local residents | inhabitant | inhabitants | locals
  types: CVL
  person: yes

[agent] villager | villagers | townspeople | townsfolk
  types: CVL
  person: yes

[agent] citizen | citizens | nationals | compatriot | compatriots
  types: CVL
  person: yes

[agent] people | person | persons | population | populace | general public
  # irregular plural listed: an untagged text does not lemmatise "people"
  types: CVL
  person: yes

[agent] crowd | crowds | mob | mobs
  types: CVL
  person: yes

[agent] passerby | passers-by | bystander | bystanders | pedestrian | pedestrians | motorist | motorists
  types: CVL
  person: yes

[agent] driver | drivers | passenger | passengers | traveller | traveler | travellers | travelers
  types: CVL
  person: yes

[agent] tourist | tourists | pilgrim | pilgrims | worshipper | worshipers | worshippers | worshiper
  types: CVL
  person: yes

[agent] voter | voters | electorate | taxpayer | taxpayers
  types: CVL
  person: yes

[agent] family | families
  types: CVL
  person: yes

[agent] child | children | kid | kids | baby | babies | infant | infants | toddler | toddlers
  types: CVL
  person: yes

[agent] boy | boys | girl | girls | teenager | teenagers | teen | teens | adolescent | adolescents
  types: CVL
  person: yes

[agent] youth | youths | young people | young man | young men | young woman | young women
  types: CVL
  person: yes

[agent] man | men | woman | women
  # "a Palestinian man" -> PSE CVL
  types: CVL
  person: yes

[agent] elderly | elderly man | elderly woman | old man | old woman
  types: CVL
  person: yes

[agent] tribesman | tribesmen | tribe | tribes | clan | clans
  types: CVL
  person: yes

[agent] tribal elder | tribal elders | tribal leader | tribal leaders | tribal chief | clan elder | clan elders | elder | elders
  types: CVL
  person: yes

[agent] community leader | community leaders | local leader | local leaders
  types: CVL
  person: yes

[agent] hostage | hostages | captive | captives | abductee | abductees
  # hostages are civilians unless the text says otherwise ("soldiers held hostage" -> the agent "soldier")
  types: CVL
  person: yes

[agent] detainee | detainees | prisoner | prisoners | inmate | inmates | political prisoner | political prisoners
  types: CVL
  person: yes

[agent] victim | victims | survivor | survivors | casualty | casualties
  types: CVL
  person: yes

[agent] eyewitness | eyewitnesses | mourner | mourners
  types: CVL
  person: yes

[agent] volunteer | volunteers
  types: CVL
  person: yes

[agent] lawyer | lawyers | defence lawyer | defense lawyer | defence lawyers | defense lawyers | barrister | barristers
  # CAMEO JUD is "judges, courts"; lawyers are not the judiciary
  types: CVL
  person: yes

[agent] protester | protesters | protestor | protestors
  # protesters are civilians; anti-government activists named so are OPP (above)
  types: CVL
  person: yes

[agent] demonstrator | demonstrators | marcher | marchers
  types: CVL
  person: yes

[agent] rioter | rioters
  types: CVL
  person: yes

[agent] activist | activists | campaigner | campaigners
  types: CVL
  person: yes

[agent] protest movement | protest group | protest groups | protest leader | protest leaders | protest organisers | protest organizers
  types: CVL

[agent] settler | settlers | settler group | settler leader | settler leaders | settler movement | settler council | settler youths
  # Israeli settlers in the West Bank: ISR SET ("Israeli settlers")
  types: SET
  person: yes

# Clergy and places of worship: CAMEO's religion codes are not role types, so they take the catch-all CVL.

[agent] clergy | cleric | clerics | clergyman | clergymen | religious leader | religious leaders | religious figure | spiritual leader
  types: CVL
  person: yes

[agent] religious authority | religious authorities | religious council | religious endowment | ulema
  types: CVL

[agent] imam | imams | mullah | mullahs | mufti | grand mufti | preacher | preachers
  types: CVL
  person: yes

[agent] ayatollah | ayatollahs | grand ayatollah
  types: CVL
  person: yes

[agent] rabbi | rabbis | chief rabbi
  types: CVL
  person: yes

[agent] priest | priests | pastor | pastors | bishop | bishops | archbishop | archbishops | cardinal | cardinals | patriarch | evangelist
  types: CVL
  person: yes

[agent] monk | monks | nun | nuns
  types: CVL
  person: yes

[agent] church | churches | church leader | church leaders
  types: CVL

[agent] mosque | mosques | synagogue | synagogues | temple | temples | monastery | monasteries
  types: CVL

[agent] seminary | seminaries | religious school | madrassa | madrasa | madrassas | madrasas
  types: CVL

# ---------------------------------------------------------------------------
# Refugees (REF)
# ---------------------------------------------------------------------------

[agent] refugee | refugees
  types: REF
  person: yes

[agent] asylum seeker | asylum seekers
  types: REF
  person: yes

[agent] migrant | migrants
  types: REF
  person: yes

[agent] displaced person | displaced persons | displaced people | displaced family | displaced families
  types: REF
  person: yes

[agent] internally displaced person | internally displaced people | internally displaced | IDP | IDPs
  types: REF
  person: yes

[agent] evacuee | evacuees | returnee | returnees | deportee | deportees | exiles | stateless person | boat people
  types: REF
  person: yes

[agent] refugee camp | refugee camps | displacement camp | displacement camps | camp residents
  types: REF

# ---------------------------------------------------------------------------
# Labour (LAB), agriculture (AGR), education (EDU), health (HLH)
# ---------------------------------------------------------------------------

[agent] worker | workers | labourer | laborer | labourers | laborers
  types: LAB
  person: yes

[agent] employee | employees | workforce | staffers
  types: LAB
  person: yes

[agent] factory worker | industrial worker | oil worker | oil workers | steelworker | steelworkers | transport workers | public sector workers | striking workers
  types: LAB
  person: yes

[agent] dockworker | dockworkers | docker | dockers | miner | miners | coal miner | coal miners
  types: LAB
  person: yes

[agent] union | unions | trade union | trade unions | labour union | labor union | labour unions | labor unions
  types: LAB

[agent] labor federation | labour federation | general federation of labour | workers' union | teachers' union
  types: LAB

[agent] union leader | union leaders | union members | trade unionist | trade unionists
  types: LAB
  person: yes

[agent] labour movement | labor movement
  types: LAB

[agent] farmer | farmers | peasant | peasants | grower | growers
  types: AGR
  person: yes

[agent] farmworker | farmworkers | farm worker | farm workers | agricultural worker | agricultural workers
  types: AGR LAB
  person: yes

[agent] herder | herders | herdsman | herdsmen | pastoralist | pastoralists | rancher | ranchers | shepherd | shepherds
  types: AGR
  person: yes

[agent] fisherman | fishermen | fisher | fishers
  types: AGR
  person: yes

[agent] farmers' union | farm lobby | farmers' association
  types: AGR

[agent] student | students | university student | university students
  types: EDU
  person: yes

[agent] pupil | pupils | schoolchild | schoolchildren | schoolboy | schoolboys | schoolgirl | schoolgirls
  types: EDU
  person: yes

[agent] student union | student leader | student leaders | student group | student groups
  types: EDU
  person: yes

[agent] teacher | teachers | professor | professors | lecturer | lecturers
  types: EDU
  person: yes

[agent] academic | academics | scholar | scholars | researcher | researchers | scientist | scientists
  types: EDU
  person: yes

[agent] university | universities | college | colleges | school | schools | academy
  types: EDU

[agent] doctor | doctors | physician | physicians | surgeon | surgeons
  types: HLH
  person: yes

[agent] nurse | nurses | medic | medics | paramedic | paramedics
  types: HLH
  person: yes

[agent] health worker | health workers | healthcare worker | healthcare workers | medical worker | medical workers
  types: HLH
  person: yes

[agent] medical staff | medical team | medical teams | medical personnel | medical charity
  types: HLH

[agent] hospital | hospitals | field hospital | clinic | clinics
  types: HLH

[agent] hospital director | hospital official | hospital officials
  types: HLH
  person: yes

[agent] ambulance service | ambulance crew | ambulance crews | emergency services
  types: HLH

[agent] rescue worker | rescue workers | rescuer | rescuers | civil defence | civil defense
  types: HLH
  person: yes

# ---------------------------------------------------------------------------
# Media (MED)
# ---------------------------------------------------------------------------

[agent] journalist | journalists | reporter | reporters | correspondent | correspondents
  # news organisations acting as reporters are not event sources (seed/expected.json); that is the coder's rule
  types: MED
  person: yes

[agent] media | news media | mass media | media outlet | media outlets | news outlet | news outlets
  types: MED

[agent] news agency | news agencies | press agency | wire service
  types: MED

[agent] newspaper | newspapers | tabloid | tabloids | magazine | magazines
  types: MED

[agent] broadcaster | broadcasters | public broadcaster | state broadcaster
  types: MED

[agent] television | TV | television channel | tv channel | television station | tv station | satellite channel | satellite television
  types: MED

[agent] radio | radio station | radio stations
  types: MED

[agent] state media | state-run media | state television | state-run television | state TV | state-run TV
  types: MED

[agent] state news agency | state-run news agency | official news agency
  types: MED

[agent] editor | editors | editor-in-chief | columnist | columnists | commentator | commentators
  types: MED
  person: yes

[agent] blogger | bloggers | photographer | photographers | photojournalist | photojournalists
  types: MED
  person: yes

[agent] cameraman | cameramen | camera crew | film crew | press corps | newsroom
  types: MED
  person: yes

# ---------------------------------------------------------------------------
# Business (BUS, MNC) and elites (ELI)
# ---------------------------------------------------------------------------

[agent] businessman | businessmen | businesswoman | businesswomen | businesspeople | business people
  types: BUS
  person: yes

[agent] business leader | business leaders | business community | business group | business lobby
  types: BUS
  person: yes

[agent] executive | executives | chief executive | chief executive officer | CEO | CEOs
  types: BUS
  person: yes

[agent] company | companies | firms | corporation | corporations | businesses | enterprise | enterprises
  # bare "firm" and "business" left out (adjective, abstract noun)
  types: BUS

[agent] state-owned company | state-owned enterprise | state company | state-owned firm
  types: BUS GOV

[agent] conglomerate | conglomerates
  types: BUS

[agent] bank | banks | lender | lenders | commercial bank
  types: BUS

[agent] investor | investors | shareholder | shareholders
  types: BUS
  person: yes

[agent] trader | traders | merchant | merchants | shopkeeper | shopkeepers | shop owner | shop owners
  types: BUS
  person: yes

[agent] entrepreneur | entrepreneurs | industrialist | industrialists
  types: BUS
  person: yes

[agent] manufacturer | manufacturers | exporter | exporters | importer | importers
  types: BUS

[agent] contractor | contractors
  types: BUS
  person: yes

[agent] defence contractor | defense contractor | arms maker | arms manufacturer | arms company | arms dealer
  types: BUS

[agent] oil company | oil companies | oil firm | energy company | energy firm
  types: BUS

[agent] shipping company | shipping firm | shipping line | shipowner | shipowners
  types: BUS

[agent] airline | airlines | insurer | insurers
  types: BUS

[agent] chamber of commerce | employers' federation | employers' association | industry group | industry body | industry association | trade association
  types: BUS

[agent] tycoon | tycoons | magnate | magnates | billionaire | billionaires
  types: BUS
  person: yes

[agent] landowner | landowners
  types: BUS
  person: yes

[agent] multinational | multinationals | multinational company | multinational corporation | multinational firm | multinational companies
  types: MNC

[agent] foreign company | foreign companies | foreign firm | foreign firms | foreign investor | foreign investors | global company
  types: MNC

[agent] oligarch | oligarchs
  types: ELI
  person: yes

[agent] elite | elites | ruling elite | political elite | ruling class
  # "Iraq's ruling elite" (seed article)
  types: ELI
  person: yes

[agent] aristocrat | aristocrats | nobility | royal family | royals | prince | princess
  # royals outside the offices of state; crown princes are GOV (above)
  types: ELI
  person: yes

[agent] celebrity | celebrities
  types: ELI
  person: yes

[agent] former official | former officials | former minister | former president | former prime minister | ex-president | ex-prime minister
  # CAMEO ELI: "former government officials"; named former leaders are dated actor entries
  types: ELI
  person: yes

[agent] statesman | elder statesman | dignitary | dignitaries | notables | powerbroker | power broker
  types: ELI
  person: yes

# ---------------------------------------------------------------------------
# Crime (CRM)
# ---------------------------------------------------------------------------

[agent] criminal | criminals
  types: CRM
  person: yes

[agent] criminal gang | criminal group | criminal network | criminal organisation | criminal organization | crime syndicate
  types: CRM

[agent] organised crime | organized crime | organised crime group | organized crime group
  types: CRM

[agent] gang | gangs | gang member | gang members | gang leader | gang leaders | gangster | gangsters
  types: CRM
  person: yes

[agent] mafia | mafia boss | mobster | mobsters | crime boss
  types: CRM
  person: yes

[agent] cartel | cartels | drug cartel | drug cartels
  types: CRM

[agent] drug lord | drug lords | drug kingpin | kingpin
  types: CRM
  person: yes

[agent] drug trafficker | drug traffickers | drug dealer | drug dealers | narco | narcos | narcotrafficker | narcotraffickers
  types: CRM
  person: yes

[agent] trafficker | traffickers | human trafficker | human traffickers | arms trafficker | arms traffickers
  types: CRM
  person: yes

[agent] smuggler | smugglers | people smuggler | people smugglers | arms smuggler | arms smugglers
  types: CRM
  person: yes

[agent] kidnapper | kidnappers | abductor | abductors
  types: CRM
  person: yes

[agent] pirate | pirates
  types: CRM
  person: yes

[agent] robber | robbers | armed robber | armed robbers | thief | thieves | burglar | burglars
  types: CRM
  person: yes

[agent] bandit | bandits
  # "bandits" in northwest Nigeria: criminal gangs
  types: CRM
  person: yes

[agent] looter | looters | arsonist | arsonists | poacher | poachers
  types: CRM
  person: yes

[agent] murderer | murderers | killer | killers | hitman | hitmen
  types: CRM
  person: yes

[agent] fraudster | fraudsters
  types: CRM
  person: yes

[agent] hacker | hackers | hacking group | cybercriminal | cybercriminals | ransomware gang | ransomware group
  # state hackers are named with the state ("Russian military hackers" adds MIL)
  types: CRM
  person: yes

[agent] fugitive | fugitives | escapee | escapees
  types: CRM
  person: yes

# ---------------------------------------------------------------------------
# NGOs (NGO), human rights (HRI), environment (ENV), development (DEV), IGOs
# ---------------------------------------------------------------------------

[agent] aid agency | aid agencies | aid group | aid groups | aid organisation | aid organization | aid organisations | aid organizations
  types: NGO

[agent] aid worker | aid workers | humanitarian worker | humanitarian workers | relief worker | relief workers | charity worker | charity workers
  types: NGO
  person: yes

[agent] humanitarian agency | humanitarian agencies | humanitarian organisation | humanitarian organization | humanitarian group | humanitarian groups
  types: NGO

[agent] relief agency | relief agencies | relief group | relief organisation | relief organization
  types: NGO

[agent] charity | charities
  types: NGO

[agent] non-governmental organisation | non-governmental organization | nongovernmental organization | non-governmental organisations | non-governmental organizations | NGO | NGOs
  types: NGO

[agent] civil society | civil society group | civil society groups | civil society organisation | civil society organization
  types: NGO

[agent] think tank | think tanks | think-tank | think-tanks
  types: NGO

[agent] advocacy group | advocacy groups | pressure group | lobby group | campaign group | watchdog group
  types: NGO

[agent] monitoring group | war monitor | monitor group
  # "the Syrian Observatory, a war monitor"
  types: NGO

[agent] rights group | rights groups | human rights group | human rights groups
  types: NGO HRI

[agent] human rights organisation | human rights organization | human rights organisations | human rights organizations | rights organisation | rights organization
  types: NGO HRI

[agent] rights watchdog | human rights watchdog | human rights monitor | human rights monitors
  types: NGO HRI

[agent] rights activist | rights activists | human rights activist | human rights activists | rights campaigner | rights campaigners
  types: HRI
  person: yes

[agent] human rights defender | human rights defenders | human rights lawyer | human rights lawyers
  types: HRI
  person: yes

[agent] human rights commission | national human rights commission | ombudsman
  # state human rights bodies
  types: HRI GOV

[agent] environmentalist | environmentalists | environmental activist | environmental activists | climate activist | climate activists
  types: ENV
  person: yes

[agent] environmental group | environmental groups | green group | green groups | conservation group | conservationist | conservationists
  types: ENV NGO
  person: yes

[agent] development agency | development agencies | development bank | development banks
  types: DEV

[agent] donor | donors | donor country | donor countries | donor community | international donors | aid donor | aid donors
  types: DEV

[agent] intergovernmental organisation | intergovernmental organization | international organisation | international organization | international organisations | international organizations
  types: IGO

[agent] international body | international bodies | regional bloc | regional body | regional organisation | regional organization | world body
  # "the world body" is the UN in news style, but the agent alone cannot say so
  types: IGO
