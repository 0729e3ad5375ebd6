# Known groups: intergovernmental organisations, NGOs, political parties,
# armed groups and a few state agencies; format: docs/lexicon.md ([actor]).
#
# Conventions (eval/CODING_GUIDELINE.md)
# - A CAMEO known-group code (+UNO, +NAT, +HMS, ...) is given when the actor
#   IS that organisation or one of its organs; ISI (Islamic State) and AFU
#   (African Union) are Khaldun's additions.  Any other named group gets its
#   country plus a type and no group code.
# - IGOs: "- +GROUP IGO" (no country).  NGOs: "- [+GROUP] NGO [sector]".
# - A group's country is set when it has one (Taliban AFG +TAL, Hamas
#   PSE +HMS); transnational groups (al-Qaeda, Islamic State) have none.
# - Parties: GOV while the party leads (or sits in) the national government,
#   OPP while it is in opposition, dated where the author is confident;
#   the undated line is the fallback (bare country).
# - Short all-caps aliases ("UN", "IS", "WHO", "ICC") match only in capitals
#   (docs/lexicon.md); an ambiguous acronym is left out rather than risked
#   (noted where it matters).  Acronyms that British style writes in title
#   case ("Nato", "Opec", "Isis", "Farc") are written so, which matches any
#   case.
# - A role noun after a group name replaces the group's types ("Hamas
#   officials" -> PSE +HMS GOV, "UN peacekeepers" -> +UNO PKO).

# ---------------------------------------------------------------------------
# United Nations system
# ---------------------------------------------------------------------------

[actor] United Nations | UN | U.N. | United Nations Organization
  role: - +UNO IGO

[actor] UN Security Council | United Nations Security Council | U.N. Security Council | UNSC | Security Council
  note: the 15-member Council; "Security Council" alone is nearly always the UN's in international news
  role: - +UNO IGO

[actor] UN General Assembly | United Nations General Assembly | U.N. General Assembly | UNGA | General Assembly
  role: - +UNO IGO

[actor] UN Secretariat | United Nations Secretariat | UN secretary-general | U.N. secretary-general | United Nations secretary-general | UN chief | U.N. chief
  note: the office; the holder (Guterres) is a person entry
  role: - +UNO IGO

# Secretaries-General: the UN (IGO) while in office.  Without a document
# date, the two who held no other office that the news still reports
# (Boutros-Ghali, Annan) fall back to the UN; the others to their country.
[actor] António Guterres | Antonio Guterres | Guterres
  note: UN Secretary-General (Prime Minister of Portugal 1995-2002)
  gender: m
  role: - +UNO IGO 2017-01-01..
  role: PRT GOV 1995-10-28..2002-04-06
  role: PRT

[actor] Ban Ki-moon | Ban Ki moon
  note: UN Secretary-General 2007-2016 (South Korean foreign minister before)
  gender: m
  role: - +UNO IGO 2007-01-01..2016-12-31
  role: KOR GOV 2004-01-17..2006-11-09     # foreign minister; date uncertain
  role: KOR

[actor] Kofi Annan | Kofi A. Annan | Annan
  note: UN Secretary-General 1997-2006, d. 2018
  gender: m
  role: - +UNO IGO 1997-01-01..2006-12-31
  role: - +UNO IGO

[actor] Boutros Boutros-Ghali | Boutros-Ghali | Boutros Ghali
  note: UN Secretary-General 1992-1996 (Egyptian minister of state for foreign affairs before), d. 2016
  gender: m
  role: - +UNO IGO 1992-01-01..1996-12-31
  role: EGY GOV 1977-11-17..1991-12-31     # minister of state for foreign affairs; date uncertain
  role: - +UNO IGO

[actor] Javier Pérez de Cuéllar | Javier Perez de Cuellar | Pérez de Cuéllar | Perez de Cuellar
  note: UN Secretary-General 1982-1991, d. 2020
  gender: m
  role: - +UNO IGO 1982-01-01..1991-12-31
  role: PER

[actor] UN Human Rights Council | United Nations Human Rights Council | U.N. Human Rights Council | UNHRC | Human Rights Council
  role: - +UNO IGO HRI

[actor] Office of the UN High Commissioner for Human Rights | UN High Commissioner for Human Rights | OHCHR | UN human rights office | U.N. human rights office | UN rights office | UN human rights chief | U.N. human rights chief
  role: - +HCH IGO HRI

[actor] UN High Commissioner for Refugees | United Nations High Commissioner for Refugees | UNHCR | UN refugee agency | U.N. refugee agency
  role: - +HCR IGO REF

[actor] UNICEF | United Nations Children's Fund | UN Children's Fund | U.N. Children's Fund | UN children's agency | U.N. children's agency
  role: - +KID IGO

[actor] World Health Organization | World Health Organisation | WHO | UN health agency | U.N. health agency
  # "WHO" matches only in capitals (not the pronoun "who")
  role: - +WHO IGO HLH

[actor] World Food Programme | World Food Program | WFP | UN food agency | U.N. food agency
  role: - +WFP IGO

[actor] Food and Agriculture Organization | Food and Agriculture Organisation | FAO
  role: - +FAO IGO AGR

[actor] International Labour Organization | International Labor Organization | International Labour Organisation | ILO
  role: - +ILO IGO LAB

[actor] International Organization for Migration | International Organisation for Migration | IOM | UN migration agency | U.N. migration agency
  role: - +IOM IGO REF

[actor] UNRWA | UN Relief and Works Agency | United Nations Relief and Works Agency | United Nations Relief and Works Agency for Palestine Refugees | UN agency for Palestinian refugees | U.N. agency for Palestinian refugees
  role: - +UNO IGO REF

[actor] UNESCO | United Nations Educational, Scientific and Cultural Organization | UN cultural agency | U.N. cultural agency
  role: - +UNO IGO EDU

[actor] International Atomic Energy Agency | IAEA | UN nuclear watchdog | U.N. nuclear watchdog | UN atomic watchdog | U.N. atomic watchdog | UN nuclear agency
  role: - +IAE IGO

[actor] UN Office for the Coordination of Humanitarian Affairs | Office for the Coordination of Humanitarian Affairs | OCHA | UN humanitarian office | U.N. humanitarian office | UN aid chief | U.N. aid chief | UN humanitarian chief
  role: - +UNO IGO

[actor] UN Development Programme | United Nations Development Programme | United Nations Development Program | UNDP
  role: - +UNO IGO DEV

[actor] UN Population Fund | United Nations Population Fund | UNFPA
  role: - +UNO IGO HLH

[actor] UN Women
  role: - +UNO IGO

[actor] UN Environment Programme | United Nations Environment Programme | UN Environment Program | UNEP
  role: - +UNO IGO ENV

[actor] UN Conference on Trade and Development | UNCTAD
  role: - +UNO IGO

[actor] UN Office on Drugs and Crime | UNODC
  role: - +UNO IGO

[actor] UNAIDS | Joint United Nations Programme on HIV/AIDS
  role: - +UNO IGO HLH

[actor] UN Framework Convention on Climate Change | UNFCCC | UN climate body | U.N. climate body
  role: - +UNO IGO ENV

[actor] Intergovernmental Panel on Climate Change | IPCC
  role: - +UNO IGO ENV

[actor] UN-Habitat
  role: - +UNO IGO

[actor] UN Mine Action Service | UNMAS
  role: - +UNO IGO

[actor] International Civil Aviation Organization | ICAO
  role: - +UNO IGO

[actor] International Maritime Organization
  role: - +UNO IGO

[actor] International Telecommunication Union | ITU
  role: - +UNO IGO

[actor] World Meteorological Organization | WMO
  role: - +UNO IGO ENV

[actor] International Fund for Agricultural Development | IFAD
  role: - +UNO IGO AGR

[actor] UN Industrial Development Organization | UNIDO
  role: - +UNO IGO DEV

[actor] World Intellectual Property Organization | WIPO
  role: - +UNO IGO

[actor] UN special rapporteur | U.N. special rapporteur | United Nations special rapporteur
  role: - +UNO IGO HRI

[actor] UN Commission of Inquiry | UN commission of inquiry on Syria | UN investigators | U.N. investigators
  role: - +UNO IGO HRI

[actor] UN Committee against Torture
  role: - +UNO IGO HRI

[actor] UN Panel of Experts | U.N. panel of experts | UN sanctions monitors | U.N. sanctions monitors
  role: - +UNO IGO

# UN peacekeeping and political missions: peacekeepers are PKO; political
# missions (UNAMA, UNAMI, UNSMIL) are IGO.
[actor] UN peacekeepers | U.N. peacekeepers | United Nations peacekeepers | UN peacekeeping force | U.N. peacekeeping force | blue helmets | UN peacekeeping | UN peacekeeping mission
  role: - +UNO PKO

[actor] UNIFIL | United Nations Interim Force in Lebanon | UN Interim Force in Lebanon
  role: - +UNO PKO

[actor] UNDOF | UN Disengagement Observer Force | United Nations Disengagement Observer Force
  role: - +UNO PKO

[actor] UNTSO | UN Truce Supervision Organization
  role: - +UNO PKO

[actor] UNFICYP | UN Peacekeeping Force in Cyprus
  role: - +UNO PKO

[actor] MONUSCO | UN mission in Congo | U.N. mission in Congo | MONUC
  role: - +UNO PKO

[actor] MINUSMA | UN mission in Mali | U.N. mission in Mali
  role: - +UNO PKO

[actor] UNMISS | UN Mission in South Sudan | U.N. Mission in South Sudan
  role: - +UNO PKO

[actor] MINUSCA | UN mission in the Central African Republic
  role: - +UNO PKO

[actor] UNISFA | UN Interim Security Force for Abyei
  role: - +UNO PKO

[actor] MINURSO | UN mission for the referendum in Western Sahara
  role: - +UNO PKO

[actor] UNMIK | UN Interim Administration Mission in Kosovo
  role: - +UNO IGO

[actor] UNAMA | UN Assistance Mission in Afghanistan | United Nations Assistance Mission in Afghanistan
  role: - +UNO IGO

[actor] UNAMI | UN Assistance Mission for Iraq | United Nations Assistance Mission for Iraq
  role: - +UNO IGO

[actor] UNSMIL | UN Support Mission in Libya | United Nations Support Mission in Libya
  role: - +UNO IGO

[actor] UN special envoy | UN envoy | U.N. envoy | U.N. special envoy | United Nations envoy
  note: the office of a UN envoy (for Syria, Yemen, Libya, ...); named envoys are person entries
  role: - +UNO IGO

# International courts and tribunals
[actor] International Court of Justice | ICJ | World Court | UN's top court | U.N.'s top court | UN top court
  role: - +ICJ JUD

[actor] International Criminal Court | ICC | Hague-based court | International Criminal Court prosecutor | ICC prosecutor
  # "ICC" matches only in capitals; the International Cricket Council is left to the sports discard
  role: - +ICC JUD

[actor] International Criminal Tribunal for the former Yugoslavia | ICTY | Yugoslav war crimes tribunal | UN war crimes tribunal
  role: - +WCT JUD

[actor] International Criminal Tribunal for Rwanda | ICTR | Rwanda tribunal
  role: - +WCT JUD

[actor] Special Tribunal for Lebanon
  role: - +WCT JUD

[actor] Permanent Court of Arbitration
  role: - IGO JUD

[actor] International Tribunal for the Law of the Sea | ITLOS
  role: - IGO JUD

[actor] European Court of Human Rights | ECHR | Strasbourg court
  role: - +COE JUD

[actor] European Court of Justice | Court of Justice of the European Union | ECJ | CJEU | EU's top court | EU top court
  role: - +EEC JUD

[actor] Inter-American Court of Human Rights
  role: - +OAS JUD

[actor] Inter-American Commission on Human Rights | IACHR
  role: - +OAS HRI

[actor] African Court on Human and Peoples' Rights
  role: - +AFU JUD

# ---------------------------------------------------------------------------
# International financial and economic organisations
# ---------------------------------------------------------------------------

[actor] International Monetary Fund | IMF
  role: - +IMF IGO

[actor] World Bank | World Bank Group | International Bank for Reconstruction and Development | IBRD | International Development Association
  role: - +WBK IGO

[actor] World Trade Organization | World Trade Organisation | WTO
  role: - +WTO IGO

[actor] Bank for International Settlements
  role: - +BIS IGO

[actor] Paris Club
  role: - +PRC IGO

[actor] Organisation for Economic Co-operation and Development | Organization for Economic Cooperation and Development | OECD
  role: - IGO

[actor] World Economic Forum | WEF | Davos forum
  role: - +WEF NGO

[actor] Asian Development Bank | AsDB
  # "ADB" left out: also the African Development Bank in some outlets
  role: - +ADB IGO

[actor] African Development Bank | AfDB
  role: - +AFB IGO

[actor] European Bank for Reconstruction and Development | EBRD
  role: - +EBR IGO

[actor] European Investment Bank | EIB
  role: - +EEC IGO

[actor] Islamic Development Bank | IsDB
  role: - +IDB IGO

[actor] Asian Infrastructure Investment Bank | AIIB
  role: - IGO

[actor] New Development Bank | BRICS bank
  role: - IGO

[actor] Arab Monetary Fund
  role: - +AMF IGO

[actor] Arab Bank for Economic Development in Africa | BADEA
  role: - +ABD IGO

[actor] International Energy Agency | IEA
  role: - IGO

[actor] Organization of the Petroleum Exporting Countries | Organisation of the Petroleum Exporting Countries | Opec
  role: - +OPC IGO

[actor] OPEC+ | OPEC Plus | OPEC and its allies
  role: - +OPC IGO

[actor] Organization of Arab Petroleum Exporting Countries | OAPEC
  role: - +APE IGO

[actor] Gas Exporting Countries Forum | GECF
  role: - IGO

[actor] International Grains Council
  role: - +IGC IGO AGR

[actor] International Cocoa Organization | ICCO
  role: - +ICO IGO AGR

[actor] International Coffee Organization
  role: - IGO AGR

[actor] Financial Action Task Force | FATF
  role: - IGO

[actor] Group of Seven | G7 | G-7 | Group of 7
  role: - +GOS IGO

[actor] Group of Eight | G8 | G-8
  role: - +GOE IGO

[actor] Group of 20 | Group of Twenty | G20 | G-20
  role: - IGO

[actor] Group of 77 | Group of Seventy-Seven | G77 | G-77
  role: - +GSS IGO

[actor] Heavily Indebted Poor Countries initiative | HIPC initiative
  role: - +HIP IGO

# ---------------------------------------------------------------------------
# Regional and political organisations
# ---------------------------------------------------------------------------

[actor] North Atlantic Treaty Organization | North Atlantic Treaty Organisation | Nato | Atlantic alliance | North Atlantic Council | Western military alliance
  role: - +NAT IGO

[actor] NATO Secretary General | NATO chief
  note: the office; named holders (Stoltenberg, Rutte) are person entries
  role: - +NAT IGO

[actor] Supreme Allied Commander Europe | SACEUR | NATO commander | NATO's top commander
  role: - +NAT MIL

[actor] KFOR | Kosovo Force | NATO-led peacekeepers in Kosovo
  role: - +NAT PKO

[actor] ISAF | International Security Assistance Force
  role: - +NAT MIL

[actor] Resolute Support | Resolute Support mission
  role: - +NAT MIL

[actor] European Union | EU | E.U. | the 27-nation bloc | 27-nation bloc | 27-member bloc
  role: - +EEC IGO

# The EU's predecessor (CAMEO's EEC code is named for it), common in archives
# and in the CAMEO manual's examples.  "EC" alone is too ambiguous.
[actor] European Community | European Communities | European Economic Community | EEC
  role: - +EEC IGO

[actor] European Commission | EU Commission | E.U. Commission | Brussels executive | EU executive | European Commission president | EU Commission chief
  role: - +EEC IGO

[actor] Council of the European Union | Council of the EU | EU Council | EU foreign ministers | E.U. foreign ministers | EU ministers | EU leaders | E.U. leaders | EU member states | EU governments
  role: - +EEC IGO

[actor] European Council | European Council President
  role: - +EEC IGO

[actor] European Parliament | EU Parliament | E.U. Parliament | European lawmakers | EU lawmakers | E.U. lawmakers | MEPs | European Parliament President
  role: - +EEC LEG

[actor] European External Action Service | EEAS | EU foreign service | EU foreign policy chief | E.U. foreign policy chief | EU's foreign policy chief | EU foreign policy head | EU High Representative | High Representative of the Union for Foreign Affairs and Security Policy | EU top diplomat | EU's top diplomat
  note: the office; named holders (Borrell, Kallas) are person entries
  role: - +EEC IGO

[actor] European Central Bank | ECB
  role: - +EEC IGO

[actor] Frontex | European Border and Coast Guard Agency
  role: - +EEC COP

[actor] Europol
  role: - +EEC COP

[actor] Eurogroup | euro zone finance ministers | eurozone finance ministers
  role: - +EEC IGO

[actor] EU naval force | EUNAVFOR | Operation Atalanta | Operation Aspides | EU naval mission
  role: - +EEC MIL

[actor] EU monitoring mission | EULEX | EU Rule of Law Mission | EUBAM
  role: - +EEC IGO

[actor] Council of Europe
  role: - +COE IGO

[actor] Parliamentary Assembly of the Council of Europe | PACE
  role: - +COE LEG

[actor] European Free Trade Association | EFTA
  role: - +EFT IGO

[actor] Organization for Security and Co-operation in Europe | Organization for Security and Cooperation in Europe | Organisation for Security and Co-operation in Europe | OSCE | Conference on Security and Cooperation in Europe | CSCE
  role: - +SCE IGO

[actor] OSCE monitors | OSCE observers | OSCE Special Monitoring Mission | OSCE mission
  role: - +SCE IGO

[actor] Commonwealth of Independent States | CIS
  role: - +CIS IGO

[actor] Collective Security Treaty Organization | Collective Security Treaty Organisation | CSTO
  role: - IGO

[actor] Eurasian Economic Union | EAEU | Eurasian Union
  role: - IGO

[actor] Shanghai Cooperation Organization | Shanghai Cooperation Organisation | SCO
  role: - IGO

[actor] BRICS | BRICS group | BRICS nations | BRICS countries
  role: - IGO

[actor] Commonwealth of Nations | the Commonwealth | Commonwealth secretariat
  role: - +CWN IGO

[actor] Inter-Parliamentary Union | IPU
  role: - +IPU LEG

[actor] Interpol | International Criminal Police Organization | International Criminal Police Organisation
  role: - +ITP COP

[actor] African Union | AU | A.U. | African Union Commission | AU Commission | AU Peace and Security Council | African Union Peace and Security Council
  role: - +AFU IGO

[actor] African Union peacekeepers | AU peacekeepers | AMISOM | African Union Mission in Somalia | ATMIS | African Union Transition Mission in Somalia | AUSSOM
  role: - +AFU PKO

[actor] Organization of African Unity | Organisation of African Unity | OAU
  role: - +OAU IGO

[actor] Pan-African Parliament
  role: - +PAP LEG

[actor] New Partnership for Africa's Development | NEPAD
  role: - +NEP IGO

[actor] Economic Community of West African States | ECOWAS | West African bloc | West African regional bloc
  role: - +WAS IGO

[actor] ECOMOG | ECOWAS standby force | ECOWAS troops | ECOWAS forces
  role: - +WAS MIL

[actor] Alliance of Sahel States | Confederation of Sahel States
  # Mali, Burkina Faso and Niger, since 2023
  role: - IGO

[actor] West African Economic and Monetary Union | UEMOA | WAEMU
  role: - +UEM IGO

[actor] Southern African Development Community | SADC
  role: - +SAD IGO

[actor] SADC Mission in Mozambique | SAMIM | SADC Mission in the DRC | SAMIDRC | SADC troops | SADC forces
  role: - +SAD MIL

[actor] Intergovernmental Authority on Development | IGAD
  role: - +IAD IGO

[actor] East African Community | EAC
  role: - IGO

[actor] EAC Regional Force | East African Community Regional Force
  role: - IMG

[actor] Economic Community of Central African States | ECCAS
  role: - +ECA IGO

[actor] Central African Economic and Monetary Community | CEMAC
  role: - +CEM IGO

[actor] Bank of Central African States | BEAC
  role: - +BCA IGO

[actor] Community of Sahel-Saharan States | CEN-SAD
  role: - +CSS IGO

[actor] Arab Maghreb Union
  role: - +AMU IGO

[actor] Arab League | League of Arab States | Arab League secretary-general | Arab League chief
  role: - +ARL IGO

[actor] Gulf Cooperation Council | Cooperation Council for the Arab States of the Gulf | GCC
  role: - +GCC IGO

[actor] Peninsula Shield Force | Peninsula Shield
  role: - +GCC MIL

[actor] Organisation of Islamic Cooperation | Organization of Islamic Cooperation | Organization of the Islamic Conference | Organisation of the Islamic Conference | OIC
  role: - +OIC IGO

[actor] Association of Southeast Asian Nations | ASEAN | Southeast Asian bloc
  role: - +ASN IGO

[actor] ASEAN Regional Forum
  role: - +ASN IGO

[actor] Asia-Pacific Economic Cooperation | APEC
  role: - IGO

[actor] South Asian Association for Regional Cooperation | SAARC
  role: - +SAA IGO

[actor] Pacific Islands Forum
  role: - IGO

[actor] Quadrilateral Security Dialogue | Quad alliance | Quad grouping
  # bare "Quad" left out (a common noun)
  role: - IGO

[actor] AUKUS | AUKUS pact
  role: - IGO

[actor] Organization of American States | Organisation of American States | OAS
  role: - +OAS IGO

[actor] Mercosur | Mercosul | Southern Common Market
  role: - IGO

[actor] Caribbean Community | CARICOM
  role: - IGO

[actor] Community of Latin American and Caribbean States | CELAC
  role: - IGO

[actor] Andean Community
  role: - IGO

[actor] Bolivarian Alliance for the Peoples of Our America | ALBA
  role: - IGO

[actor] Non-Aligned Movement | NAM | Organization of Non-Aligned Countries
  role: - +NON IGO

[actor] Organisation for the Prohibition of Chemical Weapons | Organization for the Prohibition of Chemical Weapons | OPCW | chemical weapons watchdog
  role: - IGO

[actor] Comprehensive Nuclear-Test-Ban Treaty Organization | CTBTO
  role: - IGO

[actor] International Energy Forum
  role: - IGO

[actor] Arab Parliament
  role: - +ARL LEG

[actor] Multinational Force and Observers | MFO
  # the Sinai observer force
  role: - PKO

[actor] Multinational Security Support mission | Multinational Security Support | MSS mission | Kenyan-led force | Kenya-led force | Gang Suppression Force
  # the UN-authorised force in Haiti (2023-)
  role: - PKO

[actor] Combined Maritime Forces | Operation Prosperity Guardian
  role: - IMG

[actor] Global Coalition Against Daesh | Global Coalition to Defeat ISIS | anti-ISIS coalition | anti-IS coalition | anti-Islamic State coalition | Operation Inherent Resolve | Combined Joint Task Force-Operation Inherent Resolve | CJTF-OIR
  # the US-led coalition in Iraq and Syria
  role: USA MIL

# ---------------------------------------------------------------------------
# Humanitarian, human-rights and other non-governmental organisations
# ---------------------------------------------------------------------------

# Red Cross family: IRC is the Red Cross (the ICRC and national societies
# called "Red Cross"), CRC the International Federation (IFRC), RCR the Red
# Crescent.
[actor] International Committee of the Red Cross | ICRC | Red Cross | International Red Cross
  role: - +IRC NGO

[actor] International Federation of Red Cross and Red Crescent Societies | IFRC | Red Cross and Red Crescent
  role: - +CRC NGO

[actor] Red Crescent | Red Crescent Society
  role: - +RCR NGO

[actor] Palestine Red Crescent Society | Palestinian Red Crescent | Palestine Red Crescent | PRCS
  role: PSE +RCR NGO

[actor] Syrian Arab Red Crescent | Syrian Red Crescent | SARC
  role: SYR +RCR NGO

[actor] Iranian Red Crescent | Iranian Red Crescent Society | Red Crescent Society of Iran
  role: IRN +RCR NGO

[actor] Turkish Red Crescent | Kizilay
  role: TUR +RCR NGO

[actor] Egyptian Red Crescent
  role: EGY +RCR NGO

[actor] Magen David Adom
  # Israel's member society of the Red Cross movement
  role: ISR +IRC NGO

[actor] American Red Cross
  role: USA +IRC NGO

[actor] British Red Cross
  role: GBR +IRC NGO

[actor] Ukrainian Red Cross
  role: UKR +IRC NGO

[actor] Amnesty International | Amnesty
  role: - +AMN NGO HRI

[actor] Human Rights Watch | HRW
  role: - +HRW NGO HRI

[actor] Medecins Sans Frontieres | Médecins Sans Frontières | Doctors Without Borders | MSF
  role: - +MSF NGO HLH

[actor] Oxfam | Oxfam International
  role: - +XFM NGO

[actor] International Crisis Group | Crisis Group
  role: - +ICG NGO

[actor] International Federation for Human Rights | FIDH
  role: - +FID NGO HRI

[actor] International Commission of Jurists
  role: - +JUR NGO HRI

[actor] International Helsinki Federation for Human Rights
  role: - +IHF NGO HRI

[actor] Greenpeace
  # CAMEO's GRP is a role type, not a known group; coded as an environmental NGO
  role: - NGO ENV

[actor] Friends of the Earth
  role: - NGO ENV

[actor] World Wide Fund for Nature | World Wildlife Fund | WWF
  role: - NGO ENV

[actor] Save the Children
  role: - NGO

[actor] CARE International
  role: - NGO

[actor] International Rescue Committee
  # "IRC" left out: it is also the Red Cross's CAMEO code and ambiguous in text
  role: - NGO REF

[actor] Norwegian Refugee Council
  role: - NGO REF

[actor] Danish Refugee Council
  role: - NGO REF

[actor] Refugees International
  role: - NGO REF

[actor] World Vision
  role: - NGO

[actor] Mercy Corps
  role: - NGO

[actor] Islamic Relief | Islamic Relief Worldwide
  role: - NGO

[actor] Caritas | Caritas Internationalis
  role: - NGO

[actor] ActionAid
  role: - NGO

[actor] Catholic Relief Services
  role: USA NGO

[actor] World Central Kitchen
  role: USA NGO

[actor] Anera | American Near East Refugee Aid
  role: USA NGO REF

[actor] Medical Aid for Palestinians
  role: GBR NGO HLH

[actor] Doctors of the World | Medecins du Monde | Médecins du Monde
  role: - NGO HLH

[actor] Physicians for Human Rights
  role: - NGO HLH HRI

[actor] International Medical Corps
  role: - NGO HLH

[actor] Gavi | Gavi, the Vaccine Alliance
  role: - NGO HLH

[actor] Global Fund to Fight AIDS, Tuberculosis and Malaria | Global Fund
  role: - NGO HLH

[actor] Bill and Melinda Gates Foundation | Bill & Melinda Gates Foundation | Gates Foundation
  role: USA NGO

[actor] Reporters Without Borders | Reporters Sans Frontieres | Reporters Sans Frontières | RSF media watchdog
  # bare "RSF" is Sudan's Rapid Support Forces in conflict news (below)
  role: - NGO MED

[actor] Committee to Protect Journalists | CPJ
  role: USA NGO MED

[actor] International Federation of Journalists | IFJ
  role: - NGO MED

[actor] Transparency International
  role: - NGO

[actor] Human Rights First
  role: USA NGO HRI

[actor] Freedom House
  role: USA NGO HRI

[actor] American Civil Liberties Union | ACLU
  role: USA NGO HRI

[actor] Anti-Slavery International
  role: GBR NGO HRI

[actor] Human Rights Foundation
  role: USA NGO HRI

[actor] Syrian Observatory for Human Rights | Syrian Observatory | SOHR
  role: SYR NGO HRI

[actor] Syrian Network for Human Rights | SNHR
  role: SYR NGO HRI

[actor] White Helmets | Syria Civil Defence | Syrian Civil Defence | Syria Civil Defense
  role: SYR NGO

[actor] B'Tselem
  role: ISR NGO HRI

[actor] Peace Now
  role: ISR NGO

[actor] Breaking the Silence
  role: ISR NGO HRI

[actor] Yesh Din
  role: ISR NGO HRI

[actor] Gisha
  role: ISR NGO HRI

[actor] Adalah
  role: ISR NGO HRI

[actor] Al-Haq
  role: PSE NGO HRI

[actor] Palestinian Centre for Human Rights | Palestinian Center for Human Rights | PCHR
  role: PSE NGO HRI

[actor] Al Mezan | Al Mezan Center for Human Rights
  role: PSE NGO HRI

[actor] Defense for Children International-Palestine | DCIP
  role: PSE NGO HRI

[actor] Addameer
  role: PSE NGO HRI

[actor] Palestinian Prisoners' Society | Palestinian Prisoners Society | Palestinian Prisoners Club
  role: PSE NGO HRI

[actor] Memorial human rights group | Memorial Human Rights Centre
  # bare "Memorial" left out (a common noun)
  role: RUS NGO HRI

[actor] OVD-Info
  role: RUS NGO HRI

[actor] Anti-Corruption Foundation | FBK
  # Navalny's organisation
  role: RUS OPP

[actor] Iran Human Rights
  role: IRN NGO HRI

[actor] Hengaw
  role: IRN NGO HRI

[actor] Human Rights Activists News Agency | HRANA
  role: IRN NGO HRI

[actor] Assistance Association for Political Prisoners | AAPP
  role: MMR NGO HRI

[actor] WikiLeaks
  role: - NGO MED

[actor] Armed Conflict Location and Event Data | ACLED
  role: - NGO

[actor] Airwars
  role: GBR NGO

[actor] Carter Center
  role: USA NGO

[actor] Community of Sant'Egidio | Sant'Egidio
  # Catholic lay community, a frequent mediator
  role: ITA NGO

[actor] Elders group | The Elders
  role: - NGO

[actor] Stockholm International Peace Research Institute | SIPRI
  role: SWE NGO

[actor] International Institute for Strategic Studies | IISS
  role: GBR NGO

[actor] International Olympic Committee | IOC
  # an NGO; its sports news is left to the sports discard
  role: - NGO

[actor] FIFA
  role: - NGO

[actor] International Campaign to Abolish Nuclear Weapons | ICAN
  role: - NGO

[actor] Nobel Committee | Norwegian Nobel Committee
  role: NOR NGO

[actor] Extinction Rebellion
  role: - NGM ENV

[actor] Black Lives Matter
  role: USA NGM

[actor] Fridays for Future
  role: - NGM ENV

# ---------------------------------------------------------------------------
# Transnational jihadist groups and their branches
# ---------------------------------------------------------------------------

[actor] Islamic State | IS | Isis | Isil | Daesh | Da'esh | Daech | Islamic State group | Islamic State of Iraq and the Levant | Islamic State of Iraq and Syria | Islamic State of Iraq and al-Sham | so-called Islamic State
  # "IS" matches only in capitals (not "is"); "Isis" and "Isil" are written
  # in title case so that they match any case (the Guardian's "Isis")
  role: - +ISI UAF

[actor] Islamic State of Iraq | Islamic State in Iraq
  # the 2006-2013 name of the group that became Islamic State
  role: IRQ +ISI UAF

[actor] al-Qaeda in Iraq | al-Qaida in Iraq | AQI
  # al-Qaeda's Iraqi affiliate (2004-2006), Islamic State's forerunner
  role: IRQ +ALQ UAF

[actor] Islamic State Khorasan Province | Islamic State Khorasan | ISIS-K | IS-K | ISKP | ISIL-K
  role: AFG +ISI UAF

[actor] Islamic State West Africa Province | Islamic State in West Africa | ISWAP
  role: NGA +ISI UAF

[actor] Islamic State Sahel Province | Islamic State in the Greater Sahara | Islamic State Sahel | ISGS
  # operates across Mali, Niger and Burkina Faso: no single country
  role: - +ISI UAF

[actor] Islamic State Central Africa Province | ISCAP
  role: - +ISI UAF

[actor] Islamic State Somalia | Islamic State in Somalia
  role: SOM +ISI UAF

[actor] Islamic State Sinai Province | Sinai Province | Ansar Beit al-Maqdis | Ansar Bayt al-Maqdis
  role: EGY +ISI UAF

[actor] Islamic State in Libya
  role: LBY +ISI UAF

[actor] Allied Democratic Forces
  # Ugandan-origin group in eastern Congo, pledged to Islamic State (ISCAP)
  role: COD UAF

[actor] Ansar al-Sunna | Ahlu Sunnah Wa-Jama | Ahl al-Sunna wal-Jamaa
  # the Cabo Delgado insurgency (Mozambique), IS-affiliated
  role: MOZ INS

[actor] al-Qaeda | al-Qaida | al-Qa'ida | Qaeda | al-Qaeda central
  role: - +ALQ UAF

[actor] al-Qaeda in the Arabian Peninsula | al-Qaida in the Arabian Peninsula | AQAP | Ansar al-Sharia in Yemen
  role: YEM +ALQ UAF

[actor] al-Qaeda in the Islamic Maghreb | al-Qaida in the Islamic Maghreb | AQIM
  # Algerian origin (the GSPC), now mostly in the Sahel
  role: - +ALQ UAF

[actor] al-Qaeda in the Indian Subcontinent | AQIS
  role: - +ALQ UAF

[actor] Salafist Group for Preaching and Combat | GSPC | Salafist Group
  role: DZA +GSP UAF

[actor] Armed Islamic Group | GIA
  role: DZA +GIA UAF

[actor] Islamic Salvation Front | FIS | Islamic Salvation Army
  role: DZA +FIS

[actor] al-Shabaab | al-Shabab | Harakat al-Shabaab al-Mujahideen | Shabaab | Shabab
  # al-Qaeda's Somali affiliate; the unrelated Mozambican insurgents are Ansar al-Sunna
  role: SOM +ALQ UAF

[actor] Jama'at Nusrat al-Islam wal-Muslimin | Jamaat Nusrat al-Islam wal-Muslimin | JNIM | Group for the Support of Islam and Muslims
  role: MLI +ALQ UAF

[actor] Ansar Dine | Ansar Eddine
  role: MLI UAF

[actor] Macina Liberation Front | Katiba Macina
  role: MLI UAF

[actor] Ansaru
  role: NGA +ALQ UAF

[actor] Boko Haram | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad
  role: NGA UAF

[actor] Nusra Front | al-Nusra Front | Jabhat al-Nusra | Jabhat Fateh al-Sham
  role: SYR +ALQ UAF

[actor] Hurras al-Din | Hurras al-Deen | Guardians of Religion
  role: SYR +ALQ UAF

[actor] Hayat Tahrir al-Sham | Hay'at Tahrir al-Sham | HTS | Tahrir al-Sham
  # led the offensive that toppled Assad (2024-12-08) and formed the new
  # government; announced its dissolution into the state on 2025-01-29
  role: SYR GOV 2024-12-08..
  role: SYR UAF

[actor] Jemaah Islamiyah | Jemaah Islamiah
  role: IDN UAF

[actor] Abu Sayyaf | Abu Sayyaf Group
  role: PHL UAF

[actor] Lashkar-e-Taiba | Lashkar-e-Toiba | Lashkar-e-Tayyiba
  role: PAK UAF

[actor] Jaish-e-Mohammed | Jaish-e-Muhammad | Jaish-e-Mohammad
  role: PAK UAF

[actor] Hizbul Mujahideen | Hizb-ul-Mujahideen
  role: IND UAF

[actor] The Resistance Front | TRF
  # Kashmir, claimed the 2025 Pahalgam attack
  role: IND UAF

[actor] Tehrik-i-Taliban Pakistan | Tehreek-e-Taliban Pakistan | TTP | Pakistani Taliban
  role: PAK +TAL UAF

[actor] Lashkar-e-Jhangvi
  role: PAK UAF

[actor] Haqqani network
  role: AFG +TAL UAF

[actor] Islamic Movement of Uzbekistan
  role: UZB UAF

[actor] East Turkestan Islamic Movement | ETIM | Turkistan Islamic Party
  role: CHN SEP

# ---------------------------------------------------------------------------
# Afghanistan
# ---------------------------------------------------------------------------

[actor] Taliban | Taleban | Afghan Taliban | Islamic Emirate of Afghanistan | Islamic Emirate
  # insurgents until the fall of Kabul, the de facto government since
  role: AFG +TAL GOV 2021-08-15..
  role: AFG +TAL INS

[actor] National Resistance Front of Afghanistan | Afghan National Resistance Front
  role: AFG REB

[actor] Northern Alliance | United Islamic Front
  role: AFG REB

# ---------------------------------------------------------------------------
# Israel / Palestine
# ---------------------------------------------------------------------------

[actor] Hamas | Islamic Resistance Movement | Harakat al-Muqawama al-Islamiya
  role: PSE +HMS UAF

[actor] Izz ad-Din al-Qassam Brigades | Izz al-Din al-Qassam Brigades | Ezzedine al-Qassam Brigades | Qassam Brigades | al-Qassam Brigades | Ezzedine al-Qassam
  role: PSE +HMS UAF

[actor] Palestinian Islamic Jihad | Islamic Jihad | Islamic Jihad movement | PIJ
  role: PSE +ISJ UAF

[actor] al-Quds Brigades | Saraya al-Quds
  # Islamic Jihad's armed wing
  role: PSE +ISJ UAF

[actor] Fatah | Fateh | Fatah movement
  # the ruling party of the Palestinian Authority
  role: PSE +FTA

[actor] Al-Aqsa Martyrs' Brigades | al-Aqsa Martyrs Brigades | Al-Aqsa Martyrs Brigade | Aqsa Martyrs Brigades
  role: PSE +AAM UAF

[actor] Palestine Liberation Organization | Palestine Liberation Organisation | PLO | PLO Executive Committee
  role: PSE +PLO

[actor] Palestinian Authority | Palestinian National Authority | Palestinian Authority government | Palestinian Authority president
  # bare "PA" left out (also the UK's PA news agency, Pennsylvania)
  role: PSE GOV

[actor] Palestinian Authority security forces | PA security forces | Palestinian security forces | Palestinian Preventive Security
  role: PSE COP

[actor] Popular Front for the Liberation of Palestine | PFLP
  role: PSE +PFL UAF

[actor] Democratic Front for the Liberation of Palestine | DFLP
  role: PSE +DFL UAF

[actor] Palestine Liberation Front | PLF
  role: PSE +PLF UAF

[actor] Popular Resistance Committees
  role: PSE UAF

[actor] Lions' Den | Lions Den | Areen al-Ousoud
  role: PSE UAF

[actor] Jenin Brigade | Jenin Brigades | Jenin Battalion | Tulkarm Brigade | Nablus Battalion
  role: PSE UAF

[actor] Abu Nidal Organization | Abu Nidal Organisation | Fatah Revolutionary Council
  role: PSE +ANO UAF

[actor] Gaza health ministry | Hamas-run health ministry | Gaza's health ministry
  # run by Hamas's administration in Gaza
  role: PSE GOV

[actor] Gaza Government Media Office | Hamas-run government media office
  role: PSE GOV

[actor] Gaza Humanitarian Foundation | GHF
  # the US- and Israel-backed aid distribution body (2025-)
  role: USA NGO

[actor] Popular Forces | Abu Shabab militia
  # anti-Hamas armed group in Rafah (2025)
  role: PSE UAF

# Israeli parties
[actor] Likud | Likud party
  role: ISR +LKD GOV 2022-12-29..
  role: ISR +LKD OPP 2021-06-13..2022-12-28
  role: ISR +LKD GOV 2009-03-31..2021-06-12
  role: ISR +LKD

[actor] Israeli Labor Party | Israeli Labour Party | Israel Labor Party | Labor Party of Israel | HaAvoda
  # merged with Meretz as "The Democrats" in 2024
  role: ISR +LBA

[actor] Meretz
  role: ISR +MRZ

[actor] Shas | Shas party
  role: ISR +SHA

[actor] Yesh Atid
  role: ISR OPP 2022-12-29..
  role: ISR GOV 2021-06-13..2022-12-28
  role: ISR

[actor] National Unity party | Blue and White | Kahol Lavan
  role: ISR

[actor] Yisrael Beiteinu | Yisrael Beytenu
  role: ISR

[actor] Otzma Yehudit | Jewish Power party | Jewish Power
  role: ISR

[actor] Religious Zionism party | Religious Zionist Party
  role: ISR

[actor] United Torah Judaism | UTJ
  role: ISR

[actor] Ra'am | United Arab List
  role: ISR

[actor] Hadash | Joint List
  role: ISR

# ---------------------------------------------------------------------------
# Lebanon, Syria, Iraq, Iran-aligned groups
# ---------------------------------------------------------------------------

[actor] Hezbollah | Hizbollah | Hizbullah | Hezbullah | Hizballah | Hizbollah movement
  role: LBN +HEZ UAF

[actor] Radwan Force | Radwan forces | Radwan unit
  # Hezbollah's elite unit
  role: LBN +HEZ UAF

[actor] Amal Movement | Amal party | Amal militia
  # bare "Amal" left out (a given name)
  role: LBN +AML

[actor] South Lebanon Army
  role: LBN +ASL UAF

[actor] Free Patriotic Movement
  role: LBN

[actor] Progressive Socialist Party
  role: LBN

[actor] Islamic Resistance in Iraq
  # umbrella name for Iran-aligned factions attacking US forces (2023-)
  role: IRQ UAF

[actor] Kataib Hezbollah | Kata'ib Hezbollah | Kataib Hizbollah | Kata'ib Hizballah | Hezbollah Brigades
  role: IRQ UAF

[actor] Asaib Ahl al-Haq | Asa'ib Ahl al-Haq | Asaib Ahl al-Haqq | League of the Righteous
  role: IRQ UAF

[actor] Harakat al-Nujaba | Harakat Hezbollah al-Nujaba | al-Nujaba | Nujaba
  role: IRQ UAF

[actor] Kataib Sayyid al-Shuhada | Kata'ib Sayyid al-Shuhada
  role: IRQ UAF

[actor] Badr Organization | Badr Organisation | Badr Brigade | Badr militia
  role: IRQ UAF

[actor] Popular Mobilisation Forces | Popular Mobilization Forces | Popular Mobilisation Units | Popular Mobilization Units | Hashd al-Shaabi | al-Hashd al-Shaabi | Hashd al-Shabi | PMF | PMU | Hashd
  # formally part of Iraq's security forces under the prime minister since
  # the PMF law of 2016-11-26; a militia umbrella before
  role: IRQ UAF 2014-06-13..2016-11-25
  role: IRQ MIL

[actor] Saraya al-Salam | Peace Brigades | Mahdi Army | Jaish al-Mahdi
  role: IRQ UAF

[actor] Sadrist Movement | Sadrists | Sadrist bloc | Shiite National Movement
  # withdrew from parliament in June 2022
  role: IRQ OPP 2022-06-12..
  role: IRQ

[actor] Coordination Framework
  # the Shiite alliance that formed the Sudani government
  role: IRQ GOV 2022-10-27..
  role: IRQ

[actor] Islamic Dawa Party | Dawa Party
  role: IRQ

[actor] Baath Party | Ba'ath Party | Baathists | Ba'athists
  # Iraq's and Syria's Baath parties; the country-specific names are below
  role: - +BTH

[actor] Syrian Baath Party | Syrian Ba'ath Party | Syria's Baath Party | Syria's ruling Baath Party | Arab Socialist Baath Party in Syria
  role: SYR +BTH

[actor] Iraqi Baath Party | Iraqi Ba'ath Party | Iraq's Baath Party
  role: IRQ +BTH

[actor] Kurdistan Democratic Party | KDP | Kurdish Democratic Party
  # the Barzanis' party, leading the Kurdistan Regional Government
  role: IRQ +KDP

[actor] Patriotic Union of Kurdistan | PUK
  role: IRQ

[actor] Gorran | Gorran Movement | Movement for Change
  role: IRQ

[actor] Kurdistan Regional Government | KRG | Kurdish regional government | Erbil government
  role: IRQ GOV

[actor] Peshmerga | Kurdish Peshmerga | Peshmerga forces
  # the Kurdistan Region's forces, constitutionally recognised
  role: IRQ MIL

[actor] Kurdistan Workers' Party | Kurdistan Workers Party | PKK | Partiya Karkeren Kurdistane
  role: TUR REB

[actor] Kurdistan Communities Union | KCK
  role: TUR REB

[actor] People's Protection Units | Peoples Protection Units | YPG | Women's Protection Units | YPJ
  role: SYR UAF

[actor] Syrian Democratic Forces | SDF
  # "SDF" matches only in capitals; Japan's Self-Defense Forces are written JSDF/"Self-Defense Forces"
  role: SYR UAF

[actor] Autonomous Administration of North and East Syria | AANES | Kurdish-led administration | Kurdish-led autonomous administration
  role: SYR UAF

[actor] Democratic Union Party | PYD
  role: SYR UAF

[actor] Free Syrian Army
  role: SYR REB

[actor] Syrian National Army | Turkish-backed Syrian National Army | Turkey-backed Syrian National Army
  role: SYR REB

[actor] Syrian National Coalition | Syrian opposition coalition | National Coalition for Syrian Revolutionary and Opposition Forces
  role: SYR OPP

[actor] Syrian Negotiation Commission | High Negotiations Committee
  role: SYR OPP

[actor] Ahrar al-Sham
  role: SYR REB

[actor] Jaish al-Islam
  role: SYR REB

[actor] Syrian Salvation Government
  # HTS's civil administration in Idlib until December 2024
  role: SYR UAF

[actor] Druze militias | Men of Dignity | Rijal al-Karama
  role: SYR UAF

[actor] Kurdistan Free Life Party | PJAK
  role: IRN REB

[actor] Komala | Komala Party
  role: IRN REB

[actor] Democratic Party of Iranian Kurdistan | KDPI | PDKI
  role: IRN REB

[actor] Jaish al-Adl | Jaish al-Adal | Army of Justice
  role: IRN UAF

[actor] People's Mujahedin of Iran | People's Mujahedin Organization of Iran | Mujahedin-e-Khalq | Mujahedeen-e-Khalq | MEK | MKO | PMOI | National Council of Resistance of Iran | NCRI
  role: IRN +PMD

# ---------------------------------------------------------------------------
# Yemen, Gulf
# ---------------------------------------------------------------------------

[actor] Houthis | Houthi | Huthis | Huthi | Houthi movement | Houthi rebels | Ansar Allah | Ansarullah | Ansar Allah movement
  # rebels against Yemen's recognised government; control Sanaa since 2014
  role: YEM REB

[actor] Houthi-run Saba news agency | Houthi-controlled Saba
  role: YEM REB MED

[actor] Southern Transitional Council | STC | Southern Movement
  # southern separatists; "STC" matches only in capitals
  role: YEM SEP

[actor] Presidential Leadership Council | Yemen's Presidential Leadership Council
  # Yemen's recognised executive since April 2022
  role: YEM GOV 2022-04-07..
  role: YEM

[actor] Islah | Islah party | Al-Islah
  role: YEM

[actor] Saudi-led coalition | Saudi-led military coalition | Arab coalition | Coalition to Restore Legitimacy in Yemen
  role: SAU MIL

[actor] Al Wefaq | Wefaq
  role: BHR OPP

# ---------------------------------------------------------------------------
# North Africa, Sahel, Horn and the rest of Africa
# ---------------------------------------------------------------------------

[actor] UNITA | National Union for the Total Independence of Angola
  # Angola's rebel movement until the 2002 peace; a party since
  role: AGO REB ..2002-04-04
  role: AGO OPP 2002-04-05..
  role: AGO

[actor] Revolutionary United Front | RUF
  # Sierra Leone's rebels of the 1991-2002 war
  role: SLE REB

[actor] National Patriotic Front of Liberia | NPFL
  # Charles Taylor's rebel movement (1989-1997)
  role: LBR REB

[actor] Muslim Brotherhood | Muslim Brothers | Ikhwan | Ikhwan al-Muslimin | Egyptian Muslim Brotherhood
  role: EGY +MBR

[actor] Freedom and Justice Party
  role: EGY +MBR

[actor] Islamic Action Front | IAF
  # Jordan's Brotherhood party; "IAF" is also the Israeli/Indian Air Force, so capitals only
  role: JOR +IAF

[actor] Ennahda | Ennahdha | Nahda | Ennahda Movement | Ennahda party
  role: TUN +ENN

[actor] National Liberation Front | Front de Libération Nationale | FLN
  # Algeria's ruling party since independence
  role: DZA +FLN

[actor] National Rally for Democracy | Rassemblement National Démocratique | RND
  role: DZA +RND

[actor] Movement of Society for Peace | Movement for the Society of Peace
  # "MSP" left out (a Member of the Scottish Parliament)
  role: DZA +MSP

[actor] Polisario Front | Polisario | Frente Polisario
  role: ESH +PLS REB

[actor] Libyan National Army | LNA | Libyan Arab Armed Forces | LAAF | Haftar's forces | forces loyal to Haftar | Haftar forces
  # the eastern commander's forces, not the UN-recognised government's
  role: LBY UAF

[actor] Libyan Government of National Unity | Tripoli-based Government of National Unity | Tripoli-based government | Government of National Unity in Tripoli
  # Libya's Tripoli-based government (Dbeibah, 2021-); bare "GNU" left out (also South Africa's 2024 unity government)
  role: LBY GOV 2021-03-15..
  role: LBY

[actor] Government of National Accord | GNA
  role: LBY GOV 2016-03-30..2021-03-14
  role: LBY

[actor] House of Representatives of Libya | Libyan House of Representatives | Libya's eastern-based parliament | Tobruk-based parliament
  role: LBY LEG

[actor] Rapid Support Forces | RSF | Sudan's Rapid Support Forces | paramilitary Rapid Support Forces
  # a state paramilitary until the war with the army began on 2023-04-15
  role: SDN UAF 2023-04-15..
  role: SDN MIL

[actor] Janjaweed | Janjaweed militia | Janjawid
  role: SDN UAF

[actor] Sudan People's Liberation Movement-North | SPLM-N | SPLM-North
  role: SDN REB

[actor] Justice and Equality Movement | JEM
  role: SDN REB

[actor] Sudan Liberation Movement | Sudan Liberation Army | SLM | SLM-AW
  role: SDN REB

[actor] Sudanese Armed Forces | SAF
  # "SAF" capitals only
  role: SDN MIL

[actor] Forces of Freedom and Change | FFC | Forces for Freedom and Change | Sudanese Professionals Association
  role: SDN OPP

[actor] Sudan People's Liberation Movement | SPLM | Sudan People's Liberation Army | SPLA
  # South Sudan's ruling movement and (former) army
  role: SSD GOV 2011-07-09..
  role: SSD

[actor] SPLM-IO | SPLM-in-Opposition | Sudan People's Liberation Movement-in-Opposition | SPLA-IO
  role: SSD REB

[actor] Tigray People's Liberation Front | TPLF
  role: ETH REB

[actor] Tigray Defense Forces | Tigray Defence Forces | TDF | Tigrayan forces
  role: ETH REB

[actor] Oromo Liberation Army | OLA | Oromo Liberation Front | OLF
  role: ETH REB

[actor] Fano | Fano militia | Amhara Fano
  role: ETH UAF

[actor] Prosperity Party
  role: ETH GOV

[actor] Eritrean People's Liberation Front | People's Front for Democracy and Justice | PFDJ
  role: ERI GOV

[actor] Puntland
  role: SOM

[actor] Somaliland
  # self-declared state; coded under Somalia, whose territory ISO counts it as
  role: SOM

[actor] M23 | March 23 Movement | M23 rebels | Mouvement du 23 mars
  role: COD REB

[actor] Congo River Alliance | Alliance Fleuve Congo | AFC/M23
  role: COD REB

[actor] Cooperative for the Development of Congo | CODECO
  role: COD UAF

[actor] Mai-Mai | Mayi-Mayi | Wazalendo
  role: COD UAF

[actor] Democratic Forces for the Liberation of Rwanda | FDLR
  # Rwandan Hutu rebels based in eastern Congo
  role: RWA REB

[actor] Rwandan Patriotic Front | RPF
  role: RWA GOV

[actor] Lord's Resistance Army | LRA
  role: UGA REB

[actor] National Resistance Movement | NRM
  role: UGA GOV

[actor] National Unity Platform | NUP
  role: UGA OPP

[actor] Seleka | ex-Seleka
  role: CAF REB

[actor] Anti-balaka
  role: CAF UAF

[actor] Coalition of Patriots for Change
  role: CAF REB

[actor] National Movement for the Liberation of Azawad | MNLA | Azawad Liberation Front | Coordination of Azawad Movements
  role: MLI SEP

[actor] Wagner Group | Wagner | Wagner mercenaries | Wagner mercenary group | PMC Wagner
  # Russian private military company; its Africa operations passed to the
  # defence ministry's Africa Corps (below) from 2023-2024
  role: RUS UAF

[actor] Africa Corps | Russian Africa Corps | Afrika Korps
  # under the Russian defence ministry
  role: RUS MIL

[actor] National Council for the Safeguard of the Homeland | CNSP
  # Niger's junta since the coup of 2023-07-26
  role: NER GOV MIL 2023-07-26..
  role: NER MIL

[actor] Indigenous People of Biafra | IPOB | Eastern Security Network
  role: NGA SEP

[actor] Movement for the Emancipation of the Niger Delta | MEND | Niger Delta Avengers
  role: NGA UAF

[actor] All Progressives Congress
  # "APC" left out (armoured personnel carrier)
  role: NGA GOV 2015-05-29..
  role: NGA OPP

[actor] Peoples Democratic Party | PDP
  # Nigeria's
  role: NGA OPP 2015-05-29..
  role: NGA GOV

[actor] Ambazonia separatists | Ambazonian separatists | Ambazonia Defence Forces | Ambazonian forces
  role: CMR SEP

[actor] Al-Shabaab in Mozambique | Cabo Delgado insurgents
  role: MOZ INS

[actor] FRELIMO
  role: MOZ GOV

[actor] RENAMO
  role: MOZ OPP

[actor] Podemos party of Mozambique
  role: MOZ OPP

[actor] African National Congress | ANC
  # ruling party since 1994 (in a unity government since 2024)
  role: ZAF GOV 1994-05-10..
  role: ZAF

[actor] Democratic Alliance
  # joined the Government of National Unity in 2024
  role: ZAF GOV 2024-07-03..
  role: ZAF OPP

[actor] Economic Freedom Fighters | EFF
  role: ZAF OPP

[actor] uMkhonto weSizwe party | MK party
  role: ZAF OPP

[actor] Inkatha Freedom Party | IFP
  role: ZAF

[actor] ZANU-PF | Zimbabwe African National Union-Patriotic Front
  role: ZWE GOV

[actor] Movement for Democratic Change | MDC | Citizens Coalition for Change | CCC
  role: ZWE OPP

[actor] Kenya Kwanza
  role: KEN GOV 2022-09-13..
  role: KEN

[actor] Orange Democratic Movement | ODM | Azimio la Umoja
  role: KEN OPP

[actor] Chadema
  role: TZA OPP

[actor] Chama Cha Mapinduzi | CCM
  role: TZA GOV

[actor] Union for Democracy and Social Progress | UDPS
  role: COD GOV 2019-01-24..
  role: COD

# ---------------------------------------------------------------------------
# Asia
# ---------------------------------------------------------------------------

[actor] New People's Army | NPA | Communist Party of the Philippines
  role: PHL REB

[actor] Moro Islamic Liberation Front | MILF
  role: PHL REB

[actor] Moro National Liberation Front | MNLF
  role: PHL REB

[actor] Maute group | Dawlah Islamiyah
  role: PHL +ISI UAF

[actor] Barisan Revolusi Nasional | BRN
  # southern Thailand's main separatist group
  role: THA SEP

[actor] Arakan Army
  role: MMR REB

[actor] Arakan Rohingya Salvation Army | ARSA
  role: MMR UAF

[actor] Kachin Independence Army | Kachin Independence Organisation | KIO
  # "KIA" left out (killed in action)
  role: MMR REB

[actor] Karen National Union | KNU | Karen National Liberation Army | KNLA
  role: MMR REB

[actor] Myanmar National Democratic Alliance Army | MNDAA
  role: MMR REB

[actor] Ta'ang National Liberation Army | TNLA
  role: MMR REB

[actor] Three Brotherhood Alliance | Brotherhood Alliance
  role: MMR REB

[actor] United Wa State Army | UWSA
  role: MMR REB

[actor] People's Defence Force | People's Defense Force | People's Defence Forces | People's Defense Forces
  # the armed wing of Myanmar's National Unity Government; "PDF" left out
  role: MMR REB

[actor] National Unity Government of Myanmar | Myanmar's National Unity Government | Myanmar's shadow government | National Unity Government
  # exile government formed by ousted lawmakers (2021-)
  role: MMR OPP

[actor] State Administration Council | State Security and Peace Commission
  # Myanmar's junta after the coup of 2021-02-01
  role: MMR GOV MIL 2021-02-01..
  role: MMR MIL

[actor] National League for Democracy | NLD
  role: MMR GOV 2016-03-30..2021-01-31
  role: MMR OPP

[actor] Balochistan Liberation Army | Baloch Liberation Army | BLA | Balochistan Liberation Front | BLF
  role: PAK SEP

[actor] Pakistan Tehreek-e-Insaf | Pakistan Tehreek-i-Insaf | PTI | Tehreek-e-Insaf
  role: PAK OPP 2022-04-10..
  role: PAK GOV 2018-08-18..2022-04-09
  role: PAK

[actor] Pakistan Muslim League-Nawaz | PML-N | PMLN
  role: PAK GOV 2024-03-04..
  role: PAK GOV 2022-04-11..2023-08-13
  role: PAK OPP 2018-08-18..2022-04-10
  role: PAK

[actor] Pakistan Peoples Party | Pakistan People's Party
  # "PPP" left out (also South Korea's People Power Party)
  role: PAK

[actor] Jamaat-e-Islami
  role: PAK

[actor] Tehreek-e-Labbaik Pakistan | Tehreek-i-Labbaik Pakistan | TLP
  role: PAK RAD

[actor] Bharatiya Janata Party | BJP
  role: IND GOV 2014-05-26..
  role: IND OPP 2004-05-22..2014-05-25
  role: IND

[actor] Indian National Congress | Congress party | India's Congress party | Indian National Congress party | Indian Congress | India's Congress
  # bare "Congress" is the US Congress (metonyms.lex)
  role: IND OPP 2014-05-26..
  role: IND GOV 2004-05-22..2014-05-25
  role: IND

[actor] Rashtriya Swayamsevak Sangh | RSS
  role: IND

[actor] Aam Aadmi Party
  role: IND

[actor] Trinamool Congress | All India Trinamool Congress | TMC
  role: IND

[actor] Shiv Sena
  role: IND

[actor] Communist Party of India-Maoist | CPI-Maoist | Naxalites | Naxals | Naxalite rebels
  role: IND REB

[actor] United Liberation Front of Asom | United Liberation Front of Assam | ULFA
  role: IND SEP

[actor] National Socialist Council of Nagaland | NSCN
  role: IND SEP

[actor] Hurriyat Conference | All Parties Hurriyat Conference | Hurriyat
  role: IND OPP

[actor] Liberation Tigers of Tamil Eelam | LTTE | Tamil Tigers
  role: LKA SEP

[actor] Awami League | Bangladesh Awami League
  role: BGD GOV 2009-01-06..2024-08-05
  role: BGD

[actor] Bangladesh Nationalist Party
  # "BNP" left out: the British National Party in UK news, BNP Paribas in business news
  role: BGD OPP 2009-01-06..2024-08-05
  role: BGD

[actor] CPN-Maoist Centre | Communist Party of Nepal-Maoist Centre | Nepali Maoists
  role: NPL

[actor] Nepali Congress
  role: NPL

[actor] Chinese Communist Party | Communist Party of China | China's Communist Party | China's ruling Communist Party | CCP | CPC | Chinese Communist Party Central Committee | CCP Central Committee | CPC Central Committee | Communist Party of China Central Committee
  role: CHN GOV

[actor] Politburo Standing Committee | Politburo | Chinese Politburo
  # China's (the same word in North Korea/Vietnam takes the country from a modifier only if written with it)
  role: CHN GOV

[actor] Central Military Commission
  role: CHN GOV MIL

[actor] National People's Congress | NPC | NPC Standing Committee | National People's Congress Standing Committee
  role: CHN LEG

[actor] Chinese People's Political Consultative Conference | CPPCC
  role: CHN LEG

[actor] People's Liberation Army | PLA | PLA Navy | PLA Air Force | PLA Rocket Force | Chinese People's Liberation Army
  role: CHN MIL

[actor] Eastern Theater Command | Eastern Theatre Command | Southern Theater Command | Southern Theatre Command
  role: CHN MIL

[actor] China Coast Guard | Chinese coast guard
  role: CHN MIL

[actor] People's Armed Police
  role: CHN COP

[actor] Ministry of State Security | China's Ministry of State Security
  role: CHN SPY

[actor] Taiwan Affairs Office | China's Taiwan Affairs Office
  role: CHN GOV

[actor] Hong Kong Liaison Office | Liaison Office of the Central People's Government
  role: CHN GOV

[actor] Democratic Progressive Party | DPP
  # Taiwan's
  role: TWN GOV 2016-05-20..
  role: TWN OPP 2008-05-20..2016-05-19
  role: TWN

[actor] Kuomintang | KMT
  role: TWN OPP 2016-05-20..
  role: TWN GOV 2008-05-20..2016-05-19
  role: TWN

[actor] Taiwan People's Party
  role: TWN OPP

[actor] Legislative Yuan
  role: TWN LEG

[actor] Mainland Affairs Council
  role: TWN GOV

[actor] Workers' Party of Korea | Workers Party of Korea | WPK | North Korean Workers' Party
  role: PRK GOV

[actor] Korean People's Army | KPA | North Korean army
  role: PRK MIL

[actor] Korean Central News Agency | KCNA
  # North Korea's state news agency: its reports are the regime's voice
  role: PRK GOV MED

[actor] People Power Party
  # South Korea's conservative party
  role: KOR OPP 2025-06-04..
  role: KOR GOV 2022-05-10..2025-06-03
  role: KOR

[actor] Democratic Party of Korea | South Korea's Democratic Party | Korean Democratic Party
  role: KOR GOV 2025-06-04..
  role: KOR OPP 2022-05-10..2025-06-03
  role: KOR GOV 2017-05-10..2022-05-09
  role: KOR

[actor] Liberal Democratic Party of Japan | Japan's Liberal Democratic Party | LDP | Japan's ruling Liberal Democratic Party
  role: JPN GOV 2012-12-26..
  role: JPN

[actor] Constitutional Democratic Party of Japan | CDP
  role: JPN OPP

[actor] Komeito
  role: JPN

[actor] Japan Self-Defense Forces | Japan Self-Defence Forces | Self-Defense Forces | Self-Defence Forces | JSDF | Japan Ground Self-Defense Force | Japan Maritime Self-Defense Force | Japan Air Self-Defense Force
  role: JPN MIL

[actor] Communist Party of Vietnam | Vietnamese Communist Party | Vietnam's Communist Party
  role: VNM GOV

[actor] Cambodian People's Party | CPP
  role: KHM GOV

[actor] Cambodia National Rescue Party | CNRP | Candlelight Party
  role: KHM OPP

[actor] United Malays National Organisation | UMNO
  role: MYS

[actor] Pakatan Harapan
  role: MYS

[actor] Pan-Malaysian Islamic Party | PAS
  role: MYS

[actor] People's Action Party | PAP
  # Singapore's ruling party
  role: SGP GOV

[actor] Indonesian Democratic Party of Struggle | PDI-P
  role: IDN

[actor] Gerindra | Gerindra Party
  role: IDN GOV 2024-10-20..
  role: IDN

[actor] Free Papua Movement | West Papua National Liberation Army | TPNPB
  role: IDN SEP

[actor] Uzbek Islamic Jihad Union | Islamic Jihad Union
  role: UZB UAF

# ---------------------------------------------------------------------------
# Russia, Ukraine, Caucasus
# ---------------------------------------------------------------------------

[actor] United Russia | United Russia party
  role: RUS GOV

[actor] Communist Party of the Russian Federation | KPRF | Russian Communist Party
  role: RUS OPP

[actor] Liberal Democratic Party of Russia | LDPR
  role: RUS

[actor] Foreign Intelligence Service of Russia | Russia's Foreign Intelligence Service | SVR
  role: RUS SPY

[actor] GRU | Russian military intelligence | Main Intelligence Directorate | Russia's military intelligence
  role: RUS MIL SPY

[actor] Rosgvardia | Russian National Guard | National Guard of Russia
  role: RUS MIL

[actor] Kadyrovtsy | Akhmat battalion | Akhmat special forces
  # Chechen forces loyal to Ramzan Kadyrov, part of Rosgvardia
  role: RUS MIL

[actor] Russian Volunteer Corps | RDK
  # Russian nationalists fighting for Ukraine
  role: RUS UAF

[actor] Freedom of Russia Legion
  role: RUS UAF

[actor] Donetsk People's Republic | DPR | Donetsk separatists | self-proclaimed Donetsk People's Republic
  # Russian-backed separatists; Russia claims to have annexed it on 2022-09-30
  role: UKR SEP

[actor] Luhansk People's Republic | Lugansk People's Republic | LPR | Luhansk separatists | self-proclaimed Luhansk People's Republic
  role: UKR SEP

[actor] pro-Russian separatists | Russian-backed separatists | Moscow-backed separatists | pro-Russia separatists
  role: UKR SEP

[actor] Transnistria | Transdniestria | Pridnestrovian Moldavian Republic
  # breakaway region of Moldova
  role: MDA SEP

[actor] Azov Brigade | Azov Regiment | Azov battalion
  # part of Ukraine's National Guard since 2014-11
  role: UKR MIL

[actor] Security Service of Ukraine | SBU | Ukraine's Security Service
  role: UKR SPY

[actor] Main Intelligence Directorate of Ukraine | HUR | GUR | Ukraine's military intelligence | Ukrainian military intelligence
  role: UKR MIL SPY

[actor] Servant of the People | Servant of the People party
  # Zelensky's party
  role: UKR GOV 2019-05-20..
  role: UKR

[actor] Verkhovna Rada | Rada | Ukraine's parliament
  role: UKR LEG

[actor] Georgian Dream
  role: GEO GOV 2012-10-25..
  role: GEO

[actor] United National Movement
  # Georgia's
  role: GEO OPP 2012-10-25..
  role: GEO

[actor] Nagorno-Karabakh separatists | Artsakh | Karabakh Armenian authorities | Nagorno-Karabakh authorities
  # ethnic Armenian authorities of Nagorno-Karabakh until 2023-09
  role: AZE SEP

# ---------------------------------------------------------------------------
# Turkey, Iran, Gulf, Israel state agencies
# ---------------------------------------------------------------------------

[actor] Justice and Development Party | AKP | AK Party | AK Parti
  role: TUR GOV 2002-11-18..
  role: TUR

[actor] Republican People's Party | CHP
  role: TUR OPP 2002-11-18..
  role: TUR

[actor] Nationalist Movement Party | MHP
  role: TUR

[actor] Peoples' Equality and Democracy Party | DEM Party | Peoples' Democratic Party | HDP
  # the pro-Kurdish party (HDP, renamed DEM in 2023)
  role: TUR OPP

[actor] Good Party | IYI Party
  role: TUR OPP

[actor] National Intelligence Organization | National Intelligence Organisation | Turkish intelligence agency | MIT intelligence agency
  # Turkey's; bare "MIT" left out
  role: TUR SPY

[actor] Islamic Revolutionary Guard Corps | IRGC | Revolutionary Guards | Revolutionary Guard | Iran's Revolutionary Guards | Revolutionary Guard Corps | Islamic Revolutionary Guards Corps | Pasdaran | Sepah
  role: IRN MIL

[actor] Quds Force | IRGC Quds Force | IRGC-QF | Qods Force
  role: IRN MIL

[actor] IRGC Navy | Revolutionary Guards navy | IRGC Aerospace Force | IRGC Ground Force
  role: IRN MIL

[actor] Basij | Basij militia | Basij Resistance Force | Basiji
  role: IRN MIL

[actor] Ministry of Intelligence of Iran | Iran's Ministry of Intelligence | MOIS | Iranian intelligence ministry | Iran's intelligence ministry
  role: IRN GOV SPY

[actor] Supreme National Security Council | SNSC | Iran's Supreme National Security Council
  role: IRN GOV

[actor] Guardian Council | Council of Guardians
  role: IRN GOV

[actor] Assembly of Experts
  role: IRN GOV

[actor] Expediency Council | Expediency Discernment Council
  role: IRN GOV

[actor] Atomic Energy Organization of Iran | AEOI | Iran's Atomic Energy Organization
  role: IRN GOV

[actor] Mossad | Israeli Mossad | Mossad spy agency
  role: ISR SPY

[actor] Israel Prison Service | Israel Prisons Service
  role: ISR COP

[actor] Israel Police | Israeli police force
  role: ISR COP

[actor] Israeli Border Police | Israel Border Police | Magav
  role: ISR COP

[actor] COGAT | Coordinator of Government Activities in the Territories
  role: ISR MIL

[actor] General Intelligence Directorate | Saudi General Intelligence Presidency | General Intelligence Presidency
  # the name is Saudi Arabia's and Jordan's; a modifier gives the country
  role: - SPY

[actor] Egyptian General Intelligence Service | Egyptian General Intelligence | Egyptian intelligence agency
  role: EGY SPY

# ---------------------------------------------------------------------------
# United States and Western state agencies (not metonyms)
# ---------------------------------------------------------------------------

[actor] Central Intelligence Agency | CIA
  role: USA SPY

[actor] Federal Bureau of Investigation | FBI
  # federal law enforcement (and domestic intelligence): police first
  role: USA COP

[actor] National Security Agency | NSA
  role: USA SPY

[actor] Office of the Director of National Intelligence | ODNI | Director of National Intelligence | DNI
  role: USA GOV SPY

[actor] Defense Intelligence Agency | DIA
  role: USA MIL SPY

[actor] Department of Homeland Security | DHS | Homeland Security Department
  role: USA GOV

[actor] Immigration and Customs Enforcement | ICE | US Immigration and Customs Enforcement | U.S. Immigration and Customs Enforcement
  # "ICE" capitals only
  role: USA COP

[actor] Customs and Border Protection | CBP | US Customs and Border Protection | U.S. Customs and Border Protection | US Border Patrol | U.S. Border Patrol
  role: USA COP

[actor] Drug Enforcement Administration | DEA
  role: USA COP

[actor] US Secret Service | U.S. Secret Service
  role: USA COP

[actor] Department of Justice | Justice Department | DOJ | US Justice Department | U.S. Justice Department
  role: USA GOV JUD

[actor] Treasury Department | US Treasury | U.S. Treasury | Department of the Treasury | Office of Foreign Assets Control | OFAC
  role: USA GOV

[actor] Commerce Department | US Commerce Department | U.S. Commerce Department | Department of Commerce | Bureau of Industry and Security
  role: USA GOV

[actor] Office of the US Trade Representative | US Trade Representative | U.S. Trade Representative | USTR
  role: USA GOV

[actor] USAID | US Agency for International Development | U.S. Agency for International Development | United States Agency for International Development
  role: USA GOV DEV

[actor] Federal Reserve | US Federal Reserve | U.S. Federal Reserve | the Fed
  role: USA GOV

[actor] CENTCOM | US Central Command | U.S. Central Command
  role: USA MIL

[actor] AFRICOM | US Africa Command | U.S. Africa Command
  role: USA MIL

[actor] EUCOM | US European Command | U.S. European Command
  role: USA MIL

[actor] INDOPACOM | US Indo-Pacific Command | U.S. Indo-Pacific Command
  role: USA MIL

[actor] SOUTHCOM | US Southern Command | U.S. Southern Command
  role: USA MIL

[actor] Joint Chiefs of Staff | Joint Chiefs | chairman of the Joint Chiefs of Staff
  role: USA MIL

[actor] US National Guard | U.S. National Guard
  # other countries' national guards: the agent "national guard" (agents.lex)
  role: USA MIL

[actor] Fifth Fleet | US Fifth Fleet | Sixth Fleet | Seventh Fleet | US Seventh Fleet
  role: USA MIL

[actor] MI5 | Security Service MI5
  role: GBR SPY

[actor] MI6 | Secret Intelligence Service | SIS
  role: GBR SPY

[actor] GCHQ | Government Communications Headquarters
  role: GBR SPY

[actor] Metropolitan Police | Met Police | London's Metropolitan Police
  role: GBR COP

[actor] Royal Navy | British Royal Navy
  role: GBR MIL

[actor] Royal Air Force | RAF
  role: GBR MIL

[actor] British Army
  role: GBR MIL

[actor] Bundeswehr
  role: DEU MIL

[actor] Federal Intelligence Service of Germany | Germany's Federal Intelligence Service | BND
  role: DEU SPY

[actor] Office for the Protection of the Constitution | Federal Office for the Protection of the Constitution | BfV
  role: DEU SPY

[actor] DGSE | France's foreign intelligence service
  role: FRA SPY

[actor] DGSI
  role: FRA SPY

[actor] Canadian Security Intelligence Service | CSIS
  role: CAN SPY

[actor] Royal Canadian Mounted Police | RCMP | Mounties
  role: CAN COP

[actor] Australian Security Intelligence Organisation | ASIO
  role: AUS SPY

[actor] Australian Defence Force
  role: AUS MIL

[actor] Inter-Services Intelligence | ISI | Pakistan's Inter-Services Intelligence
  # Pakistan's military intelligence; "ISI" in text is this agency (the
  # group code ISI for Islamic State is unrelated)
  role: PAK MIL SPY

[actor] Inter-Services Public Relations | ISPR
  # the Pakistani military's media wing
  role: PAK MIL

[actor] Research and Analysis Wing | R&AW | RAW
  # India's foreign intelligence; "RAW" capitals only
  role: IND SPY

[actor] Central Bureau of Investigation
  # India's
  role: IND COP

[actor] National Investigation Agency | NIA
  # India's counter-terrorism agency
  role: IND COP

[actor] Enforcement Directorate
  # India's
  role: IND COP

[actor] National Intelligence Service of South Korea | South Korea's National Intelligence Service
  role: KOR SPY

# ---------------------------------------------------------------------------
# United States, Europe: parties
# ---------------------------------------------------------------------------

[actor] Democratic Party | Democrats | US Democrats | U.S. Democrats | Democratic National Committee | DNC | House Democrats | Senate Democrats | congressional Democrats | Democratic lawmakers
  # US usage; "Social Democrats", "Liberal Democrats" etc. are separate,
  # longer entries.  GOV while a Democrat is president, OPP otherwise.
  role: USA GOV 2021-01-20..2025-01-19
  role: USA OPP 2017-01-20..2021-01-19
  role: USA GOV 2009-01-20..2017-01-19
  role: USA OPP 2001-01-20..2009-01-19
  role: USA OPP 2025-01-20..
  role: USA

[actor] Republican Party | Republicans | GOP | US Republicans | U.S. Republicans | Republican National Committee | RNC | House Republicans | Senate Republicans | congressional Republicans | Republican lawmakers
  role: USA GOV 2025-01-20..
  role: USA OPP 2021-01-20..2025-01-19
  role: USA GOV 2017-01-20..2021-01-19
  role: USA OPP 2009-01-20..2017-01-19
  role: USA GOV 2001-01-20..2009-01-19
  role: USA

[actor] Conservative Party | Tories | Tory party | British Conservatives | UK Conservatives | Conservative and Unionist Party
  # British usage; bare "Conservatives" left out (Iran's, Canada's, ... conservatives)
  role: GBR OPP 2024-07-05..
  role: GBR GOV 2010-05-11..2024-07-04
  role: GBR OPP 1997-05-02..2010-05-10
  role: GBR

[actor] Labour Party | British Labour Party | UK Labour | British Labour | Labour government | Labour Party of Britain
  # bare "Labour" left out: matching is case-insensitive and "labour" is a
  # common noun
  role: GBR GOV 2024-07-05..
  role: GBR OPP 2010-05-11..2024-07-04
  role: GBR GOV 1997-05-02..2010-05-10
  role: GBR

[actor] Liberal Democrats | Lib Dems | Lib Dem | Liberal Democrat party
  # Britain's
  role: GBR

[actor] Reform UK | Reform party UK | Brexit Party
  role: GBR OPP

[actor] UK Independence Party | Ukip
  # "Ukip" in title case matches "UKIP" too
  role: GBR

[actor] British National Party
  # far right, outside Parliament
  role: GBR RAD

[actor] Scottish National Party | SNP
  role: GBR

[actor] Democratic Unionist Party | DUP
  role: GBR

[actor] Sinn Fein | Sinn Féin
  # all-Ireland party: main opposition in Dublin, first minister's party in Belfast (2024-)
  role: IRL OPP

[actor] Fianna Fail | Fianna Fáil
  role: IRL GOV 2020-06-27..
  role: IRL

[actor] Fine Gael
  role: IRL GOV 2011-03-09..
  role: IRL

[actor] Irish Republican Army | IRA | Provisional IRA | New IRA | Real IRA | Continuity IRA
  role: GBR UAF

[actor] Ulster Volunteer Force | UVF | Ulster Defence Association | UDA
  role: GBR UAF

[actor] ETA | Basque separatist group ETA | Euskadi Ta Askatasuna
  role: ESP SEP

[actor] Christian Democratic Union | CDU | Christian Democrats | CDU/CSU
  # Germany's; "Christian Democrats" in English news is mostly the CDU
  role: DEU GOV 2025-05-06..
  role: DEU OPP 2021-12-08..2025-05-05
  role: DEU GOV 2005-11-22..2021-12-07
  role: DEU

[actor] Christian Social Union | CSU
  role: DEU GOV 2025-05-06..
  role: DEU OPP 2021-12-08..2025-05-05
  role: DEU GOV 2005-11-22..2021-12-07
  role: DEU

[actor] Social Democratic Party of Germany | SPD | German Social Democrats | Germany's Social Democrats
  role: DEU GOV 2013-12-17..
  role: DEU

[actor] Social Democrats | Social Democratic Party
  # Germany's, Denmark's, Sweden's, ...: the country comes from a modifier
  # ("Denmark's Social Democrats"); bare, no country
  role: -

[actor] Alternative for Germany | Alternative fuer Deutschland | Alternative für Deutschland | AfD
  role: DEU OPP

[actor] Free Democratic Party | Free Democrats | FDP
  role: DEU GOV 2021-12-08..2024-11-07
  role: DEU

[actor] Alliance 90/The Greens | German Greens | Germany's Greens
  role: DEU GOV 2021-12-08..2025-05-05
  role: DEU

[actor] Sahra Wagenknecht Alliance | BSW
  role: DEU OPP

[actor] Die Linke | Left Party
  role: DEU OPP

[actor] National Rally | Rassemblement National | National Front | Front National
  # France's far right (renamed 2018); "National Front" is also the old name
  role: FRA OPP

[actor] La France Insoumise | France Unbowed | LFI
  role: FRA OPP

[actor] Renaissance party | La Republique en Marche | La République En Marche | LREM | En Marche | Ensemble coalition
  # Macron's party
  role: FRA GOV 2017-05-14..
  role: FRA

[actor] The Republicans party | Les Republicains | Les Républicains
  role: FRA

[actor] French Socialist Party | France's Socialist Party | Parti Socialiste
  role: FRA

[actor] Brothers of Italy | Fratelli d'Italia
  role: ITA GOV 2022-10-22..
  role: ITA OPP

[actor] League party | Lega | Northern League | Lega Nord
  # Italy's
  role: ITA

[actor] Five Star Movement | 5-Star Movement | M5S
  role: ITA

[actor] Forza Italia
  role: ITA

[actor] Democratic Party of Italy | Italy's Democratic Party | Partito Democratico
  role: ITA OPP 2022-10-22..
  role: ITA

[actor] Spanish Socialist Workers' Party | PSOE | Spain's Socialists
  role: ESP GOV 2018-06-02..
  role: ESP

[actor] People's Party of Spain | Spain's People's Party | Partido Popular
  role: ESP OPP 2018-06-02..
  role: ESP GOV 2011-12-21..2018-06-01
  role: ESP

[actor] Vox party | Spain's Vox
  role: ESP OPP

[actor] Podemos
  role: ESP

[actor] Junts | Junts per Catalunya | Together for Catalonia
  role: ESP

[actor] Fidesz
  role: HUN GOV 2010-05-29..
  role: HUN

[actor] Tisza party
  role: HUN OPP

[actor] Law and Justice | PiS | Law and Justice party
  role: POL OPP 2023-12-13..
  role: POL GOV 2015-11-16..2023-12-12
  role: POL OPP 2007-11-16..2015-11-15
  role: POL

[actor] Civic Platform | Civic Coalition
  role: POL GOV 2023-12-13..
  role: POL OPP 2015-11-16..2023-12-12
  role: POL GOV 2007-11-16..2015-11-15
  role: POL

[actor] Party for Freedom | PVV
  role: NLD

[actor] Freedom Party of Austria | FPOe | FPÖ | FPO | Austria's Freedom Party
  role: AUT

[actor] Sweden Democrats
  role: SWE

[actor] Finns Party | True Finns
  role: FIN

[actor] Syriza
  role: GRC

[actor] New Democracy | Nea Dimokratia
  role: GRC GOV 2019-07-08..
  role: GRC

[actor] Golden Dawn
  role: GRC RAD

[actor] Serbian Progressive Party | SNS
  role: SRB GOV

[actor] Vetevendosje | Vetëvendosje | Self-Determination Movement
  role: XKX GOV 2021-03-22..
  role: XKX

# ---------------------------------------------------------------------------
# The Americas
# ---------------------------------------------------------------------------

[actor] Liberal Party of Canada | Canada's Liberal Party | Canadian Liberals
  role: CAN GOV 2015-11-04..
  role: CAN

[actor] Conservative Party of Canada | Canada's Conservatives | Canadian Conservatives | Canada's Conservative Party
  role: CAN OPP 2015-11-04..
  role: CAN

[actor] Bloc Quebecois | Bloc Québécois
  role: CAN

[actor] Morena | National Regeneration Movement
  role: MEX GOV 2018-12-01..
  role: MEX

[actor] Institutional Revolutionary Party | PRI
  role: MEX

[actor] National Action Party | PAN
  # Mexico's; "PAN" capitals only
  role: MEX

[actor] Zapatista Army of National Liberation | EZLN | Zapatistas
  role: MEX REB

[actor] Sinaloa Cartel
  role: MEX CRM

[actor] Jalisco New Generation Cartel | CJNG | Jalisco cartel
  role: MEX CRM

[actor] Gulf Cartel
  role: MEX CRM

[actor] Los Zetas | Zetas
  role: MEX CRM

[actor] Tren de Aragua
  role: VEN CRM

[actor] Cartel de los Soles | Cartel of the Suns
  role: VEN CRM

[actor] MS-13 | Mara Salvatrucha
  role: SLV CRM

[actor] Barrio 18 | 18th Street gang
  role: SLV CRM

[actor] Viv Ansanm | G9 gang alliance | G9 an Fanmi e Alye | G9 alliance | 400 Mawozo
  role: HTI CRM

[actor] Revolutionary Armed Forces of Colombia | Farc | FARC rebels | FARC-EP
  role: COL REB

[actor] FARC dissidents | Estado Mayor Central | Segunda Marquetalia | FARC dissident groups
  role: COL REB

[actor] Comunes | Commons party
  # FARC's political party after the 2016 peace deal
  role: COL

[actor] National Liberation Army of Colombia | Colombia's National Liberation Army | ELN | ELN rebels | ELN guerrillas
  # bare "National Liberation Army" left out (other countries' groups share the name)
  role: COL REB

[actor] Clan del Golfo | Gulf Clan | Gaitanista Self-Defense Forces of Colombia | Urabenos | Urabeños
  role: COL CRM

[actor] Shining Path | Sendero Luminoso
  role: PER REB

[actor] United Socialist Party of Venezuela | PSUV
  role: VEN GOV

[actor] Democratic Unitary Platform | Unitary Platform | Plataforma Unitaria | Vente Venezuela
  role: VEN OPP

[actor] Workers' Party | Workers Party of Brazil | Brazil's Workers' Party
  # Brazil's; the North Korean and other Workers' Parties are longer entries
  role: BRA GOV 2023-01-01..
  role: BRA OPP 2016-08-31..2022-12-31
  role: BRA GOV 2003-01-01..2016-08-30
  role: BRA

[actor] Liberal Party of Brazil | Brazil's Liberal Party
  # Bolsonaro's party
  role: BRA

[actor] Peronists | Peronist party | Justicialist Party | Union for the Homeland
  role: ARG

[actor] La Libertad Avanza | Liberty Advances
  role: ARG GOV 2023-12-10..
  role: ARG

[actor] Communist Party of Cuba | Cuban Communist Party
  role: CUB GOV

[actor] Sandinista National Liberation Front | Sandinistas | FSLN
  role: NIC GOV 2007-01-10..
  role: NIC

[actor] Nuevas Ideas | New Ideas party
  role: SLV GOV

[actor] Movement for Socialism | MAS
  # Bolivia's; "MAS" capitals only
  role: BOL

[actor] Communist Party | Communists
  # any country's: the country comes from a modifier ("Vietnam's Communist
  # Party"); with a group code the modifier would be ignored, so no +CMN
  role: -

[actor] Australian Labor Party | Labor Party of Australia | Australia's Labor Party | Australian Labor | Australia's Labor government
  role: AUS GOV 2022-05-23..
  role: AUS OPP 2013-09-18..2022-05-22
  role: AUS

[actor] Liberal Party of Australia | Australia's Liberal Party | Liberal-National coalition
  role: AUS OPP 2022-05-23..
  role: AUS GOV 2013-09-18..2022-05-22
  role: AUS

[actor] New Zealand Labour Party | New Zealand Labour | New Zealand's Labour Party
  role: NZL

[actor] Norwegian Labour Party | Norway's Labour Party | Labour Party of Norway
  role: NOR GOV 2021-10-14..
  role: NOR
