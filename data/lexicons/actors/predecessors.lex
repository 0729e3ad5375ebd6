# Former heads of state and government since 2000 (people in office on or after
# 2000-01-01) for the G20 countries, the Middle East and North Africa, and the
# former Presidents of the European Commission and of the European Council.
# Format: docs/lexicon.md ([actor] entries).  Current office-holders are in
# heads.lex (with their earlier terms), ministers in ministers.lex.
#
# Conventions (as in heads.lex)
# - One block per person; several dated role lines when the person held
#   several offices; ranges inclusive; in one block ranges never touch.
# - The outgoing leader's range ends on the day the successor took office.
# - After leaving office: fallback `role: ISO3` (no type), or a dated OPP
#   range while the person led the opposition (CODING_GUIDELINE: OPP =
#   opposition parties and their politicians).
# - Surnames alone only when distinctive; shared surnames (Bush father/son,
#   Hariri, Aoun, Sharif, Assad father/son, Kirchner...) are given to one
#   person at most, or to none.
# - "# date uncertain": best known date, the exact day may be off.
#
# Countries: ARE ARG AUS BHR BRA CAN CHN DEU DZA EGY FRA GBR IDN IND IRN IRQ
# ISR ITA JOR JPN KOR KWT LBN LBY MAR MEX OMN PSE QAT RUS SAU SYR TUN TUR
# USA YEM ZAF, then the European Union.

# ARE — United Arab Emirates
[actor] Zayed bin Sultan Al Nahyan | Sheikh Zayed bin Sultan Al Nahyan | Zayed bin Sultan | Sheikh Zayed | Zayed bin Sultan al-Nahyan
  note: Founding President of the UAE 1971-2004, ruler of Abu Dhabi
  gender: m
  role: ARE GOV 1971-12-02..2004-11-02
  role: ARE

[actor] Khalifa bin Zayed Al Nahyan | Sheikh Khalifa bin Zayed Al Nahyan | Khalifa bin Zayed | Sheikh Khalifa bin Zayed | Khalifa bin Zayed al-Nahyan
  note: President of the UAE and ruler of Abu Dhabi 2004-2022 (died 2022-05-13)
  gender: m
  role: ARE GOV 2004-11-03..2022-05-13
  role: ARE

[actor] Maktoum bin Rashid Al Maktoum | Sheikh Maktoum bin Rashid Al Maktoum | Maktoum bin Rashid | Sheikh Maktoum bin Rashid
  note: Vice-President and Prime Minister of the UAE, ruler of Dubai, 1990-2006 (died 2006-01-04)
  gender: m
  role: ARE GOV 1990-10-07..2006-01-04      # date uncertain
  role: ARE

# ARG — Argentina (no bare "Kirchner" or "Fernández": Néstor/Cristina, Alberto Fernández)
[actor] Fernando de la Rúa | Fernando de la Rua | De la Rúa | De la Rua
  note: President of Argentina 1999-2001 (resigned in the December 2001 crisis)
  gender: m
  role: ARG GOV 1999-12-10..2001-12-21
  role: ARG

[actor] Eduardo Duhalde | Duhalde
  note: President of Argentina 2002-2003 (appointed by Congress)
  gender: m
  role: ARG GOV 2002-01-02..2003-05-25
  role: ARG

[actor] Néstor Kirchner | Nestor Kirchner
  note: President of Argentina 2003-2007 (died 2010-10-27)
  gender: m
  role: ARG GOV 2003-05-25..2007-12-10
  role: ARG

[actor] Cristina Fernández de Kirchner | Cristina Fernandez de Kirchner | Cristina Kirchner | Cristina Fernández | Cristina Fernandez | CFK
  note: President of Argentina 2007-2015, Vice-President 2019-2023; Peronist leader (under house arrest from June 2025)
  gender: f
  role: ARG OPP 2023-12-11..                # Justicialist Party president, opposition leader
  role: ARG GOV 2019-12-10..2023-12-10      # vice-president
  role: ARG OPP 2015-12-11..2019-12-09      # opposition senator and leader
  role: ARG GOV 2007-12-10..2015-12-10
  role: ARG

[actor] Mauricio Macri | Macri
  note: President of Argentina 2015-2019 (mayor of Buenos Aires 2007-2015)
  gender: m
  role: ARG GOV 2015-12-10..2019-12-10
  role: ARG OPP 2019-12-11..2023-12-09      # PRO leader, opposition
  role: ARG

[actor] Alberto Fernández | Alberto Fernandez
  note: President of Argentina 2019-2023
  gender: m
  role: ARG GOV 2019-12-10..2023-12-10
  role: ARG

# AUS — Australia (no bare "Howard", "Abbott", "Morrison": common or shared surnames)
[actor] John Howard | John Winston Howard
  note: Prime Minister of Australia 1996-2007
  gender: m
  role: AUS GOV 1996-03-11..2007-12-03
  role: AUS

[actor] Kevin Rudd | Rudd
  note: Prime Minister of Australia 2007-2010 and 2013; foreign minister 2010-2012; ambassador to the US 2023-2025
  gender: m
  role: AUS GOV 2023-03-20..2025-03-31      # ambassador to the United States; date uncertain
  role: AUS GOV 2013-06-27..2013-09-18
  role: AUS GOV 2010-09-14..2012-02-22      # foreign minister
  role: AUS GOV 2007-12-03..2010-06-24
  role: AUS OPP 2006-12-04..2007-12-02      # Leader of the Opposition
  role: AUS

[actor] Julia Gillard | Gillard
  note: Prime Minister of Australia 2010-2013
  gender: f
  role: AUS GOV 2007-12-03..2013-06-27      # deputy prime minister, prime minister from 2010-06-24
  role: AUS

[actor] Tony Abbott
  note: Prime Minister of Australia 2013-2015
  gender: m
  role: AUS GOV 2013-09-18..2015-09-15
  role: AUS OPP 2009-12-01..2013-09-17      # Leader of the Opposition
  role: AUS

[actor] Malcolm Turnbull | Turnbull
  note: Prime Minister of Australia 2015-2018
  gender: m
  role: AUS GOV 2013-09-18..2018-08-24      # communications minister, prime minister from 2015-09-15
  role: AUS OPP 2008-09-16..2009-12-01      # Leader of the Opposition
  role: AUS

[actor] Scott Morrison | ScoMo
  note: Prime Minister of Australia 2018-2022
  gender: m
  role: AUS GOV 2013-09-18..2022-05-23      # immigration, social services, treasurer, prime minister from 2018-08-24
  role: AUS

# BHR — Bahrain
[actor] Khalifa bin Salman Al Khalifa | Sheikh Khalifa bin Salman Al Khalifa | Khalifa bin Salman | Sheikh Khalifa bin Salman | Khalifa bin Salman al-Khalifa
  note: Prime Minister of Bahrain 1970-2020 (the world's longest-serving; died 2020-11-11)
  gender: m
  role: BHR GOV 1970-01-19..2020-11-11      # date uncertain (prime minister from independence, 1971-08-15)
  role: BHR

# BRA — Brazil (Lula in heads.lex)
[actor] Fernando Henrique Cardoso | FHC
  note: President of Brazil 1995-2002
  gender: m
  role: BRA GOV 1995-01-01..2002-12-31
  role: BRA

[actor] Dilma Rousseff | Rousseff | Dilma
  note: President of Brazil 2011-2016 (suspended 2016-05-12, removed 2016-08-31); President of the New Development Bank (BRICS) since 2023
  gender: f
  role: - IGO 2023-03-24..                  # president of the New Development Bank
  role: BRA GOV 2011-01-01..2016-05-11
  role: BRA GOV 2005-06-21..2010-03-31      # Lula's chief of staff; date uncertain
  role: BRA

[actor] Michel Temer | Temer
  note: President of Brazil 2016-2018 (acting from 2016-05-12); vice-president 2011-2016
  gender: m
  role: BRA GOV 2011-01-01..2018-12-31
  role: BRA

# "Bolsonaro": Jair Bolsonaro; his sons Flávio, Eduardo and Carlos Bolsonaro need full-name entries.
[actor] Jair Bolsonaro | Jair Messias Bolsonaro | Bolsonaro
  note: President of Brazil 2019-2022; convicted in 2025 over the coup plot
  gender: m
  role: BRA GOV 2019-01-01..2022-12-31
  role: BRA OPP 2023-01-01..2025-11-21      # leader of the right-wing opposition until his imprisonment; end date uncertain
  role: BRA LEG 1991-02-01..2018-12-31      # federal deputy
  role: BRA

# CAN — Canada
[actor] Jean Chrétien | Jean Chretien | Chrétien | Chretien
  note: Prime Minister of Canada 1993-2003
  gender: m
  role: CAN GOV 1993-11-04..2003-12-12
  role: CAN

[actor] Paul Martin | Paul Edgar Philippe Martin
  note: Prime Minister of Canada 2003-2006 (finance minister 1993-2002)
  gender: m
  role: CAN GOV 2003-12-12..2006-02-06
  role: CAN GOV 1993-11-04..2002-06-02      # finance minister
  role: CAN

[actor] Stephen Harper | Harper
  note: Prime Minister of Canada 2006-2015
  gender: m
  role: CAN GOV 2006-02-06..2015-11-04
  role: CAN OPP 2004-03-20..2006-02-05      # Conservative leader, Leader of the Opposition
  role: CAN OPP 2002-05-21..2003-12-07      # Canadian Alliance leader, Leader of the Opposition
  role: CAN

[actor] Justin Trudeau | Trudeau
  note: Prime Minister of Canada 2015-2025 (his father Pierre Trudeau was PM 1968-1979 and 1980-1984)
  gender: m
  role: CAN GOV 2015-11-04..2025-03-14
  role: CAN

# CHN — China (no bare "Hu", "Jiang", "Wen", "Li")
[actor] Jiang Zemin
  note: General Secretary of the Communist Party 1989-2002, President of China 1993-2003, chairman of the Central Military Commission until 2004 (died 2022-11-30)
  gender: m
  role: CHN GOV 1989-06-24..2004-09-19
  role: CHN

[actor] Hu Jintao
  note: General Secretary 2002-2012, President of China 2003-2013 (vice-president 1998-2003)
  gender: m
  role: CHN GOV 1998-03-16..2013-03-14
  role: CHN

[actor] Zhu Rongji
  note: Premier of China 1998-2003
  gender: m
  role: CHN GOV 1998-03-17..2003-03-16
  role: CHN

[actor] Wen Jiabao
  note: Premier of China 2003-2013
  gender: m
  role: CHN GOV 2003-03-16..2013-03-15
  role: CHN

[actor] Li Keqiang
  note: Premier of China 2013-2023 (first vice-premier 2008-2013; died 2023-10-27)
  gender: m
  role: CHN GOV 2008-03-17..2023-03-11
  role: CHN

# DEU — Germany (Steinmeier and Merz in heads.lex; von der Leyen under EU in heads.lex)
[actor] Gerhard Schröder | Gerhard Schroeder | Gerhard Schroder
  note: Chancellor of Germany 1998-2005 (later chairman of Russian energy companies' boards)
  gender: m
  role: DEU GOV 1998-10-27..2005-11-22
  role: DEU

[actor] Angela Merkel | Merkel
  note: Chancellor of Germany 2005-2021
  gender: f
  role: DEU GOV 2005-11-22..2021-12-08
  role: DEU OPP 2000-04-10..2005-11-21      # CDU leader in opposition (and parliamentary leader from 2002)
  role: DEU

[actor] Olaf Scholz | Scholz
  note: Chancellor of Germany 2021-2025 (vice-chancellor and finance minister 2018-2021, mayor of Hamburg 2011-2018)
  gender: m
  role: DEU GOV 2018-03-14..2025-05-06      # finance minister and vice-chancellor, chancellor from 2021-12-08
  role: DEU GOV 2011-03-07..2018-03-13      # First Mayor of Hamburg (a state government)
  role: DEU GOV 2007-11-21..2009-10-27      # labour minister
  role: DEU

[actor] Johannes Rau
  note: Federal President of Germany 1999-2004
  gender: m
  role: DEU GOV 1999-07-01..2004-06-30
  role: DEU

[actor] Horst Köhler | Horst Koehler | Horst Kohler
  note: Federal President of Germany 2004-2010; managing director of the IMF 2000-2004
  gender: m
  role: DEU GOV 2004-07-01..2010-05-31
  role: - +IMF IGO 2000-05-01..2004-03-04
  role: DEU

[actor] Christian Wulff | Wulff
  note: Federal President of Germany 2010-2012 (minister-president of Lower Saxony 2003-2010)
  gender: m
  role: DEU GOV 2003-03-04..2012-02-17      # minister-president of Lower Saxony, federal president from 2010-06-30
  role: DEU

[actor] Joachim Gauck | Gauck
  note: Federal President of Germany 2012-2017
  gender: m
  role: DEU GOV 2012-03-18..2017-03-18
  role: DEU

# DZA — Algeria (Tebboune and the current prime minister in heads.lex)
[actor] Abdelaziz Bouteflika | Bouteflika
  note: President of Algeria 1999-2019 (resigned 2019-04-02 after the Hirak protests; died 2021-09-17); foreign minister 1963-1979
  gender: m
  role: DZA GOV 1999-04-27..2019-04-02
  role: DZA

[actor] Abdelkader Bensalah | Bensalah | Abdelkader Ben Salah
  note: Interim President of Algeria 2019 (President of the Council of the Nation 2002-2019)
  gender: m
  role: DZA GOV 2019-04-09..2019-12-19
  role: DZA LEG 2002-07-02..2019-04-08      # President of the Council of the Nation (senate)
  role: DZA

[actor] Ahmed Benbitour | Benbitour
  note: Prime Minister of Algeria 1999-2000, later an opposition figure
  gender: m
  role: DZA GOV 1999-12-23..2000-08-26
  role: DZA

[actor] Ali Benflis | Benflis
  note: Prime Minister of Algeria 2000-2003, then opposition candidate (2004, 2014, 2019)
  gender: m
  role: DZA GOV 2000-08-26..2003-05-05
  role: DZA OPP 2003-05-06..2020-12-31      # opposition candidate, Talaie El Houriat leader; end date uncertain
  role: DZA

[actor] Ahmed Ouyahia | Ouyahia
  note: Prime Minister of Algeria 1995-1998, 2003-2006, 2008-2012, 2017-2019 (jailed for corruption from 2019)
  gender: m
  role: DZA GOV 2017-08-15..2019-03-11
  role: DZA GOV 2008-06-23..2012-09-03
  role: DZA GOV 2003-05-05..2006-05-24
  role: DZA GOV 1995-12-31..1998-12-15
  role: DZA

[actor] Abdelaziz Belkhadem | Belkhadem
  note: Prime Minister of Algeria 2006-2008 (foreign minister 2000-2005)
  gender: m
  role: DZA GOV 2000-07-26..2008-06-23      # foreign minister, minister of state, prime minister from 2006-05-24; date uncertain
  role: DZA

[actor] Abdelmalek Sellal | Sellal
  note: Prime Minister of Algeria 2012-2017 (except March-April 2014, when he ran Bouteflika's campaign); jailed from 2019
  gender: m
  role: DZA GOV 2014-04-28..2017-05-24
  role: DZA GOV 2012-09-03..2014-03-13
  role: DZA

[actor] Noureddine Bedoui | Bedoui
  note: Prime Minister of Algeria 2019 (interior minister 2015-2019)
  gender: m
  role: DZA GOV 2015-05-14..2019-12-19      # interior minister, prime minister from 2019-03-11; date uncertain
  role: DZA

[actor] Abdelaziz Djerad | Djerad
  note: Prime Minister of Algeria 2019-2021
  gender: m
  role: DZA GOV 2019-12-28..2021-06-30
  role: DZA

[actor] Aymen Benabderrahmane | Benabderrahmane
  note: Prime Minister of Algeria 2021-2023 (finance minister 2020-2021, governor of the central bank 2019-2020)
  gender: m
  role: DZA GOV 2020-06-23..2023-11-11      # finance minister, prime minister from 2021-06-30; date uncertain
  role: DZA

[actor] Nadir Larbaoui | Larbaoui | Mohamed Nadir Larbaoui
  note: Prime Minister of Algeria 2023-2025 (dismissed 2025-08-28)
  gender: m
  role: DZA GOV 2023-11-11..2025-08-28
  role: DZA

# EGY — Egypt (al-Sisi and Madbouly in heads.lex)
[actor] Hosni Mubarak | Mohamed Hosni Mubarak | Muhammad Hosni Mubarak | Mubarak
  note: President of Egypt 1981-2011 (resigned 2011-02-11; died 2020-02-25); sons Gamal and Alaa need full names
  gender: m
  role: EGY GOV 1975-04-16..2011-02-11      # vice-president, president from 1981-10-14
  role: EGY

[actor] Mohamed Hussein Tantawi | Hussein Tantawi | Mohammed Hussein Tantawi | Field Marshal Tantawi | Tantawi
  note: Defence minister 1991-2012; head of the Supreme Council of the Armed Forces ruling Egypt 2011-02-11..2012-06-30 (died 2021)
  gender: m
  role: EGY GOV MIL 1991-05-20..2012-08-12
  role: EGY MIL

[actor] Mohamed Morsi | Mohammed Morsi | Mohamed Mursi | Mohammed Mursi | Mohamed Morsy | Morsi | Mursi | Morsy
  note: President of Egypt 2012-2013 (Muslim Brotherhood, Freedom and Justice Party; ousted 2013-07-03, died in custody 2019-06-17)
  gender: m
  role: EGY GOV 2012-06-30..2013-07-03
  role: EGY +MBR

[actor] Adly Mansour | Adli Mansour | Adly Mahmoud Mansour
  note: Interim President of Egypt 2013-2014; president of the Supreme Constitutional Court
  gender: m
  role: EGY GOV 2013-07-04..2014-06-08
  role: EGY JUD

[actor] Atef Ebeid | Atef Obeid
  note: Prime Minister of Egypt 1999-2004
  gender: m
  role: EGY GOV 1999-10-05..2004-07-14
  role: EGY

[actor] Ahmed Nazif | Nazif
  note: Prime Minister of Egypt 2004-2011
  gender: m
  role: EGY GOV 1999-10-05..2011-01-29      # communications minister, prime minister from 2004-07-14
  role: EGY

[actor] Ahmed Shafik | Ahmed Shafiq | Shafik | Shafiq
  note: Prime Minister of Egypt January-March 2011 (civil aviation minister 2002-2011; air force commander); runner-up in the 2012 presidential election
  gender: m
  role: EGY GOV 2002-09-18..2011-03-03      # civil aviation minister, prime minister from 2011-01-29; date uncertain
  role: EGY

[actor] Essam Sharaf | Essam Abdel-Aziz Sharaf
  note: Prime Minister of Egypt 2011
  gender: m
  role: EGY GOV 2011-03-03..2011-12-07
  role: EGY

[actor] Kamal Ganzouri | Kamal el-Ganzouri | Kamal al-Ganzouri | Ganzouri
  note: Prime Minister of Egypt 1996-1999 and 2011-2012 (died 2021)
  gender: m
  role: EGY GOV 2011-12-07..2012-08-02
  role: EGY GOV 1996-01-04..1999-10-05
  role: EGY

[actor] Hesham Qandil | Hisham Qandil | Hesham Kandil | Qandil | Kandil
  note: Prime Minister of Egypt 2012-2013 (under Morsi)
  gender: m
  role: EGY GOV 2011-07-21..2013-07-08      # irrigation minister, prime minister from 2012-08-02; date uncertain
  role: EGY

[actor] Hazem el-Beblawi | Hazem al-Beblawi | Hazem Beblawi | Beblawi
  note: Prime Minister of Egypt 2013-2014 (interim, after Morsi's ouster)
  gender: m
  role: EGY GOV 2013-07-09..2014-03-01
  role: EGY

[actor] Ibrahim Mahlab | Mahlab
  note: Prime Minister of Egypt 2014-2015
  gender: m
  role: EGY GOV 2013-07-16..2015-09-19      # housing minister, prime minister from 2014-03-01
  role: EGY

[actor] Sherif Ismail | Sharif Ismail
  note: Prime Minister of Egypt 2015-2018 (petroleum minister 2013-2015; died 2023)
  gender: m
  role: EGY GOV 2013-07-16..2018-06-07      # petroleum minister, prime minister from 2015-09-19
  role: EGY

# FRA — France (Macron and Lecornu in heads.lex)
[actor] Jacques Chirac | Chirac
  note: President of France 1995-2007 (prime minister 1974-1976 and 1986-1988; died 2019)
  gender: m
  role: FRA GOV 1995-05-17..2007-05-16
  role: FRA

[actor] Nicolas Sarkozy | Sarkozy
  note: President of France 2007-2012 (interior minister 2002-2004 and 2005-2007, finance minister 2004); convicted, jailed Oct-Nov 2025
  gender: m
  role: FRA GOV 2007-05-16..2012-05-15
  role: FRA GOV 2005-06-02..2007-03-26      # interior minister
  role: FRA GOV 2002-05-07..2004-11-29      # interior minister, then finance minister
  role: FRA

[actor] François Hollande | Francois Hollande | Hollande
  note: President of France 2012-2017 (Socialist Party first secretary 1997-2008)
  gender: m
  role: FRA GOV 2012-05-15..2017-05-14
  role: FRA

[actor] Lionel Jospin | Jospin
  note: Prime Minister of France 1997-2002
  gender: m
  role: FRA GOV 1997-06-03..2002-05-06
  role: FRA

[actor] Jean-Pierre Raffarin | Raffarin
  note: Prime Minister of France 2002-2005
  gender: m
  role: FRA GOV 2002-05-06..2005-05-31
  role: FRA

[actor] Dominique de Villepin | de Villepin | Villepin
  note: Prime Minister of France 2005-2007 (foreign minister 2002-2004, interior minister 2004-2005)
  gender: m
  role: FRA GOV 2002-05-07..2007-05-17      # foreign minister, interior minister, prime minister from 2005-05-31
  role: FRA

[actor] François Fillon | Francois Fillon | Fillon
  note: Prime Minister of France 2007-2012
  gender: m
  role: FRA GOV 2007-05-17..2012-05-15
  role: FRA

[actor] Jean-Marc Ayrault | Ayrault
  note: Prime Minister of France 2012-2014, foreign minister 2016-2017
  gender: m
  role: FRA GOV 2016-02-11..2017-05-17      # foreign minister
  role: FRA GOV 2012-05-15..2014-03-31
  role: FRA

[actor] Manuel Valls | Valls
  note: Prime Minister of France 2014-2016 (interior minister 2012-2014; overseas minister 2024-2025)
  gender: m
  role: FRA GOV 2024-12-23..2025-10-05      # minister for overseas France; end date uncertain
  role: FRA GOV 2012-05-16..2016-12-06      # interior minister, prime minister from 2014-03-31
  role: FRA

[actor] Bernard Cazeneuve | Cazeneuve
  note: Prime Minister of France 2016-2017 (interior minister 2014-2016)
  gender: m
  role: FRA GOV 2012-05-16..2017-05-15      # ministerial posts, interior minister from 2014-04-02, prime minister from 2016-12-06
  role: FRA

[actor] Édouard Philippe | Edouard Philippe
  note: Prime Minister of France 2017-2020 (no bare "Philippe": Belgium's king)
  gender: m
  role: FRA GOV 2017-05-15..2020-07-03
  role: FRA

[actor] Jean Castex | Castex
  note: Prime Minister of France 2020-2022
  gender: m
  role: FRA GOV 2020-07-03..2022-05-16
  role: FRA

# No bare "Borne" (an English word).
[actor] Élisabeth Borne | Elisabeth Borne
  note: Prime Minister of France 2022-2024 (transport, ecology, labour minister before; education minister 2024-2025)
  gender: f
  role: FRA GOV 2024-12-23..2025-10-05      # minister of education; end date uncertain
  role: FRA GOV 2017-05-17..2024-01-09      # ministerial posts, prime minister from 2022-05-16
  role: FRA

[actor] Gabriel Attal | Attal
  note: Prime Minister of France January-September 2024 (education minister 2023-2024)
  gender: m
  role: FRA GOV 2020-07-06..2024-09-05      # government spokesman, budget, education, prime minister from 2024-01-09; date uncertain
  role: FRA

[actor] Michel Barnier | Barnier
  note: Prime Minister of France September-December 2024; EU chief Brexit negotiator 2016-2021; foreign minister 2004-2005
  gender: m
  role: FRA GOV 2024-09-05..2024-12-13
  role: - +EEC IGO 2016-10-01..2021-03-31   # European Commission chief negotiator for Brexit; end date uncertain
  role: - +EEC IGO 2010-02-10..2014-10-31   # European Commissioner for the internal market
  role: FRA GOV 2004-03-31..2005-06-02      # foreign minister
  role: FRA

[actor] François Bayrou | Francois Bayrou | Bayrou
  note: Prime Minister of France 2024-2025 (lost a confidence vote 2025-09-08); MoDem leader
  gender: m
  role: FRA GOV 2024-12-13..2025-09-09
  role: FRA

# GBR — United Kingdom (Charles III and Starmer in heads.lex; no bare "May", "Brown", "Johnson")
[actor] Queen Elizabeth II | Elizabeth II | Queen Elizabeth
  note: Queen of the United Kingdom and the Commonwealth realms 1952-2022 (died 2022-09-08)
  gender: f
  role: GBR GOV 1952-02-06..2022-09-08
  role: GBR

[actor] Tony Blair | Blair
  note: Prime Minister of the United Kingdom 1997-2007; Quartet representative for the Middle East 2007-2015
  gender: m
  role: GBR GOV 1997-05-02..2007-06-27
  role: GBR OPP 1994-07-21..1997-05-01      # Labour leader, Leader of the Opposition
  role: GBR

[actor] Gordon Brown
  note: Prime Minister of the United Kingdom 2007-2010 (Chancellor of the Exchequer 1997-2007)
  gender: m
  role: GBR GOV 1997-05-02..2010-05-11
  role: GBR

[actor] David Cameron | Cameron
  note: Prime Minister of the United Kingdom 2010-2016; Foreign Secretary 2023-2024 (as Lord Cameron)
  gender: m
  role: GBR OPP 2024-07-06..2024-11-04      # shadow foreign secretary; date uncertain
  role: GBR GOV 2023-11-13..2024-07-05      # Foreign Secretary
  role: GBR GOV 2010-05-11..2016-07-13
  role: GBR OPP 2005-12-06..2010-05-10      # Conservative leader, Leader of the Opposition
  role: GBR

[actor] Theresa May
  note: Prime Minister of the United Kingdom 2016-2019 (Home Secretary 2010-2016)
  gender: f
  role: GBR GOV 2010-05-12..2019-07-24
  role: GBR

[actor] Boris Johnson
  note: Prime Minister of the United Kingdom 2019-2022; Foreign Secretary 2016-2018; Mayor of London 2008-2016
  gender: m
  role: GBR GOV 2019-07-24..2022-09-06
  role: GBR GOV 2016-07-13..2018-07-09      # Foreign Secretary
  role: GBR GOV 2008-05-04..2016-05-09      # Mayor of London
  role: GBR

[actor] Liz Truss | Elizabeth Truss | Truss
  note: Prime Minister of the United Kingdom September-October 2022 (Foreign Secretary 2021-2022)
  gender: f
  role: GBR GOV 2014-07-15..2022-10-25      # cabinet posts, Foreign Secretary 2021-09-15..2022-09-06, prime minister from 2022-09-06
  role: GBR

[actor] Rishi Sunak | Sunak
  note: Prime Minister of the United Kingdom 2022-2024 (Chancellor of the Exchequer 2020-2022)
  gender: m
  role: GBR OPP 2024-07-06..2024-11-02      # Leader of the Opposition until Kemi Badenoch took over
  role: GBR GOV 2022-10-25..2024-07-05
  role: GBR GOV 2020-02-13..2022-07-05      # Chancellor of the Exchequer
  role: GBR

# IDN — Indonesia (Prabowo in heads.lex)
[actor] Abdurrahman Wahid | Gus Dur
  note: President of Indonesia 1999-2001 (removed by the MPR; died 2009)
  gender: m
  role: IDN GOV 1999-10-20..2001-07-23
  role: IDN

[actor] Megawati Sukarnoputri | Megawati Soekarnoputri | Megawati
  note: President of Indonesia 2001-2004 (vice-president 1999-2001); PDI-P chair
  gender: f
  role: IDN GOV 1999-10-21..2004-10-20
  role: IDN OPP 2004-10-21..2014-10-19      # PDI-P chair, opposition
  role: IDN

[actor] Susilo Bambang Yudhoyono | Yudhoyono | SBY
  note: President of Indonesia 2004-2014 (security minister before)
  gender: m
  role: IDN GOV 2004-10-20..2014-10-20
  role: IDN GOV 1999-10-26..2004-03-11      # mines and energy, then coordinating minister for security; date uncertain
  role: IDN

[actor] Joko Widodo | Jokowi | Widodo
  note: President of Indonesia 2014-2024 (governor of Jakarta 2012-2014)
  gender: m
  role: IDN GOV 2012-10-15..2024-10-20      # governor of Jakarta, president from 2014-10-20
  role: IDN

# IND — India (Murmu and Modi in heads.lex; no bare "Singh", "Patil", "Mukherjee")
[actor] K. R. Narayanan | K R Narayanan | Kocheril Raman Narayanan
  note: President of India 1997-2002 (died 2005)
  gender: m
  role: IND GOV 1997-07-25..2002-07-25
  role: IND

[actor] A. P. J. Abdul Kalam | APJ Abdul Kalam | A P J Abdul Kalam | Abdul Kalam
  note: President of India 2002-2007 (missile scientist; died 2015)
  gender: m
  role: IND GOV 2002-07-25..2007-07-25
  role: IND

[actor] Pratibha Patil | Pratibha Devisingh Patil
  note: President of India 2007-2012
  gender: f
  role: IND GOV 2007-07-25..2012-07-25
  role: IND

[actor] Pranab Mukherjee | Pranab Kumar Mukherjee
  note: President of India 2012-2017; defence 2004-2006, external affairs 2006-2009 and finance minister 2009-2012 (died 2020)
  gender: m
  role: IND GOV 2012-07-25..2017-07-25
  role: IND GOV 2009-01-24..2012-06-26      # finance minister
  role: IND GOV 2006-10-24..2009-01-23      # external affairs minister
  role: IND GOV MIL 2004-05-22..2006-10-23  # defence minister
  role: IND

[actor] Ram Nath Kovind | Kovind
  note: President of India 2017-2022
  gender: m
  role: IND GOV 2015-08-16..2022-07-25      # governor of Bihar, president from 2017-07-25
  role: IND

[actor] Atal Bihari Vajpayee | Vajpayee
  note: Prime Minister of India 1996, 1998-2004 (died 2018)
  gender: m
  role: IND GOV 1998-03-19..2004-05-22
  role: IND OPP 2004-05-23..2009-05-31      # BJP leader, opposition (retired 2009); date uncertain
  role: IND

[actor] Manmohan Singh | Dr Manmohan Singh | Dr. Manmohan Singh
  note: Prime Minister of India 2004-2014 (finance minister 1991-1996; died 2024-12-26)
  gender: m
  role: IND GOV 2004-05-22..2014-05-26
  role: IND

# IRN — Iran (Khamenei and Pezeshkian in heads.lex)
[actor] Mohammad Khatami | Mohammed Khatami | Seyyed Mohammad Khatami | Khatami
  note: President of Iran 1997-2005 (reformist)
  gender: m
  role: IRN GOV 1997-08-03..2005-08-03
  role: IRN

[actor] Mahmoud Ahmadinejad | Ahmadinejad
  note: President of Iran 2005-2013 (mayor of Tehran 2003-2005)
  gender: m
  role: IRN GOV 2003-05-03..2013-08-03      # mayor of Tehran, president from 2005-08-03
  role: IRN

[actor] Hassan Rouhani | Hassan Rowhani | Rouhani | Rowhani
  note: President of Iran 2013-2021 (secretary of the Supreme National Security Council and nuclear negotiator 1989-2005)
  gender: m
  role: IRN GOV 2013-08-03..2021-08-03
  role: IRN GOV 1989-10-14..2005-08-15      # secretary of the Supreme National Security Council; date uncertain
  role: IRN

[actor] Ebrahim Raisi | Ebrahim Raeisi | Ibrahim Raisi | Raisi | Raeisi
  note: President of Iran 2021-2024 (killed in a helicopter crash 2024-05-19); head of the judiciary 2019-2021
  gender: m
  role: IRN GOV 2021-08-03..2024-05-19
  role: IRN JUD 2019-03-07..2021-07-01      # head of the judiciary
  role: IRN JUD ..2016-03-06                # judiciary posts (prosecutor-general 2014-2016)
  role: IRN

[actor] Mohammad Mokhber | Mohammad Mokhber Dezfuli | Mokhber
  note: First Vice-President of Iran 2021-2024 and acting president 2024-05-20..2024-07-28; adviser to the Supreme Leader after
  gender: m
  role: IRN GOV 2021-08-08..2024-07-28
  role: IRN

# IRQ — Iraq (Abdul Latif Rashid and al-Sudani in heads.lex)
[actor] Saddam Hussein | Saddam Hussein al-Tikriti | Saddam
  note: President of Iraq 1979-2003 (Baath Party; executed 2006-12-30)
  gender: m
  role: IRQ GOV 1979-07-16..2003-04-09
  role: IRQ +BTH

[actor] Ghazi al-Yawer | Ghazi Mashal Ajil al-Yawer | Ghazi al-Yawar | al-Yawer
  note: President of the Iraqi Interim Government 2004-2005; vice-president 2005-2006
  gender: m
  role: IRQ GOV 2004-06-01..2006-04-22
  role: IRQ

[actor] Jalal Talabani | Mam Jalal
  note: President of Iraq 2005-2014; founder and leader of the Patriotic Union of Kurdistan (died 2017-10-03)
  gender: m
  role: IRQ GOV 2005-04-06..2014-07-24
  role: IRQ

[actor] Fuad Masum | Fouad Massoum | Fuad Maasum | Fuad Ma'sum | Masum
  note: President of Iraq 2014-2018
  gender: m
  role: IRQ GOV 2014-07-24..2018-10-02
  role: IRQ

[actor] Barham Salih | Barham Saleh | Barham Ahmed Salih
  note: President of Iraq 2018-2022 (deputy prime minister 2006-2009, prime minister of the Kurdistan Region 2009-2012)
  gender: m
  role: IRQ GOV 2018-10-02..2022-10-17
  role: IRQ

[actor] Ayad Allawi | Iyad Allawi
  note: Prime Minister of the Iraqi Interim Government 2004-2005; vice-president 2014-2015 and 2016-2018; al-Iraqiya leader
  gender: m
  role: IRQ GOV 2016-10-10..2018-10-02      # vice-president; date uncertain
  role: IRQ GOV 2014-09-09..2015-08-11      # vice-president; date uncertain
  role: IRQ GOV 2004-06-01..2005-05-03      # prime minister
  role: IRQ

[actor] Ibrahim al-Jaafari | Ibrahim al-Jafari | Ibrahim Jaafari
  note: Prime Minister of Iraq 2005-2006; foreign minister 2014-2018
  gender: m
  role: IRQ GOV 2014-09-08..2018-10-25      # foreign minister
  role: IRQ GOV 2005-05-03..2006-05-20
  role: IRQ

[actor] Nouri al-Maliki | Nuri al-Maliki | Nouri Kamil al-Maliki | Nouri Maliki | Nuri Maliki | al-Maliki | Maliki
  note: Prime Minister of Iraq 2006-2014; vice-president 2014-2015 and 2016-2018; State of Law leader (Dawa Party)
  gender: m
  role: IRQ GOV 2006-05-20..2014-09-08      # prime minister
  role: IRQ GOV 2014-09-09..2015-08-11      # vice-president (posts abolished by al-Abadi)
  role: IRQ GOV 2016-10-10..2018-10-02      # vice-president (posts restored by the Federal Supreme Court); dates uncertain
  role: IRQ

[actor] Haider al-Abadi | Haidar al-Abadi | Haider Abadi | al-Abadi | Abadi
  note: Prime Minister of Iraq 2014-2018 (Nasr coalition leader)
  gender: m
  role: IRQ GOV 2014-09-08..2018-10-25
  role: IRQ

[actor] Adil Abdul-Mahdi | Adel Abdul Mahdi | Adil Abdul Mahdi | Adel Abdul-Mahdi | Abdul-Mahdi | Abdul Mahdi
  note: Prime Minister of Iraq 2018-2020 (resigned after the 2019 protests; caretaker until 2020-05-07); vice-president 2005-2011, oil minister 2014-2016
  gender: m
  role: IRQ GOV 2018-10-25..2020-05-07
  role: IRQ GOV 2014-09-08..2016-03-31      # oil minister; end date uncertain
  role: IRQ GOV 2005-04-07..2011-05-31      # vice-president; end date uncertain
  role: IRQ

[actor] Mustafa al-Kadhimi | Mustafa al-Kadhemi | Mustafa Kadhimi | al-Kadhimi | Kadhimi
  note: Prime Minister of Iraq 2020-2022; head of the Iraqi National Intelligence Service 2016-2020
  gender: m
  role: IRQ GOV 2020-05-07..2022-10-27
  role: IRQ SPY 2016-06-07..2020-05-06      # intelligence chief; date uncertain
  role: IRQ

# ISR — Israel (Herzog and Netanyahu in heads.lex; no bare "Sharon", "Barak", "Bennett": first names or common)
[actor] Moshe Katsav | Moshe Katzav | Katsav | Katzav
  note: President of Israel 2000-2007 (resigned; later convicted of rape)
  gender: m
  role: ISR GOV 2000-08-01..2007-07-01
  role: ISR

[actor] Shimon Peres | Peres
  note: President of Israel 2007-2014; prime minister 1984-1986 and 1995-1996; foreign minister 2001-2002; vice prime minister 2005-2007 (died 2016)
  gender: m
  role: ISR GOV 2005-01-10..2014-07-24      # vice prime minister, president from 2007-07-15
  role: ISR GOV 2001-03-07..2002-11-02      # foreign minister
  role: ISR

[actor] Reuven Rivlin | Ruvi Rivlin | Rivlin
  note: President of Israel 2014-2021 (Knesset speaker 2003-2006, 2009-2013)
  gender: m
  role: ISR GOV 2014-07-24..2021-07-07
  role: ISR

[actor] Ehud Barak
  note: Prime Minister of Israel 1999-2001; defence minister 2007-2013; former chief of staff
  gender: m
  role: ISR GOV MIL 2007-06-18..2013-03-18  # defence minister
  role: ISR GOV 1999-07-06..2001-03-07
  role: ISR

[actor] Ariel Sharon
  note: Prime Minister of Israel 2001-2006 (incapacitated by a stroke 2006-01-04; died 2014)
  gender: m
  role: ISR GOV 2001-03-07..2006-04-14
  role: ISR OPP 1999-09-02..2001-03-06      # Likud leader, Leader of the Opposition
  role: ISR

[actor] Ehud Olmert | Olmert
  note: Prime Minister of Israel 2006-2009 (acting from 2006-01-04); mayor of Jerusalem 1993-2003
  gender: m
  role: ISR GOV 2003-02-28..2009-03-31      # vice prime minister, acting PM, prime minister
  role: ISR

[actor] Naftali Bennett
  note: Prime Minister of Israel 2021-2022 (defence minister 2019-2020)
  gender: m
  role: ISR GOV 2021-06-13..2022-06-30
  role: ISR GOV MIL 2019-11-12..2020-05-17  # defence minister
  role: ISR

[actor] Yair Lapid | Lapid
  note: Prime Minister of Israel 2022 (foreign minister 2021-2022); Leader of the Opposition
  gender: m
  role: ISR OPP 2022-12-29..                # Leader of the Opposition
  role: ISR GOV 2021-06-13..2022-12-28      # alternate PM and foreign minister, prime minister from 2022-07-01
  role: ISR OPP 2020-05-17..2021-06-12      # Leader of the Opposition
  role: ISR

# ITA — Italy (Mattarella and Meloni in heads.lex; no bare "Conte", "Letta", "Amato")
[actor] Carlo Azeglio Ciampi | Ciampi
  note: President of Italy 1999-2006 (died 2016)
  gender: m
  role: ITA GOV 1999-05-18..2006-05-15
  role: ITA

[actor] Giorgio Napolitano | Napolitano
  note: President of Italy 2006-2015 (died 2023)
  gender: m
  role: ITA GOV 2006-05-15..2015-01-14
  role: ITA

[actor] Massimo D'Alema | D'Alema
  note: Prime Minister of Italy 1998-2000; foreign minister 2006-2008
  gender: m
  role: ITA GOV 2006-05-17..2008-05-08      # foreign minister
  role: ITA GOV 1998-10-21..2000-04-26
  role: ITA

[actor] Giuliano Amato
  note: Prime Minister of Italy 1992-1993 and 2000-2001
  gender: m
  role: ITA GOV 2000-04-26..2001-06-11
  role: ITA

[actor] Silvio Berlusconi | Berlusconi
  note: Prime Minister of Italy 1994-1995, 2001-2006, 2008-2011 (died 2023-06-12)
  gender: m
  role: ITA GOV 2008-05-08..2011-11-16
  role: ITA OPP 2006-05-18..2008-05-07      # Forza Italia leader, opposition
  role: ITA GOV 2001-06-11..2006-05-17
  role: ITA

[actor] Romano Prodi | Prodi
  note: Prime Minister of Italy 1996-1998 and 2006-2008; President of the European Commission 1999-2004
  gender: m
  role: ITA GOV 2006-05-17..2008-05-08
  role: - +EEC IGO 1999-09-16..2004-11-21   # President of the European Commission
  role: ITA

[actor] Mario Monti | Monti
  note: Prime Minister of Italy 2011-2013 (technocratic government); European Commissioner 1995-2004
  gender: m
  role: ITA GOV 2011-11-16..2013-04-28
  role: ITA

[actor] Enrico Letta
  note: Prime Minister of Italy 2013-2014; Democratic Party leader 2021-2023 (opposition from 2022-10-22)
  gender: m
  role: ITA GOV 2013-04-28..2014-02-22
  role: ITA

[actor] Matteo Renzi | Renzi
  note: Prime Minister of Italy 2014-2016; Italia Viva leader
  gender: m
  role: ITA GOV 2014-02-22..2016-12-12
  role: ITA OPP 2022-10-22..                # Italia Viva, opposition
  role: ITA

[actor] Paolo Gentiloni | Gentiloni
  note: Prime Minister of Italy 2016-2018; foreign minister 2014-2016; European Commissioner for the economy 2019-2024
  gender: m
  role: - +EEC IGO 2019-12-01..2024-11-30   # European Commissioner
  role: ITA GOV 2014-10-31..2018-06-01      # foreign minister, prime minister from 2016-12-12
  role: ITA

[actor] Giuseppe Conte
  note: Prime Minister of Italy 2018-2021; Five Star Movement leader (opposition from 2022-10-22)
  gender: m
  role: ITA GOV 2018-06-01..2021-02-13
  role: ITA OPP 2022-10-22..                # Five Star Movement leader, opposition
  role: ITA

[actor] Mario Draghi | Draghi
  note: Prime Minister of Italy 2021-2022; President of the European Central Bank 2011-2019
  gender: m
  role: ITA GOV 2021-02-13..2022-10-22
  role: - +EEC IGO 2011-11-01..2019-10-31   # President of the European Central Bank (an EU institution)
  role: ITA

# JOR — Jordan (King Abdullah II and the current prime minister in heads.lex)
[actor] Abdul Raouf al-Rawabdeh | Abdul Raouf Rawabdeh | Abdelraouf al-Rawabdeh
  note: Prime Minister of Jordan 1999-2000
  gender: m
  role: JOR GOV 1999-03-04..2000-06-19
  role: JOR

[actor] Ali Abu al-Ragheb | Ali Abul Ragheb | Ali Abu Ragheb
  note: Prime Minister of Jordan 2000-2003
  gender: m
  role: JOR GOV 2000-06-19..2003-10-25
  role: JOR

[actor] Faisal al-Fayez | Faisal Fayez
  note: Prime Minister of Jordan 2003-2005; later Senate president
  gender: m
  role: JOR GOV 2003-10-25..2005-04-07
  role: JOR

[actor] Adnan Badran
  note: Prime Minister of Jordan 2005
  gender: m
  role: JOR GOV 2005-04-07..2005-11-27
  role: JOR

[actor] Marouf al-Bakhit | Maarouf al-Bakhit | Marouf Bakhit
  note: Prime Minister of Jordan 2005-2007 and 2011 (army general)
  gender: m
  role: JOR GOV 2011-02-09..2011-10-24
  role: JOR GOV 2005-11-27..2007-11-25
  role: JOR

[actor] Nader al-Dahabi | Nader Dahabi
  note: Prime Minister of Jordan 2007-2009
  gender: m
  role: JOR GOV 2007-11-25..2009-12-14
  role: JOR

[actor] Samir al-Rifai | Samir Rifai
  note: Prime Minister of Jordan 2009-2011
  gender: m
  role: JOR GOV 2009-12-14..2011-02-09
  role: JOR

[actor] Awn Khasawneh | Awn al-Khasawneh | Awn Shawkat al-Khasawneh
  note: Prime Minister of Jordan 2011-2012 (ICJ judge before)
  gender: m
  role: JOR GOV 2011-10-24..2012-05-02
  role: JOR

[actor] Fayez al-Tarawneh | Fayez Tarawneh
  note: Prime Minister of Jordan 1998-1999 and 2012 (chief of the Royal Court later)
  gender: m
  role: JOR GOV 2012-05-02..2012-10-11
  role: JOR

[actor] Abdullah Ensour | Abdullah al-Nsour | Abdullah Nsour
  note: Prime Minister of Jordan 2012-2016
  gender: m
  role: JOR GOV 2012-10-11..2016-06-01
  role: JOR

[actor] Hani Mulki | Hani al-Mulki
  note: Prime Minister of Jordan 2016-2018 (resigned after tax protests)
  gender: m
  role: JOR GOV 2016-06-01..2018-06-14
  role: JOR

[actor] Omar Razzaz | Omar al-Razzaz
  note: Prime Minister of Jordan 2018-2020
  gender: m
  role: JOR GOV 2017-01-15..2020-10-12      # education minister, prime minister from 2018-06-14; date uncertain
  role: JOR

[actor] Bisher Al-Khasawneh | Bishr al-Khasawneh | Bisher Khasawneh
  note: Prime Minister of Jordan 2020-2024
  gender: m
  role: JOR GOV 2020-10-12..2024-09-15
  role: JOR

# JPN — Japan (Emperor Naruhito and Takaichi in heads.lex; no bare "Mori", "Kan", "Noda", "Koizumi": common or shared)
[actor] Emperor Akihito | Akihito | Emperor Emeritus Akihito
  note: Emperor of Japan 1989-2019 (abdicated 2019-04-30)
  gender: m
  role: JPN GOV 1989-01-07..2019-04-30
  role: JPN

[actor] Keizo Obuchi
  note: Prime Minister of Japan 1998-2000 (died 2000-05-14)
  gender: m
  role: JPN GOV 1998-07-30..2000-04-05
  role: JPN

[actor] Yoshiro Mori
  note: Prime Minister of Japan 2000-2001
  gender: m
  role: JPN GOV 2000-04-05..2001-04-26
  role: JPN

[actor] Junichiro Koizumi | Jun'ichiro Koizumi
  note: Prime Minister of Japan 2001-2006 (father of Shinjiro Koizumi)
  gender: m
  role: JPN GOV 2001-04-26..2006-09-26
  role: JPN

[actor] Shinzo Abe | Shinzō Abe | Abe Shinzo | Abe
  note: Prime Minister of Japan 2006-2007 and 2012-2020 (assassinated 2022-07-08)
  gender: m
  role: JPN GOV 2012-12-26..2020-09-16
  role: JPN OPP 2012-09-26..2012-12-25      # LDP president, in opposition
  role: JPN GOV 2005-10-31..2007-09-26      # chief cabinet secretary, prime minister from 2006-09-26
  role: JPN

[actor] Yasuo Fukuda | Fukuda
  note: Prime Minister of Japan 2007-2008 (chief cabinet secretary 2000-2004)
  gender: m
  role: JPN GOV 2007-09-26..2008-09-24
  role: JPN GOV 2000-10-27..2004-05-07      # chief cabinet secretary; date uncertain
  role: JPN

[actor] Taro Aso | Tarō Asō | Aso
  note: Prime Minister of Japan 2008-2009; foreign minister 2005-2007; deputy prime minister and finance minister 2012-2021
  gender: m
  role: JPN GOV 2012-12-26..2021-10-04      # deputy prime minister and finance minister
  role: JPN GOV 2008-09-24..2009-09-16
  role: JPN GOV 2003-09-22..2007-08-27      # internal affairs, then foreign minister; date uncertain
  role: JPN

[actor] Yukio Hatoyama | Hatoyama
  note: Prime Minister of Japan 2009-2010 (Democratic Party of Japan)
  gender: m
  role: JPN GOV 2009-09-16..2010-06-08
  role: JPN OPP 2009-05-16..2009-09-15      # DPJ president, opposition leader
  role: JPN

[actor] Naoto Kan
  note: Prime Minister of Japan 2010-2011
  gender: m
  role: JPN GOV 2009-09-16..2011-09-02      # deputy prime minister and finance minister, prime minister from 2010-06-08
  role: JPN

[actor] Yoshihiko Noda
  note: Prime Minister of Japan 2011-2012; leader of the opposition Constitutional Democratic Party since 2024-09-23
  gender: m
  role: JPN OPP 2024-09-23..                # CDP leader
  role: JPN GOV 2010-06-08..2012-12-26      # finance minister, prime minister from 2011-09-02
  role: JPN

[actor] Yoshihide Suga | Suga
  note: Prime Minister of Japan 2020-2021 (chief cabinet secretary 2012-2020)
  gender: m
  role: JPN GOV 2012-12-26..2021-10-04
  role: JPN

[actor] Fumio Kishida | Kishida
  note: Prime Minister of Japan 2021-2024; foreign minister 2012-2017
  gender: m
  role: JPN GOV 2021-10-04..2024-10-01
  role: JPN GOV 2012-12-26..2017-08-03      # foreign minister
  role: JPN

[actor] Shigeru Ishiba | Ishiba
  note: Prime Minister of Japan 2024-2025; defence chief 2002-2004 and defence minister 2007-2008
  gender: m
  role: JPN GOV 2024-10-01..2025-10-21
  role: JPN GOV MIL 2007-09-26..2008-08-02  # defence minister
  role: JPN GOV MIL 2002-09-30..2004-09-27  # director-general of the Defense Agency
  role: JPN

# KOR — South Korea (Lee Jae-myung in heads.lex; no bare "Kim", "Lee", "Park", "Moon", "Yoon", "Roh", "Han")
[actor] Kim Dae-jung | Kim Dae Jung
  note: President of South Korea 1998-2003 (Nobel Peace Prize 2000; died 2009)
  gender: m
  role: KOR GOV 1998-02-25..2003-02-24
  role: KOR

[actor] Roh Moo-hyun | Roh Moo Hyun
  note: President of South Korea 2003-2008 (died 2009)
  gender: m
  role: KOR GOV 2003-02-25..2008-02-24
  role: KOR

[actor] Lee Myung-bak | Lee Myung Bak
  note: President of South Korea 2008-2013 (mayor of Seoul 2002-2006)
  gender: m
  role: KOR GOV 2008-02-25..2013-02-24
  role: KOR

[actor] Park Geun-hye | Park Geun Hye
  note: President of South Korea 2013-2017 (impeached; suspended 2016-12-09, removed 2017-03-10)
  gender: f
  role: KOR GOV 2013-02-25..2016-12-08
  role: KOR

[actor] Moon Jae-in | Moon Jae In
  note: President of South Korea 2017-2022 (opposition leader before)
  gender: m
  role: KOR GOV 2017-05-10..2022-05-09
  role: KOR OPP 2015-02-08..2017-05-09      # Democratic Party leader and candidate; date uncertain
  role: KOR

[actor] Yoon Suk Yeol | Yoon Suk-yeol | Yoon Seok-youl
  note: President of South Korea 2022-2025 (declared martial law 2024-12-03; impeached and suspended 2024-12-14, removed 2025-04-04); prosecutor-general 2019-2021
  gender: m
  role: KOR GOV 2022-05-10..2024-12-13
  role: KOR JUD 2019-07-25..2021-03-04      # prosecutor-general
  role: KOR

[actor] Han Duck-soo | Han Duck Soo | Han Deok-su
  note: Prime Minister of South Korea 2007-2008 and 2022-2025; acting president 2024-12-14..2024-12-27 and 2025-03-24..2025-05-01
  gender: m
  role: KOR GOV 2022-05-21..2025-05-01
  role: KOR GOV 2007-04-03..2008-02-29
  role: KOR

[actor] Choi Sang-mok | Choi Sang Mok
  note: Acting President of South Korea 2024-12-27..2025-03-24 (deputy prime minister and finance minister)
  gender: m
  role: KOR GOV 2023-12-29..2025-05-02      # finance minister; end date uncertain
  role: KOR

[actor] Hwang Kyo-ahn | Hwang Kyo Ahn
  note: Prime Minister of South Korea 2015-2017 and acting president 2016-12-09..2017-05-10
  gender: m
  role: KOR GOV 2013-03-11..2017-05-11      # justice minister, prime minister from 2015-06-18
  role: KOR OPP 2019-02-27..2020-04-15      # Liberty Korea / United Future Party leader
  role: KOR

[actor] Lee Nak-yon | Lee Nak-yeon | Lee Nak Yon
  note: Prime Minister of South Korea 2017-2020
  gender: m
  role: KOR GOV 2017-05-31..2020-01-13
  role: KOR

[actor] Chung Sye-kyun | Chung Sye Kyun
  note: Prime Minister of South Korea 2020-2021 (National Assembly speaker 2016-2018)
  gender: m
  role: KOR GOV 2020-01-14..2021-04-16
  role: KOR

# KWT — Kuwait (the emir and the prime minister in heads.lex; all al-Sabah: full names only)
[actor] Jaber al-Ahmad al-Jaber al-Sabah | Sheikh Jaber al-Ahmad al-Sabah | Jaber al-Ahmad al-Sabah | Sheikh Jaber al-Ahmad
  note: Emir of Kuwait 1977-2006 (died 2006-01-15)
  gender: m
  role: KWT GOV 1977-12-31..2006-01-15
  role: KWT

[actor] Saad al-Abdullah al-Salim al-Sabah | Sheikh Saad al-Abdullah al-Sabah | Saad al-Abdullah | Sheikh Saad al-Abdullah
  note: Emir of Kuwait in January 2006 (abdicated for ill health); crown prince and prime minister 1978-2003
  gender: m
  role: KWT GOV 1978-02-08..2006-01-24
  role: KWT

[actor] Sabah al-Ahmad al-Jaber al-Sabah | Sheikh Sabah al-Ahmad al-Jaber al-Sabah | Sabah al-Ahmad | Sheikh Sabah al-Ahmad | Sheikh Sabah al-Ahmad al-Sabah
  note: Emir of Kuwait 2006-2020 (died 2020-09-29); prime minister 2003-2006; foreign minister 1963-2003
  gender: m
  role: KWT GOV 1963-01-28..2020-09-29
  role: KWT

[actor] Nawaf al-Ahmad al-Jaber al-Sabah | Sheikh Nawaf al-Ahmad al-Jaber al-Sabah | Nawaf al-Ahmad | Sheikh Nawaf al-Ahmad | Sheikh Nawaf
  note: Emir of Kuwait 2020-2023 (died 2023-12-16); crown prince 2006-2020
  gender: m
  role: KWT GOV 2006-02-07..2023-12-16
  role: KWT

[actor] Nasser al-Mohammed al-Ahmad al-Sabah | Sheikh Nasser al-Mohammed al-Sabah | Nasser al-Mohammed | Sheikh Nasser al-Mohammed
  note: Prime Minister of Kuwait 2006-2011
  gender: m
  role: KWT GOV 2006-02-07..2011-11-28
  role: KWT

[actor] Jaber al-Mubarak al-Hamad al-Sabah | Sheikh Jaber al-Mubarak al-Hamad al-Sabah | Jaber al-Mubarak | Sheikh Jaber al-Mubarak
  note: Prime Minister of Kuwait 2011-2019 (defence minister 2001-2011)
  gender: m
  role: KWT GOV 2011-11-30..2019-11-19
  role: KWT GOV MIL 2001-02-14..2011-11-29  # defence minister (and deputy prime minister); date uncertain
  role: KWT

[actor] Sabah al-Khalid al-Hamad al-Sabah | Sheikh Sabah al-Khalid al-Sabah | Sabah al-Khalid | Sheikh Sabah al-Khalid
  note: Prime Minister of Kuwait 2019-2022 (foreign minister 2011-2019)
  gender: m
  role: KWT GOV 2011-10-18..2022-07-24      # foreign minister, prime minister from 2019-11-19; date uncertain
  role: KWT

[actor] Ahmad Nawaf al-Ahmad al-Sabah | Sheikh Ahmad Nawaf al-Ahmad al-Sabah | Ahmad Nawaf al-Ahmad | Sheikh Ahmad Nawaf
  note: Prime Minister of Kuwait 2022-2024 (son of Emir Nawaf)
  gender: m
  role: KWT GOV 2022-07-24..2024-01-04      # date uncertain
  role: KWT

[actor] Mohammad Sabah al-Salem al-Sabah | Sheikh Mohammad Sabah al-Salem al-Sabah | Mohammad Sabah al-Salem | Sheikh Mohammad al-Sabah al-Salem
  note: Prime Minister of Kuwait January-April 2024 (foreign minister 2003-2011)
  gender: m
  role: KWT GOV 2024-01-04..2024-04-15      # date uncertain
  role: KWT GOV 2003-07-14..2011-10-18      # foreign minister; date uncertain
  role: KWT

# LBN — Lebanon (Joseph Aoun and Nawaf Salam in heads.lex; no bare "Aoun", "Hariri", "Salam")
[actor] Émile Lahoud | Emile Lahoud | Lahoud
  note: President of Lebanon 1998-2007 (army commander before)
  gender: m
  role: LBN GOV 1998-11-24..2007-11-23
  role: LBN

[actor] Michel Suleiman | Michel Sleiman | Michel Suleimane
  note: President of Lebanon 2008-2014 (army commander 1998-2008)
  gender: m
  role: LBN GOV 2008-05-25..2014-05-25
  role: LBN MIL 1998-12-21..2008-05-24      # army commander
  role: LBN

[actor] Michel Aoun | General Michel Aoun
  note: President of Lebanon 2016-2022; founder of the Free Patriotic Movement; army commander and head of a military government 1988-1990
  gender: m
  role: LBN GOV 2016-10-31..2022-10-30
  role: LBN

[actor] Salim al-Hoss | Selim al-Hoss | Salim Hoss
  note: Prime Minister of Lebanon (last term 1998-2000; died 2024)
  gender: m
  role: LBN GOV 1998-12-04..2000-10-23
  role: LBN

[actor] Rafic Hariri | Rafik Hariri | Rafiq Hariri | Rafic al-Hariri | Rafik al-Hariri
  note: Prime Minister of Lebanon 1992-1998 and 2000-2004 (assassinated 2005-02-14)
  gender: m
  role: LBN GOV 2000-10-23..2004-10-21
  role: LBN GOV 1992-10-31..1998-12-04
  role: LBN

[actor] Omar Karami
  note: Prime Minister of Lebanon 1990-1992 and 2004-2005 (died 2015)
  gender: m
  role: LBN GOV 2004-10-26..2005-04-19
  role: LBN

[actor] Najib Mikati | Najib Miqati | Mikati
  note: Prime Minister of Lebanon 2005, 2011-2014, 2021-2025 (caretaker from 2022-05)
  gender: m
  role: LBN GOV 2021-09-10..2025-02-08
  role: LBN GOV 2011-06-13..2014-02-15
  role: LBN GOV 2005-04-19..2005-07-19
  role: LBN

[actor] Fouad Siniora | Fuad Siniora | Fouad Seniora | Siniora
  note: Prime Minister of Lebanon 2005-2009
  gender: m
  role: LBN GOV 2005-07-19..2009-11-09
  role: LBN

[actor] Saad Hariri | Saad al-Hariri | Saad el-Hariri
  note: Prime Minister of Lebanon 2009-2011 and 2016-2020 (Future Movement leader; suspended politics in 2022)
  gender: m
  role: LBN GOV 2016-12-18..2020-01-21
  role: LBN OPP 2011-06-14..2014-02-14      # Future Movement, in opposition to the Mikati government
  role: LBN GOV 2009-11-09..2011-06-13
  role: LBN

[actor] Tammam Salam
  note: Prime Minister of Lebanon 2014-2016
  gender: m
  role: LBN GOV 2014-02-15..2016-12-18
  role: LBN

[actor] Hassan Diab
  note: Prime Minister of Lebanon 2020-2021 (resigned after the Beirut port explosion; caretaker until 2021-09-10)
  gender: m
  role: LBN GOV 2020-01-21..2021-09-10
  role: LBN

# LBY — Libya (the Presidential Council chairman, Dbeibah and Haftar in heads.lex)
# "Gaddafi" alone is given to Muammar; Saif al-Islam Gaddafi needs a full-name entry.
[actor] Muammar Gaddafi | Muammar al-Gaddafi | Muammar Qaddafi | Muammar al-Qaddafi | Moammar Gadhafi | Muammar Gadhafi | Moammar Qadhafi | Colonel Gaddafi | Gaddafi | Qaddafi | Gadhafi | Kadhafi
  note: Ruler of Libya 1969-2011 ("Brotherly Leader"; ousted August 2011, killed 2011-10-20)
  gender: m
  role: LBY GOV 1969-09-01..2011-10-20
  role: LBY

[actor] Mustafa Abdul Jalil | Mustafa Abdel Jalil | Mustafa Abdul-Jalil
  note: Chairman of the National Transitional Council 2011-2012 (justice minister 2007-2011)
  gender: m
  role: LBY GOV 2011-03-05..2012-08-08      # NTC chairman (the rebels' government, recognised during 2011)
  role: LBY GOV 2007-01-01..2011-02-21      # justice minister under Gaddafi; date uncertain
  role: LBY

[actor] Mahmoud Jibril | Mahmoud Jebril   # no bare "Jibril" (Jibril Rajoub)
  note: Head of the NTC executive board 2011; National Forces Alliance leader (died 2020)
  gender: m
  role: LBY GOV 2011-03-23..2011-10-23
  role: LBY

[actor] Abdurrahim El-Keib | Abdurrahim al-Keib | Abdel Rahim al-Kib
  note: Interim Prime Minister of Libya 2011-2012
  gender: m
  role: LBY GOV 2011-11-24..2012-11-14
  role: LBY

[actor] Ali Zeidan | Ali Zidan
  note: Prime Minister of Libya 2012-2014
  gender: m
  role: LBY GOV 2012-11-14..2014-03-11
  role: LBY

[actor] Abdullah al-Thani | Abdullah al-Thinni | Abdallah al-Thani
  note: Prime Minister of Libya 2014 (Tripoli) and of the eastern interim government 2014-2021 (defence minister 2013-2014)
  gender: m
  role: LBY GOV 2014-03-11..2021-03-15
  role: LBY

[actor] Fayez al-Sarraj | Fayez Sarraj | Fayez al-Serraj | al-Sarraj | Sarraj
  note: Chairman of the Presidential Council and Prime Minister of the Government of National Accord 2016-2021
  gender: m
  role: LBY GOV 2015-12-17..2021-03-15      # designated by the Libyan Political Agreement, in Tripoli from 2016-03-30
  role: LBY

[actor] Fathi Bashagha | Fathi Bashaga | Bashagha
  note: GNA interior minister 2018-2021; prime minister designated by the eastern parliament 2022-2023
  gender: m
  role: LBY GOV 2022-03-03..2023-05-16      # rival (House of Representatives) prime minister; date uncertain
  role: LBY GOV 2018-10-07..2021-03-15      # interior minister
  role: LBY

[actor] Osama Hamad | Osama Hammad | Usama Hamad
  note: Prime Minister of the eastern (House of Representatives-appointed) government   # check: as known at 2025-06
  gender: m
  role: LBY GOV 2023-05-16..                # date uncertain
  role: LBY

# MAR — Morocco (Mohammed VI and Akhannouch in heads.lex)
[actor] Abderrahmane Youssoufi | Abderrahmane el-Youssoufi | Youssoufi
  note: Prime Minister of Morocco 1998-2002 (socialist, USFP; died 2020)
  gender: m
  role: MAR GOV 1998-03-14..2002-10-09
  role: MAR

[actor] Driss Jettou | Jettou
  note: Prime Minister of Morocco 2002-2007
  gender: m
  role: MAR GOV 2002-10-09..2007-09-19
  role: MAR

[actor] Abbas El Fassi | Abbas al-Fassi
  note: Prime Minister of Morocco 2007-2011 (Istiqlal)
  gender: m
  role: MAR GOV 2007-09-19..2011-11-29
  role: MAR

[actor] Abdelilah Benkirane | Abdelilah Benkiran | Benkirane | Benkiran
  note: Head of Government of Morocco 2011-2017; PJD leader (opposition from 2021)
  gender: m
  role: MAR GOV 2011-11-29..2017-04-05
  role: MAR OPP 2021-10-30..                # PJD secretary-general, opposition; date uncertain
  role: MAR

[actor] Saadeddine Othmani | Saad Eddine El Othmani | Saadeddine El Othmani | El Othmani | Othmani
  note: Head of Government of Morocco 2017-2021 (foreign minister 2012-2013)
  gender: m
  role: MAR GOV 2017-04-05..2021-10-07
  role: MAR GOV 2012-01-03..2013-10-10      # foreign minister
  role: MAR

# MEX — Mexico (Sheinbaum in heads.lex; no bare "Fox")
[actor] Ernesto Zedillo | Zedillo
  note: President of Mexico 1994-2000
  gender: m
  role: MEX GOV 1994-12-01..2000-11-30
  role: MEX

[actor] Vicente Fox | Vicente Fox Quesada
  note: President of Mexico 2000-2006
  gender: m
  role: MEX GOV 2000-12-01..2006-11-30
  role: MEX

[actor] Felipe Calderón | Felipe Calderon | Calderón | Calderon
  note: President of Mexico 2006-2012
  gender: m
  role: MEX GOV 2006-12-01..2012-11-30
  role: MEX

[actor] Enrique Peña Nieto | Enrique Pena Nieto | Peña Nieto | Pena Nieto | EPN
  note: President of Mexico 2012-2018
  gender: m
  role: MEX GOV 2012-12-01..2018-11-30
  role: MEX

[actor] Andrés Manuel López Obrador | Andres Manuel Lopez Obrador | López Obrador | Lopez Obrador | AMLO
  note: President of Mexico 2018-2024; head of government of Mexico City 2000-2005
  gender: m
  role: MEX GOV 2018-12-01..2024-09-30
  role: MEX OPP 2005-07-30..2018-11-30      # opposition candidate (2006, 2012, 2018), Morena founder
  role: MEX GOV 2000-12-05..2005-07-29      # head of government of Mexico City
  role: MEX

# OMN — Oman (Sultan Haitham in heads.lex)
[actor] Qaboos bin Said | Sultan Qaboos | Sultan Qaboos bin Said | Qaboos bin Said Al Said | Qaboos
  note: Sultan of Oman 1970-2020 (died 2020-01-10)
  gender: m
  role: OMN GOV 1970-07-23..2020-01-10
  role: OMN

# PSE — Palestine (Abbas and Mohammad Mustafa in heads.lex)
[actor] Yasser Arafat | Yasir Arafat | Abu Ammar | Arafat
  note: Chairman of the PLO 1969-2004 and President of the Palestinian Authority 1994-2004 (died 2004-11-11); Fatah founder
  gender: m
  role: PSE GOV 1994-07-05..2004-11-11
  role: PSE +FTA

[actor] Ahmed Qurei | Ahmed Qureia | Ahmad Qurei | Abu Alaa | Qurei | Qureia
  note: Prime Minister of the Palestinian Authority 2003-2006; speaker of the Palestinian Legislative Council 1996-2003
  gender: m
  role: PSE GOV 2003-10-07..2006-03-29
  role: PSE LEG 1996-03-07..2003-10-06      # PLC speaker
  role: PSE +FTA

# Haniyeh: Hamas government in 2006-2007, then the Hamas administration in Gaza until the 2014 unity government.
[actor] Ismail Haniyeh | Ismail Haniya | Ismail Haniyah | Haniyeh | Haniya
  note: Prime Minister of the Palestinian Authority 2006-2007, Hamas prime minister in Gaza 2007-2014, head of the Hamas political bureau 2017-2024 (killed in Tehran 2024-07-31)
  gender: m
  role: PSE +HMS GOV 2006-03-29..2014-06-02
  role: PSE +HMS

[actor] Salam Fayyad | Fayyad
  note: Prime Minister of the Palestinian Authority 2007-2013 (finance minister 2002-2012)
  gender: m
  role: PSE GOV 2002-06-10..2013-06-06      # finance minister, prime minister from 2007-06-15; date uncertain
  role: PSE

[actor] Rami Hamdallah | Rami Hamdalla | Hamdallah
  note: Prime Minister of the Palestinian Authority 2013-2019
  gender: m
  role: PSE GOV 2013-06-06..2019-04-14
  role: PSE

[actor] Mohammad Shtayyeh | Mohammed Shtayyeh | Mohammad Shtayeh | Shtayyeh | Shtayeh
  note: Prime Minister of the Palestinian Authority 2019-2024
  gender: m
  role: PSE GOV 2019-04-14..2024-03-31
  role: PSE +FTA

# QAT — Qatar (Emir Tamim and the current prime minister in heads.lex)
[actor] Hamad bin Khalifa Al Thani | Sheikh Hamad bin Khalifa Al Thani | Hamad bin Khalifa | Sheikh Hamad bin Khalifa | Hamad bin Khalifa al-Thani
  note: Emir of Qatar 1995-2013 (abdicated in favour of his son Tamim; the "Father Emir")
  gender: m
  role: QAT GOV 1995-06-27..2013-06-25
  role: QAT

[actor] Abdullah bin Khalifa Al Thani | Sheikh Abdullah bin Khalifa Al Thani | Abdullah bin Khalifa al-Thani
  note: Prime Minister of Qatar 1996-2007
  gender: m
  role: QAT GOV 1996-10-29..2007-04-03
  role: QAT

[actor] Hamad bin Jassim bin Jaber Al Thani | Sheikh Hamad bin Jassim Al Thani | Hamad bin Jassim | Sheikh Hamad bin Jassim | Hamad bin Jassim al-Thani | HBJ
  note: Prime Minister of Qatar 2007-2013 and foreign minister 1992-2013
  gender: m
  role: QAT GOV 1992-09-01..2013-06-26      # foreign minister, prime minister from 2007-04-03; date uncertain
  role: QAT

[actor] Abdullah bin Nasser bin Khalifa Al Thani | Sheikh Abdullah bin Nasser Al Thani | Abdullah bin Nasser | Sheikh Abdullah bin Nasser
  note: Prime Minister of Qatar 2013-2020 (also interior minister)
  gender: m
  role: QAT GOV 2013-06-26..2020-01-28
  role: QAT

[actor] Khalid bin Khalifa bin Abdulaziz Al Thani | Sheikh Khalid bin Khalifa Al Thani | Khalid bin Khalifa | Sheikh Khalid bin Khalifa
  note: Prime Minister of Qatar 2020-2023
  gender: m
  role: QAT GOV 2020-01-28..2023-03-07
  role: QAT

# RUS — Russia (Putin and Mishustin in heads.lex)
[actor] Boris Yeltsin | Boris Nikolayevich Yeltsin | Yeltsin
  note: President of Russia 1991-1999 (resigned 1999-12-31; died 2007)
  gender: m
  role: RUS GOV 1991-07-10..1999-12-31
  role: RUS

[actor] Dmitry Medvedev | Dmitri Medvedev | Dmitriy Medvedev | Medvedev
  note: President of Russia 2008-2012, Prime Minister 2012-2020, deputy chairman of the Security Council since 2020; United Russia chairman
  gender: m
  role: RUS GOV 2005-11-14..                # first deputy PM, president 2008-05-07..2012-05-07, PM 2012-05-08..2020-01-16, Security Council deputy chairman
  role: RUS

[actor] Mikhail Kasyanov | Mikhail Kasianov | Kasyanov
  note: Prime Minister of Russia 2000-2004; later an opposition leader (PARNAS)
  gender: m
  role: RUS GOV 2000-05-07..2004-02-24      # acting, confirmed 2000-05-17
  role: RUS OPP 2005-07-01..                # opposition politician; date uncertain
  role: RUS

[actor] Mikhail Fradkov | Fradkov
  note: Prime Minister of Russia 2004-2007; director of the Foreign Intelligence Service (SVR) 2007-2016
  gender: m
  role: RUS SPY 2007-10-06..2016-10-05      # SVR director; end date uncertain
  role: RUS GOV 2004-03-05..2007-09-14
  role: RUS

[actor] Viktor Zubkov | Zubkov
  note: Prime Minister of Russia 2007-2008; first deputy prime minister 2008-2012; Gazprom chairman
  gender: m
  role: RUS GOV 2007-09-14..2012-05-21
  role: RUS

# SAU — Saudi Arabia (King Salman and Mohammed bin Salman in heads.lex; no bare "King Abdullah": Jordan's king)
[actor] King Fahd | Fahd bin Abdulaziz | King Fahd bin Abdulaziz | Fahd bin Abdulaziz Al Saud
  note: King of Saudi Arabia 1982-2005 (incapacitated by a stroke in 1995; died 2005-08-01)
  gender: m
  role: SAU GOV 1982-06-13..2005-08-01
  role: SAU

[actor] Abdullah bin Abdulaziz | King Abdullah bin Abdulaziz | Abdullah bin Abdulaziz Al Saud | King Abdullah of Saudi Arabia | Saudi King Abdullah | Crown Prince Abdullah
  note: King of Saudi Arabia 2005-2015 (died 2015-01-23); crown prince and de facto regent 1995-2005
  gender: m
  role: SAU GOV 1982-06-13..2015-01-23      # crown prince, king from 2005-08-01
  role: SAU

[actor] Mohammed bin Nayef | Muhammad bin Nayef | Mohammed bin Nayef Al Saud | Prince Mohammed bin Nayef
  note: Crown Prince of Saudi Arabia 2015-2017 and interior minister 2012-2017 (deposed; detained since 2020)
  gender: m
  role: SAU GOV 2012-11-05..2017-06-21
  role: SAU

# SYR — Syria (al-Sharaa in heads.lex)
# "Assad" alone is Bashar (the name of news since 2000); Hafez by full name only.
[actor] Bashar al-Assad | Bashar Assad | Bashar al-Asad | al-Assad | Assad
  note: President of Syria 2000-2024 (fled to Moscow when his regime fell on 2024-12-08)
  gender: m
  role: SYR GOV 2000-07-17..2024-12-08
  role: SYR

[actor] Hafez al-Assad | Hafez Assad | Hafiz al-Assad | Hafez al-Asad
  note: President of Syria 1971-2000 (died 2000-06-10)
  gender: m
  role: SYR GOV 1970-11-13..2000-06-10
  role: SYR

[actor] Mohammad Mustafa Mero | Muhammad Mustafa Miro | Mustafa Miro
  note: Prime Minister of Syria 2000-2003
  gender: m
  role: SYR GOV 2000-03-13..2003-09-10
  role: SYR

[actor] Muhammad Naji al-Otari | Mohammad Naji Otri | Naji al-Otari | Naji Otri
  note: Prime Minister of Syria 2003-2011
  gender: m
  role: SYR GOV 2003-09-10..2011-04-14
  role: SYR

[actor] Adel Safar | Adil Safar
  note: Prime Minister of Syria 2011-2012
  gender: m
  role: SYR GOV 2011-04-14..2012-06-23
  role: SYR

[actor] Riyad Farid Hijab | Riad Hijab | Riyad Hijab
  note: Prime Minister of Syria June-August 2012 (defected 2012-08-06); coordinator of the opposition High Negotiations Committee 2015-2017
  gender: m
  role: SYR GOV 2012-06-23..2012-08-06
  role: SYR OPP 2012-08-07..2017-11-20      # exiled opposition; date uncertain
  role: SYR

[actor] Wael al-Halqi | Wael Nader al-Halqi | Wael Halqi
  note: Prime Minister of Syria 2012-2016
  gender: m
  role: SYR GOV 2012-06-23..2016-07-03      # health minister, prime minister from 2012-08-09
  role: SYR

[actor] Imad Khamis | Imad Khamees
  note: Prime Minister of Syria 2016-2020
  gender: m
  role: SYR GOV 2011-06-01..2020-08-11      # electricity minister, prime minister from 2016-07-03; date uncertain
  role: SYR

[actor] Hussein Arnous | Hussein Arnus
  note: Prime Minister of Syria 2020-2024
  gender: m
  role: SYR GOV 2018-11-26..2024-09-14      # water resources minister, prime minister from 2020-08-30; date uncertain
  role: SYR

[actor] Mohammad Ghazi al-Jalali | Mohammed Ghazi al-Jalali | Ghazi al-Jalali
  note: Last Prime Minister of Syria under Assad, 2024-09-14..2024-12-10 (handed over to the new authorities)
  gender: m
  role: SYR GOV 2024-09-14..2024-12-10
  role: SYR

[actor] Mohammed al-Bashir | Mohammad al-Bashir | Muhammad al-Bashir
  note: Caretaker Prime Minister of Syria after the fall of Assad (2024-12-10..2025-03-29); head of the HTS-run Salvation Government in Idlib before; energy minister from 2025-03-29
  gender: m
  role: SYR GOV 2024-12-10..                # caretaker PM, then energy minister
  role: SYR UAF 2024-01-01..2024-12-09      # Syrian Salvation Government (HTS) in Idlib; date uncertain
  role: SYR

# TUN — Tunisia (Kais Saied and the current prime minister in heads.lex; no bare "Ghannouchi": Mohamed / Rached)
[actor] Zine El Abidine Ben Ali | Zine al-Abidine Ben Ali | Zine el-Abidine Ben Ali | Ben Ali
  note: President of Tunisia 1987-2011 (fled 2011-01-14; died 2019)
  gender: m
  role: TUN GOV 1987-10-02..2011-01-14      # prime minister, president from 1987-11-07
  role: TUN

[actor] Fouad Mebazaa | Foued Mebazaa | Mebazaa
  note: Interim President of Tunisia 2011 (speaker of the Chamber of Deputies 1997-2011)
  gender: m
  role: TUN GOV 2011-01-15..2011-12-13
  role: TUN LEG 1997-10-14..2011-01-14      # speaker; date uncertain
  role: TUN

[actor] Moncef Marzouki | Mohamed Moncef Marzouki | Marzouki
  note: President of Tunisia 2011-2014; human-rights activist, later opposition
  gender: m
  role: TUN GOV 2011-12-13..2014-12-31
  role: TUN OPP 2015-01-01..                # opposition (Al-Irada, exile); date uncertain
  role: TUN

[actor] Beji Caid Essebsi | Béji Caïd Essebsi | Beji Caid el-Sebsi | Caid Essebsi | Essebsi | Sebsi
  note: President of Tunisia 2014-2019 (died in office 2019-07-25); prime minister in 2011
  gender: m
  role: TUN GOV 2014-12-31..2019-07-25
  role: TUN OPP 2012-06-16..2014-12-30      # Nidaa Tounes founder, opposition
  role: TUN GOV 2011-02-27..2011-12-24      # prime minister
  role: TUN

[actor] Mohamed Ennaceur | Mohammed Ennaceur | Ennaceur
  note: Interim President of Tunisia 2019-07-25..2019-10-23; speaker of parliament 2014-2019
  gender: m
  role: TUN GOV 2019-07-25..2019-10-23
  role: TUN LEG 2014-12-04..2019-07-24      # speaker
  role: TUN

[actor] Mohamed Ghannouchi | Mohammed Ghannouchi
  note: Prime Minister of Tunisia 1999-2011 (acting president 2011-01-14..2011-01-15)
  gender: m
  role: TUN GOV 1999-11-17..2011-02-27
  role: TUN

[actor] Hamadi Jebali | Hamadi Jbeli | Jebali
  note: Prime Minister of Tunisia 2011-2013 (Ennahda)
  gender: m
  role: TUN GOV 2011-12-24..2013-03-14
  role: TUN

[actor] Ali Laarayedh | Ali Larayedh | Laarayedh
  note: Prime Minister of Tunisia 2013-2014 (Ennahda; interior minister 2011-2013)
  gender: m
  role: TUN GOV 2011-12-24..2014-01-29      # interior minister, prime minister from 2013-03-14
  role: TUN

[actor] Mehdi Jomaa | Mehdi Jomâa | Jomaa
  note: Prime Minister of Tunisia 2014-2015 (technocratic government)
  gender: m
  role: TUN GOV 2013-03-14..2015-02-06      # industry minister, prime minister from 2014-01-29
  role: TUN

[actor] Habib Essid | Essid
  note: Prime Minister of Tunisia 2015-2016
  gender: m
  role: TUN GOV 2015-02-06..2016-08-27
  role: TUN

[actor] Youssef Chahed | Chahed
  note: Prime Minister of Tunisia 2016-2020 (Tahya Tounes)
  gender: m
  role: TUN GOV 2016-08-27..2020-02-27
  role: TUN

[actor] Elyes Fakhfakh | Fakhfakh
  note: Prime Minister of Tunisia 2020
  gender: m
  role: TUN GOV 2020-02-27..2020-09-02
  role: TUN

[actor] Hichem Mechichi | Mechichi
  note: Prime Minister of Tunisia 2020-2021 (dismissed by Kais Saied 2021-07-25)
  gender: m
  role: TUN GOV 2020-02-27..2021-07-25      # interior minister, prime minister from 2020-09-02
  role: TUN

[actor] Najla Bouden | Najla Bouden Romdhane | Bouden
  note: Prime Minister of Tunisia 2021-2023 (first woman in the office)
  gender: f
  role: TUN GOV 2021-10-11..2023-08-01
  role: TUN

[actor] Ahmed Hachani | Hachani
  note: Prime Minister of Tunisia 2023-2024
  gender: m
  role: TUN GOV 2023-08-01..2024-08-07
  role: TUN

[actor] Kamel Madouri | Madouri
  note: Prime Minister of Tunisia 2024-2025
  gender: m
  role: TUN GOV 2024-05-25..2025-03-21      # social affairs minister, prime minister from 2024-08-07; date uncertain
  role: TUN

# TUR — Turkey (Erdoğan in heads.lex)
[actor] Süleyman Demirel | Suleyman Demirel | Demirel
  note: President of Turkey 1993-2000; prime minister several times (died 2015)
  gender: m
  role: TUR GOV 1993-05-16..2000-05-16
  role: TUR

[actor] Ahmet Necdet Sezer | Necdet Sezer
  note: President of Turkey 2000-2007; president of the Constitutional Court 1998-2000
  gender: m
  role: TUR GOV 2000-05-16..2007-08-28
  role: TUR JUD 1998-01-06..2000-05-15      # date uncertain
  role: TUR

[actor] Bülent Ecevit | Bulent Ecevit | Ecevit
  note: Prime Minister of Turkey (last term 1999-2002; died 2006)
  gender: m
  role: TUR GOV 1999-01-11..2002-11-18
  role: TUR

[actor] Abdullah Gül | Abdullah Gul
  note: President of Turkey 2007-2014; prime minister 2002-2003; foreign minister 2003-2007
  gender: m
  role: TUR GOV 2002-11-18..2014-08-28
  role: TUR

[actor] Ahmet Davutoğlu | Ahmet Davutoglu | Davutoğlu | Davutoglu
  note: Prime Minister of Turkey 2014-2016; foreign minister 2009-2014; Future Party leader (opposition) since 2019
  gender: m
  role: TUR GOV 2009-05-01..2016-05-24      # foreign minister, prime minister from 2014-08-28
  role: TUR OPP 2019-12-13..                # Future Party leader
  role: TUR

[actor] Binali Yıldırım | Binali Yildirim
  note: Last Prime Minister of Turkey 2016-2018 (the office was abolished); speaker 2018-2019
  gender: m
  role: TUR GOV 2016-05-24..2018-07-09
  role: TUR LEG 2018-07-18..2019-02-18      # speaker of the Grand National Assembly
  role: TUR GOV 2002-11-18..2013-12-26      # transport minister; date uncertain
  role: TUR

# USA — United States (Trump in heads.lex; no bare "Clinton": Bill and Hillary; "Bush" is George W. here, his father left office in 1993)
[actor] Bill Clinton | William Jefferson Clinton | William J. Clinton | President Clinton
  note: President of the United States 1993-2001
  gender: m
  role: USA GOV 1993-01-20..2001-01-20
  role: USA

[actor] George W. Bush | George W Bush | George Walker Bush | W. Bush | Bush
  note: President of the United States 2001-2009 (governor of Texas 1995-2000)
  gender: m
  role: USA GOV 2001-01-20..2009-01-20
  role: USA GOV 1995-01-17..2000-12-21      # governor of Texas
  role: USA

[actor] Barack Obama | Barack Hussein Obama | Obama
  note: President of the United States 2009-2017 (senator for Illinois 2005-2008)
  gender: m
  role: USA GOV 2009-01-20..2017-01-20
  role: USA LEG 2005-01-03..2008-11-16      # senator
  role: USA

[actor] Joe Biden | Joseph Biden | Joseph R. Biden | Joseph R. Biden Jr. | Biden
  note: President of the United States 2021-2025; vice-president 2009-2017; senator for Delaware 1973-2009
  gender: m
  role: USA GOV 2021-01-20..2025-01-20
  role: USA GOV 2009-01-20..2017-01-20      # vice-president
  role: USA LEG 1973-01-03..2009-01-15      # senator
  role: USA

# YEM — Yemen (al-Alimi, the current prime minister and the Houthi leaders in heads.lex; no bare "Saleh", "Hadi")
[actor] Ali Abdullah Saleh | Ali Abdallah Saleh
  note: President of (North, then unified) Yemen 1978-2012; allied with the Houthis 2014-2017, killed by them 2017-12-04
  gender: m
  role: YEM GOV 1978-07-17..2012-02-27
  role: YEM

[actor] Abd Rabbuh Mansur Hadi | Abdrabbuh Mansour Hadi | Abd-Rabbu Mansour Hadi | Abdrabbuh Mansur Hadi | Mansour Hadi
  note: President of Yemen 2012-2022 (handed power to the Presidential Leadership Council 2022-04-07); vice-president 1994-2012
  gender: m
  role: YEM GOV 1994-10-03..2022-04-07
  role: YEM

[actor] Abdul Qadir Bajamal | Abdulqadir Bajamal | Abdul Qader Bajammal
  note: Prime Minister of Yemen 2001-2007
  gender: m
  role: YEM GOV 2001-03-31..2007-04-07
  role: YEM

[actor] Ali Muhammad Mujawar | Ali Mohammed Mujawar | Ali Mujawar
  note: Prime Minister of Yemen 2007-2011
  gender: m
  role: YEM GOV 2007-04-07..2011-12-07
  role: YEM

[actor] Mohammed Basindawa | Mohammed Salem Basindwa | Mohammed Basindwa | Basindawa
  note: Prime Minister of Yemen 2011-2014 (national unity government after the uprising)
  gender: m
  role: YEM GOV 2011-12-07..2014-09-24
  role: YEM

[actor] Khaled Bahah | Khalid Bahah | Bahah
  note: Prime Minister of Yemen 2014-2016 and vice-president 2015-2016
  gender: m
  role: YEM GOV 2014-11-09..2016-04-03
  role: YEM

[actor] Ahmed Obeid bin Daghr | Ahmed bin Dagher | Ahmed Obaid bin Daghr | bin Daghr | bin Dagher
  note: Prime Minister of Yemen 2016-2018
  gender: m
  role: YEM GOV 2016-04-04..2018-10-15
  role: YEM

[actor] Maeen Abdulmalik Saeed | Maeen Abdulmalik | Moeen Abdulmalik | Maeen Abdul Malik
  note: Prime Minister of Yemen 2018-2024
  gender: m
  role: YEM GOV 2018-10-15..2024-02-05
  role: YEM

[actor] Ahmed Awad bin Mubarak | Ahmad Awad bin Mubarak | Ahmed bin Mubarak | bin Mubarak
  note: Prime Minister of Yemen 2024-2025; foreign minister 2020-2024; ambassador to the US before
  gender: m
  role: YEM GOV 2015-01-01..2025-05-03      # presidential chief of staff, ambassador, UN envoy, foreign minister 2020-12-18, prime minister 2024-02-05; date uncertain
  role: YEM

# ZAF — South Africa (Ramaphosa in heads.lex)
[actor] Thabo Mbeki | Mbeki
  note: President of South Africa 1999-2008 (recalled by the ANC); deputy president 1994-1999
  gender: m
  role: ZAF GOV 1994-05-10..2008-09-24
  role: ZAF

[actor] Kgalema Motlanthe | Motlanthe
  note: President of South Africa 2008-2009; deputy president 2009-2014
  gender: m
  role: ZAF GOV 2008-09-25..2014-05-25
  role: ZAF

[actor] Jacob Zuma | Zuma
  note: President of South Africa 2009-2018 (resigned); deputy president 1999-2005; leader of the uMkhonto weSizwe (MK) party from 2023
  gender: m
  role: ZAF OPP 2023-12-16..                # MK party leader (the official opposition from 2024)
  role: ZAF GOV 2009-05-09..2018-02-14
  role: ZAF GOV 1999-06-17..2005-06-14      # deputy president
  role: ZAF

# EEC — European Union: former Presidents of the European Commission and of the European Council.
# Coded "- +EEC IGO" (no country; EU known group; IGO, since the EU is not a state); their national offices
# keep their own country.  Current presidents (von der Leyen, Costa) in heads.lex; Tusk (POL) in heads.lex;
# Prodi in the ITA section above.
[actor] José Manuel Barroso | Jose Manuel Barroso | José Manuel Durão Barroso | Jose Manuel Durao Barroso | Barroso
  note: President of the European Commission 2004-2014; Prime Minister of Portugal 2002-2004
  gender: m
  role: - +EEC IGO 2004-11-22..2014-10-31
  role: PRT GOV 2002-04-06..2004-07-17      # prime minister of Portugal
  role: PRT

[actor] Jean-Claude Juncker | Juncker
  note: President of the European Commission 2014-2019; Prime Minister of Luxembourg 1995-2013
  gender: m
  role: - +EEC IGO 2014-11-01..2019-11-30
  role: LUX GOV 1989-07-14..2013-12-04      # finance minister, prime minister from 1995-01-20
  role: LUX

[actor] Herman Van Rompuy | Van Rompuy
  note: First full-time President of the European Council 2009-2014; Prime Minister of Belgium 2008-2009
  gender: m
  role: - +EEC IGO 2009-12-01..2014-11-30
  role: BEL GOV 2008-12-30..2009-11-25      # prime minister of Belgium
  role: BEL

[actor] Charles Michel
  note: President of the European Council 2019-2024; Prime Minister of Belgium 2014-2019 (no bare "Michel")
  gender: m
  role: - +EEC IGO 2019-12-01..2024-11-30
  role: BEL GOV 2014-10-11..2019-10-27      # prime minister of Belgium
  role: BEL
