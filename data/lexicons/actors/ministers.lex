# Foreign ministers and defence ministers of the G20 and of the Middle East and
# North Africa: the holders known to the author (late 2025) and, where well
# known, their predecessors since about 2015.  Format: docs/lexicon.md.
#
# Conventions (see heads.lex)
# - Foreign ministers are GOV; defence ministers are GOV MIL
#   (CODING_GUIDELINE: "Defence ministers are GOV and MIL").  Serving
#   officers (chiefs of staff) are MIL only, intelligence chiefs SPY.
# - One block per person: people who are (or were) heads of state or
#   government are in heads.lex / predecessors.lex with their ministerial
#   ranges, and only pointed to here in comments.
# - Ranges inclusive; a minister's range ends on the day the successor took
#   office; in one block ranges never touch.  Fallback: the bare country, or
#   a dated OPP range for opposition leaders.
# - "# check: as known at <date>" and "# date uncertain" as in heads.lex.
#
# Countries: ARE ARG AUS BHR BRA CAN CHN DEU DZA EGY FRA GBR IDN IND IRN IRQ
# ISR ITA JOR JPN KOR KWT LBN LBY MAR MEX OMN PSE QAT RUS SAU SYR TUN TUR
# USA YEM ZAF, then the European Union.

# ARE — United Arab Emirates (defence: the prime minister, Mohammed bin Rashid, is formally defence minister; see heads.lex)
[actor] Abdullah bin Zayed Al Nahyan | Sheikh Abdullah bin Zayed Al Nahyan | Abdullah bin Zayed | Sheikh Abdullah bin Zayed | Abdullah bin Zayed al-Nahyan
  note: Foreign Minister of the UAE (since 2006-02-09); deputy prime minister since 2024
  gender: m
  role: ARE GOV 1997-03-01..                # information minister from 1997 (date uncertain), foreign minister from 2006-02-09
  role: ARE

[actor] Anwar Gargash | Anwar Mohammed Gargash | Gargash
  note: Diplomatic adviser to the UAE president (since 2021); minister of state for foreign affairs 2008-2021
  gender: m
  role: ARE GOV 2006-02-09..                # minister of state (federal national council affairs, then foreign affairs), adviser; date uncertain
  role: ARE

[actor] Mohammed bin Ahmed Al Bowardi | Mohammed Al Bowardi | Mohammed bin Ahmed al-Bowardi
  note: Minister of State for Defence Affairs of the UAE
  gender: m
  role: ARE GOV MIL 2016-02-10..            # date uncertain
  role: ARE

# ARG — Argentina
[actor] Pablo Quirno
  note: Foreign Minister of Argentina (finance secretary before)   # check: as known at 2025-11; date uncertain
  gender: m
  role: ARG GOV 2025-10-27..
  role: ARG

[actor] Gerardo Werthein | Werthein
  note: Foreign Minister of Argentina 2024-2025 (ambassador to the US before)
  gender: m
  role: ARG GOV 2024-01-01..2025-10-27      # ambassador to the United States, foreign minister from 2024-10-30; dates uncertain
  role: ARG

[actor] Diana Mondino | Mondino
  note: Foreign Minister of Argentina 2023-2024
  gender: f
  role: ARG GOV 2023-12-10..2024-10-30
  role: ARG

[actor] Santiago Cafiero | Cafiero
  note: Foreign Minister of Argentina 2021-2023 (cabinet chief 2019-2021)
  gender: m
  role: ARG GOV 2019-12-10..2023-12-10      # chief of cabinet, foreign minister from 2021-09-20
  role: ARG

[actor] Luis Petri
  note: Defence Minister of Argentina 2023-2025 (elected to Congress in October 2025)
  gender: m
  role: ARG GOV MIL 2023-12-10..2025-12-09  # end date uncertain
  role: ARG

[actor] Carlos Presti | Carlos Alberto Presti
  note: Defence Minister of Argentina (army chief of staff before; the first serving officer in the post since 1983)   # check: as known at 2025-12; date uncertain
  gender: m
  role: ARG GOV MIL 2025-12-10..
  role: ARG MIL

[actor] Jorge Taiana | Taiana
  note: Defence Minister of Argentina 2021-2023; foreign minister 2005-2010
  gender: m
  role: ARG GOV MIL 2021-08-10..2023-12-10  # date uncertain
  role: ARG GOV 2005-12-01..2010-06-18      # foreign minister; date uncertain
  role: ARG

# AUS — Australia
[actor] Penny Wong
  note: Foreign Minister of Australia (Labor leader in the Senate)
  gender: f
  role: AUS GOV 2022-05-23..
  role: AUS

[actor] Richard Marles | Marles
  note: Deputy Prime Minister and Defence Minister of Australia
  gender: m
  role: AUS GOV MIL 2022-05-23..
  role: AUS

[actor] Marise Payne
  note: Foreign Minister of Australia 2018-2022; Defence Minister 2015-2018
  gender: f
  role: AUS GOV 2018-08-26..2022-05-23      # foreign minister
  role: AUS GOV MIL 2015-09-21..2018-08-25  # defence minister
  role: AUS

[actor] Julie Bishop
  note: Foreign Minister of Australia 2013-2018
  gender: f
  role: AUS GOV 2013-09-18..2018-08-26
  role: AUS

[actor] Peter Dutton | Dutton
  note: Defence Minister of Australia 2021-2022; Liberal leader and Leader of the Opposition 2022-2025 (lost his seat in May 2025)
  gender: m
  role: AUS OPP 2022-05-30..2025-05-03      # Leader of the Opposition
  role: AUS GOV MIL 2021-03-30..2022-05-23  # defence minister
  role: AUS GOV 2013-09-18..2021-03-29      # health, immigration, home affairs minister
  role: AUS

[actor] Linda Reynolds
  note: Defence Minister of Australia 2019-2021
  gender: f
  role: AUS GOV MIL 2019-05-29..2021-03-30
  role: AUS

[actor] Christopher Pyne | Pyne
  note: Defence Minister of Australia 2018-2019
  gender: m
  role: AUS GOV MIL 2018-08-28..2019-05-29
  role: AUS

# BHR — Bahrain
[actor] Abdullatif bin Rashid Al Zayani | Abdullatif Al Zayani | Abdullatif al-Zayani | Abdullatif bin Rashid al-Zayani
  note: Foreign Minister of Bahrain (GCC secretary-general 2011-2020)
  gender: m
  role: BHR GOV 2020-02-11..
  role: - +GCC IGO 2011-04-01..2020-01-31   # secretary-general of the Gulf Cooperation Council; date uncertain
  role: BHR

[actor] Khalid bin Ahmed Al Khalifa | Sheikh Khalid bin Ahmed Al Khalifa | Khalid bin Ahmed al-Khalifa
  note: Foreign Minister of Bahrain 2005-2020, then diplomatic adviser to the King
  gender: m
  role: BHR GOV 2005-09-26..                # date uncertain
  role: BHR

# BRA — Brazil
[actor] Mauro Vieira
  note: Foreign Minister of Brazil (also 2015-2016)
  gender: m
  role: BRA GOV 2023-01-01..
  role: BRA GOV 2015-01-01..2016-05-12
  role: BRA

[actor] José Múcio Monteiro | Jose Mucio Monteiro | José Múcio | Jose Mucio
  note: Defence Minister of Brazil
  gender: m
  role: BRA GOV MIL 2023-01-01..
  role: BRA

[actor] Ernesto Araújo | Ernesto Araujo
  note: Foreign Minister of Brazil 2019-2021
  gender: m
  role: BRA GOV 2019-01-01..2021-03-29
  role: BRA

[actor] Carlos França | Carlos Franca | Carlos Alberto Franco França
  note: Foreign Minister of Brazil 2021-2022
  gender: m
  role: BRA GOV 2021-04-06..2022-12-31
  role: BRA

[actor] Walter Braga Netto | Braga Netto
  note: Defence Minister of Brazil 2021-2022 (army general; Bolsonaro's 2022 running mate; convicted in the coup-plot trial)
  gender: m
  role: BRA GOV MIL 2020-02-18..2022-03-31  # chief of staff, defence minister from 2021-03-30
  role: BRA MIL

[actor] Fernando Azevedo e Silva | Azevedo e Silva
  note: Defence Minister of Brazil 2019-2021 (army general)
  gender: m
  role: BRA GOV MIL 2019-01-01..2021-03-29
  role: BRA MIL

# CAN — Canada
[actor] Anita Anand
  note: Foreign Minister of Canada (since 2025-05-13); Defence Minister 2021-2023
  gender: f
  role: CAN GOV 2023-07-26..                # Treasury Board president, transport and industry minister, foreign minister from 2025-05-13
  role: CAN GOV MIL 2021-10-26..2023-07-25  # defence minister
  role: CAN GOV 2019-11-20..2021-10-25      # public services and procurement minister
  role: CAN

[actor] David McGuinty | McGuinty
  note: Defence Minister of Canada (public safety minister 2024-2025)
  gender: m
  role: CAN GOV MIL 2025-05-13..
  role: CAN GOV 2024-12-20..2025-05-12      # public safety minister; date uncertain
  role: CAN

[actor] Mélanie Joly | Melanie Joly
  note: Foreign Minister of Canada 2021-2025, then industry minister
  gender: f
  role: CAN GOV 2015-11-04..
  role: CAN

[actor] Bill Blair
  note: Defence Minister of Canada 2023-2025 (public safety minister 2019-2021); High Commissioner to the UK from 2025
  gender: m
  role: CAN GOV MIL 2023-07-26..2025-05-13
  role: CAN GOV 2018-07-18..2023-07-25      # border security, public safety, emergency preparedness minister; date uncertain
  role: CAN

[actor] Harjit Sajjan | Sajjan
  note: Defence Minister of Canada 2015-2021
  gender: m
  role: CAN GOV MIL 2015-11-04..2021-10-26
  role: CAN

[actor] Chrystia Freeland | Freeland
  note: Foreign Minister of Canada 2017-2019, deputy prime minister 2019-2024 and finance minister 2020-2024 (resigned 2024-12-16)
  gender: f
  role: CAN GOV 2015-11-04..2025-09-16      # trade, foreign (2017-01-10..2019-11-20), deputy PM and finance; transport 2025; end date uncertain
  role: CAN

[actor] François-Philippe Champagne | Francois-Philippe Champagne
  note: Foreign Minister of Canada 2019-2021; finance minister since 2025
  gender: m
  role: CAN GOV 2017-01-10..
  role: CAN

[actor] Stéphane Dion | Stephane Dion
  note: Foreign Minister of Canada 2015-2017; Liberal leader and Leader of the Opposition 2006-2008
  gender: m
  role: CAN GOV 2015-11-04..2017-01-10
  role: CAN OPP 2006-12-02..2008-12-10
  role: CAN

# CHN — China (no bare "Wang", "Qin", "Dong", "Li")
[actor] Wang Yi
  note: Foreign Minister of China (2013-2022, again since 2023-07-25); director of the Communist Party's foreign affairs commission office
  gender: m
  role: CHN GOV 2013-03-16..
  role: CHN

[actor] Qin Gang
  note: Foreign Minister of China 2022-12-30..2023-07-25 (removed); ambassador to the US before
  gender: m
  role: CHN GOV 2021-07-28..2023-07-25      # ambassador to the United States, foreign minister from 2022-12-30
  role: CHN

[actor] Dong Jun
  note: Defence Minister of China (admiral, navy commander before)
  gender: m
  role: CHN GOV MIL 2023-12-29..
  role: CHN MIL

[actor] Li Shangfu
  note: Defence Minister of China March-October 2023 (removed; expelled from the party 2024)
  gender: m
  role: CHN GOV MIL 2023-03-12..2023-10-24
  role: CHN MIL

[actor] Wei Fenghe
  note: Defence Minister of China 2018-2023 (general)
  gender: m
  role: CHN GOV MIL 2018-03-19..2023-03-12
  role: CHN MIL

[actor] Chang Wanquan
  note: Defence Minister of China 2013-2018 (general)
  gender: m
  role: CHN GOV MIL 2013-03-16..2018-03-19
  role: CHN MIL

# DEU — Germany (Steinmeier in heads.lex; von der Leyen in heads.lex, EU section)
[actor] Johann Wadephul | Wadephul
  note: Foreign Minister of Germany (CDU)
  gender: m
  role: DEU GOV 2025-05-06..
  role: DEU

[actor] Boris Pistorius | Pistorius
  note: Defence Minister of Germany (SPD; Lower Saxony interior minister 2013-2023)
  gender: m
  role: DEU GOV MIL 2023-01-19..
  role: DEU GOV 2013-02-19..2023-01-18      # interior minister of Lower Saxony
  role: DEU

[actor] Annalena Baerbock | Baerbock
  note: Foreign Minister of Germany 2021-2025 (Greens); President of the UN General Assembly 2025-2026
  gender: f
  role: - +UNO IGO 2025-09-09..             # President of the 80th session of the UN General Assembly
  role: DEU GOV 2021-12-08..2025-05-06
  role: DEU

[actor] Heiko Maas
  note: Foreign Minister of Germany 2018-2021 (justice minister 2013-2018)
  gender: m
  role: DEU GOV 2013-12-17..2021-12-08
  role: DEU

[actor] Sigmar Gabriel
  note: Foreign Minister of Germany 2017-2018; vice-chancellor and economy minister 2013-2017; SPD leader 2009-2017
  gender: m
  role: DEU GOV 2013-12-17..2018-03-14
  role: DEU

[actor] Christine Lambrecht | Lambrecht
  note: Defence Minister of Germany 2021-2023 (justice minister 2019-2021)
  gender: f
  role: DEU GOV MIL 2021-12-08..2023-01-19
  role: DEU GOV 2019-06-27..2021-12-07      # justice minister
  role: DEU

[actor] Annegret Kramp-Karrenbauer | Kramp-Karrenbauer | AKK
  note: Defence Minister of Germany 2019-2021; CDU leader 2018-2020
  gender: f
  role: DEU GOV MIL 2019-07-17..2021-12-08
  role: DEU

# DZA — Algeria (the president is also defence minister)
[actor] Ahmed Attaf | Attaf
  note: Foreign Minister of Algeria (also 1996-1999)
  gender: m
  role: DZA GOV 2023-03-16..
  role: DZA

[actor] Ramtane Lamamra | Lamamra
  note: Foreign Minister of Algeria 2013-2017 and 2021-2023; later UN envoy for Sudan
  gender: m
  role: DZA GOV 2021-07-07..2023-03-16
  role: DZA GOV 2013-09-11..2017-05-25
  role: DZA

[actor] Sabri Boukadoum | Boukadoum
  note: Foreign Minister of Algeria 2019-2021 (acting prime minister December 2019)
  gender: m
  role: DZA GOV 2019-04-01..2021-07-07
  role: DZA

[actor] Saïd Chengriha | Said Chengriha | Saïd Chanegriha | Said Chanegriha | Chengriha | Chanegriha
  note: Chief of staff of the Algerian army (since 2019-12-23); minister delegate to the Ministry of Defence from 2024
  gender: m
  role: DZA GOV MIL 2024-11-18..            # minister delegate for defence; date uncertain
  role: DZA MIL

[actor] Ahmed Gaïd Salah | Ahmed Gaid Salah | Gaïd Salah | Gaid Salah
  note: Army chief of staff 2004-2019 and deputy defence minister 2013-2019; Algeria's strongman after Bouteflika's fall (died 2019-12-23)
  gender: m
  role: DZA GOV MIL 2013-09-11..2019-12-23
  role: DZA MIL

# EGY — Egypt (al-Sisi, defence minister 2012-2014, in heads.lex)
[actor] Badr Abdelatty | Badr Abdel Aty | Badr Abdelaty | Abdelatty
  note: Foreign Minister of Egypt
  gender: m
  role: EGY GOV 2024-07-03..
  role: EGY

[actor] Sameh Shoukry | Sameh Shukri | Shoukry
  note: Foreign Minister of Egypt 2014-2024
  gender: m
  role: EGY GOV 2014-06-17..2024-07-03
  role: EGY

[actor] Abdel Majeed Saqr | Abdel Mageed Saqr | Abdelmagid Saqr
  note: Defence Minister and commander-in-chief of Egypt (general; governor of Suez before)
  gender: m
  role: EGY GOV MIL 2024-07-03..
  role: EGY MIL

[actor] Mohamed Zaki | Mohamed Ahmed Zaki | Mohammed Zaki
  note: Defence Minister of Egypt 2018-2024 (general; commander of the Republican Guard before)
  gender: m
  role: EGY GOV MIL 2018-06-14..2024-07-03
  role: EGY MIL

[actor] Sedki Sobhi | Sidqi Sobhi | Sedky Sobhy
  note: Defence Minister of Egypt 2014-2018 (general; army chief of staff before)
  gender: m
  role: EGY GOV MIL 2014-03-26..2018-06-14
  role: EGY MIL

# FRA — France (Lecornu, armed forces minister 2022-2025, in heads.lex; Ayrault and Barnier in predecessors.lex)
[actor] Jean-Noël Barrot | Jean-Noel Barrot | Barrot
  note: Foreign Minister of France (Europe and Foreign Affairs)   # check: as known at 2025-12
  gender: m
  role: FRA GOV 2023-07-20..                # junior minister (digital, Europe), foreign minister from 2024-09-21; date uncertain
  role: FRA

[actor] Catherine Vautrin | Vautrin
  note: Minister of the Armed Forces of France (labour and health minister before)   # check: as known at 2025-12
  gender: f
  role: FRA GOV MIL 2025-10-12..
  role: FRA GOV 2024-01-11..2025-10-11      # labour, health and territories minister; date uncertain
  role: FRA

[actor] Stéphane Séjourné | Stephane Sejourne | Séjourné | Sejourne
  note: Foreign Minister of France January-September 2024; European Commissioner (Executive Vice-President for industrial strategy) since 2024-12-01
  gender: m
  role: - +EEC IGO 2024-12-01..
  role: FRA GOV 2024-01-11..2024-09-21
  role: FRA

[actor] Catherine Colonna | Colonna
  note: Foreign Minister of France 2022-2024
  gender: f
  role: FRA GOV 2022-05-20..2024-01-11
  role: FRA

[actor] Jean-Yves Le Drian | Le Drian
  note: Foreign Minister of France 2017-2022; Defence Minister 2012-2017; later presidential envoy for Lebanon
  gender: m
  role: FRA GOV 2017-05-17..2022-05-20      # foreign minister
  role: FRA GOV MIL 2012-05-16..2017-05-16  # defence minister
  role: FRA

[actor] Laurent Fabius | Fabius
  note: Foreign Minister of France 2012-2016; prime minister 1984-1986; president of the Constitutional Council 2016-2025
  gender: m
  role: FRA JUD 2016-03-08..2025-03-07      # Constitutional Council
  role: FRA GOV 2012-05-16..2016-02-11      # foreign minister
  role: FRA

[actor] Florence Parly | Parly
  note: Minister of the Armed Forces of France 2017-2022
  gender: f
  role: FRA GOV MIL 2017-06-21..2022-05-20
  role: FRA

# GBR — United Kingdom (Cameron, Johnson and Truss, foreign secretaries, in predecessors.lex)
[actor] Yvette Cooper
  note: Foreign Secretary of the United Kingdom (Home Secretary 2024-2025)   # check: as known at 2025-12
  gender: f
  role: GBR GOV 2024-07-05..                # Home Secretary, Foreign Secretary from 2025-09-05
  role: GBR

[actor] David Lammy | Lammy
  note: Deputy Prime Minister and Justice Secretary of the United Kingdom (since 2025-09-05); Foreign Secretary 2024-2025
  gender: m
  role: GBR GOV 2024-07-05..
  role: GBR OPP 2021-11-29..2024-07-04      # shadow foreign secretary
  role: GBR

[actor] John Healey | Healey
  note: Defence Secretary of the United Kingdom
  gender: m
  role: GBR GOV MIL 2024-07-05..
  role: GBR OPP 2020-04-09..2024-07-04      # shadow defence secretary; date uncertain
  role: GBR

[actor] James Cleverly   # no bare "Cleverly" (an English word)
  note: Foreign Secretary 2022-2023, Home Secretary 2023-2024
  gender: m
  role: GBR GOV 2022-09-06..2024-07-05
  role: GBR

[actor] Dominic Raab | Raab
  note: Foreign Secretary 2019-2021; Deputy Prime Minister and Justice Secretary 2021-2023
  gender: m
  role: GBR GOV 2019-07-24..2023-04-21
  role: GBR

[actor] Jeremy Hunt
  note: Foreign Secretary 2018-2019; Chancellor of the Exchequer 2022-2024
  gender: m
  role: GBR GOV 2022-10-14..2024-07-05      # Chancellor of the Exchequer
  role: GBR GOV 2012-09-04..2019-07-24      # health secretary, Foreign Secretary from 2018-07-09
  role: GBR

[actor] Philip Hammond
  note: Foreign Secretary 2014-2016; Defence Secretary 2011-2014; Chancellor 2016-2019
  gender: m
  role: GBR GOV 2014-07-15..2019-07-24      # Foreign Secretary, Chancellor from 2016-07-13
  role: GBR GOV MIL 2011-10-14..2014-07-14  # Defence Secretary
  role: GBR

[actor] Grant Shapps | Shapps
  note: Defence Secretary 2023-2024
  gender: m
  role: GBR GOV MIL 2023-08-31..2024-07-05
  role: GBR

[actor] Ben Wallace
  note: Defence Secretary 2019-2023
  gender: m
  role: GBR GOV MIL 2019-07-24..2023-08-31
  role: GBR

[actor] Gavin Williamson
  note: Defence Secretary 2017-2019
  gender: m
  role: GBR GOV MIL 2017-11-02..2019-05-01
  role: GBR

[actor] Michael Fallon
  note: Defence Secretary 2014-2017
  gender: m
  role: GBR GOV MIL 2014-07-15..2017-11-01
  role: GBR

# IDN — Indonesia (Prabowo, defence minister 2019-2024, in heads.lex)
[actor] Sugiono
  note: Foreign Minister of Indonesia (Gerindra)
  gender: m
  role: IDN GOV 2024-10-21..
  role: IDN

[actor] Retno Marsudi | Retno
  note: Foreign Minister of Indonesia 2014-2024
  gender: f
  role: IDN GOV 2014-10-27..2024-10-20
  role: IDN

[actor] Sjafrie Sjamsoeddin | Sjafrie
  note: Defence Minister of Indonesia (retired general)
  gender: m
  role: IDN GOV MIL 2024-10-21..
  role: IDN MIL

[actor] Ryamizard Ryacudu | Ryamizard
  note: Defence Minister of Indonesia 2014-2019 (retired general)
  gender: m
  role: IDN GOV MIL 2014-10-27..2019-10-23
  role: IDN MIL

# IND — India (Pranab Mukherjee in predecessors.lex)
[actor] Subrahmanyam Jaishankar | S. Jaishankar | S Jaishankar | Jaishankar
  note: External Affairs Minister of India (foreign secretary 2015-2018)
  gender: m
  role: IND GOV 2015-01-29..                # foreign secretary, minister from 2019-05-31
  role: IND

[actor] Sushma Swaraj
  note: External Affairs Minister of India 2014-2019 (died 2019-08-06); Leader of the Opposition 2009-2014
  gender: f
  role: IND GOV 2014-05-26..2019-05-30
  role: IND OPP 2009-12-21..2014-05-25      # Leader of the Opposition in the Lok Sabha
  role: IND

[actor] Rajnath Singh
  note: Defence Minister of India (home minister 2014-2019)
  gender: m
  role: IND GOV MIL 2019-05-31..
  role: IND GOV 2014-05-26..2019-05-30      # home minister
  role: IND

[actor] Nirmala Sitharaman | Sitharaman
  note: Finance Minister of India (since 2019); Defence Minister 2017-2019
  gender: f
  role: IND GOV 2019-05-31..                # finance minister
  role: IND GOV MIL 2017-09-03..2019-05-30  # defence minister
  role: IND GOV 2014-05-26..2017-09-02      # commerce minister
  role: IND

[actor] Manohar Parrikar | Parrikar
  note: Defence Minister of India 2014-2017 (chief minister of Goa; died 2019)
  gender: m
  role: IND GOV MIL 2014-11-09..2017-03-13
  role: IND

# IRN — Iran
[actor] Abbas Araghchi | Abbas Araqchi | Seyed Abbas Araghchi | Araghchi | Araqchi
  note: Foreign Minister of Iran (nuclear negotiator and deputy foreign minister before)
  gender: m
  role: IRN GOV 2013-08-15..                # deputy foreign minister 2013-2021 (date uncertain), foreign minister from 2024-08-21
  role: IRN

[actor] Hossein Amir-Abdollahian | Hossein Amirabdollahian | Amir-Abdollahian | Amirabdollahian
  note: Foreign Minister of Iran 2021-2024 (killed with President Raisi 2024-05-19)
  gender: m
  role: IRN GOV 2021-08-25..2024-05-19
  role: IRN

[actor] Ali Bagheri Kani | Ali Bagheri | Bagheri Kani
  note: Acting Foreign Minister of Iran 2024-05-20..2024-08-21; chief nuclear negotiator 2021-2024
  gender: m
  role: IRN GOV 2021-09-14..2024-08-21      # deputy foreign minister, acting minister; date uncertain
  role: IRN

[actor] Mohammad Javad Zarif | Javad Zarif | Zarif
  note: Foreign Minister of Iran 2013-2021 (negotiated the 2015 nuclear deal); vice-president for strategic affairs 2024-2025
  gender: m
  role: IRN GOV 2024-08-01..2025-03-02      # vice-president for strategic affairs
  role: IRN GOV 2013-08-15..2021-08-25
  role: IRN

[actor] Aziz Nasirzadeh | Aziz Nasir-Zadeh | Nasirzadeh
  note: Defence Minister of Iran (brigadier general, air force commander before)   # check: as known at 2025-12
  gender: m
  role: IRN GOV MIL 2024-08-21..
  role: IRN MIL

[actor] Mohammad-Reza Ashtiani | Mohammad Reza Gharaei Ashtiani | Ashtiani
  note: Defence Minister of Iran 2021-2024 (army general)
  gender: m
  role: IRN GOV MIL 2021-08-25..2024-08-21
  role: IRN MIL

[actor] Amir Hatami
  note: Defence Minister of Iran 2017-2021; commander-in-chief of the regular army (Artesh) since June 2025
  gender: m
  role: IRN MIL 2021-08-26..                # army posts, army commander from 2025-06
  role: IRN GOV MIL 2017-08-20..2021-08-25
  role: IRN MIL

# IRQ — Iraq (Ibrahim al-Jaafari, foreign minister 2014-2018, in predecessors.lex)
[actor] Fuad Hussein | Fouad Hussein | Fuad Husayn
  note: Deputy Prime Minister and Foreign Minister of Iraq (KDP; finance minister 2018-2020)
  gender: m
  role: IRQ GOV 2018-10-25..                # finance minister, foreign minister from 2020-06-06
  role: IRQ

[actor] Mohammed Ali al-Hakim | Mohamed Ali Alhakim
  note: Foreign Minister of Iraq 2018-2020 (UN ambassador 2010-2017)
  gender: m
  role: IRQ GOV 2018-10-25..2020-06-06
  role: IRQ

[actor] Thabet al-Abbasi | Thabit al-Abbasi | Thabet Mohammed al-Abbasi
  note: Defence Minister of Iraq
  gender: m
  role: IRQ GOV MIL 2022-10-27..
  role: IRQ

[actor] Juma Inad | Jumaa Inad | Juma Inad Saadoun
  note: Defence Minister of Iraq 2020-2022 (army general)
  gender: m
  role: IRQ GOV MIL 2020-06-06..2022-10-27
  role: IRQ MIL

[actor] Najah al-Shammari | Najah Hassan al-Shammari
  note: Defence Minister of Iraq 2019-2020
  gender: m
  role: IRQ GOV MIL 2019-06-24..2020-05-07
  role: IRQ

[actor] Khaled al-Obaidi | Khalid al-Obaidi
  note: Defence Minister of Iraq 2014-2016 (dismissed by parliament)
  gender: m
  role: IRQ GOV MIL 2014-10-18..2016-08-25
  role: IRQ

[actor] Irfan al-Hiyali | Arfan al-Hayali | Erfan al-Hiyali
  note: Defence Minister of Iraq 2017-2018 (army general)
  gender: m
  role: IRQ GOV MIL 2017-01-30..2018-10-25
  role: IRQ MIL

# ISR — Israel (Netanyahu in heads.lex; Barak, Bennett and Lapid in predecessors.lex)
[actor] Israel Katz | Yisrael Katz
  note: Defence Minister of Israel (since 2024-11-05; Likud); foreign minister 2019-2020 and 2024, finance minister 2020-2021
  gender: m
  role: ISR GOV MIL 2024-11-05..
  role: ISR GOV 2022-12-29..2024-11-04      # energy minister, foreign minister from 2024-01-01
  role: ISR OPP 2021-06-14..2022-12-28      # Likud, opposition
  role: ISR GOV 2009-03-31..2021-06-13      # transport, intelligence, foreign (2019-2020) and finance minister
  role: ISR

[actor] Gideon Sa'ar | Gideon Saar | Sa'ar
  note: Foreign Minister of Israel (since 2024-11-05; New Hope)
  gender: m
  role: ISR GOV 2024-09-29..                # minister without portfolio, foreign minister from 2024-11-05
  role: ISR GOV 2023-10-12..2024-03-25      # member of the wartime government (New Hope in the national unity government); date uncertain
  role: ISR GOV 2021-06-13..2022-12-29      # justice minister
  role: ISR

[actor] Eli Cohen
  note: Foreign Minister of Israel 2023 (Likud); energy minister from 2024
  gender: m
  role: ISR GOV 2022-12-29..
  role: ISR

[actor] Gabi Ashkenazi | Gabriel Ashkenazi   # no bare "Ashkenazi" (an ethnic term)
  note: Foreign Minister of Israel 2020-2021; IDF chief of staff 2007-2011
  gender: m
  role: ISR GOV 2020-05-17..2021-06-13
  role: ISR MIL 2007-02-14..2011-02-14      # chief of staff
  role: ISR

[actor] Yoav Gallant   # no bare "Gallant" (an English word)
  note: Defence Minister of Israel 2022-2024 (dismissed 2024-11-05); general
  gender: m
  role: ISR GOV MIL 2022-12-29..2024-11-05
  role: ISR GOV 2015-05-14..2021-06-13      # construction, immigration, education minister
  role: ISR MIL ..2011-02-01                # IDF general (Southern Command)
  role: ISR

[actor] Benny Gantz | Benjamin Gantz | Gantz
  note: Defence Minister of Israel 2020-2022; war cabinet member 2023-2024; National Unity leader; IDF chief of staff 2011-2015
  gender: m
  role: ISR OPP 2024-06-10..                # National Unity, opposition
  role: ISR GOV 2023-10-12..2024-06-09      # minister in the war cabinet
  role: ISR OPP 2022-12-29..2023-10-11
  role: ISR GOV MIL 2020-05-17..2022-12-28  # defence minister (and alternate PM until 2021)
  role: ISR OPP 2019-01-01..2020-05-16      # Blue and White leader; date uncertain
  role: ISR MIL 2011-02-14..2015-02-16      # IDF chief of staff
  role: ISR

[actor] Avigdor Lieberman | Avigdor Liberman | Liberman   # no bare "Lieberman" (US senator Joe Lieberman)
  note: Defence Minister of Israel 2016-2018; foreign minister 2009-2012 and 2013-2015; finance minister 2021-2022; Yisrael Beiteinu leader
  gender: m
  role: ISR OPP 2022-12-29..
  role: ISR GOV 2021-06-13..2022-12-28      # finance minister
  role: ISR OPP 2018-11-19..2021-06-12
  role: ISR GOV MIL 2016-05-30..2018-11-18  # defence minister
  role: ISR GOV 2013-11-11..2015-05-14      # foreign minister
  role: ISR GOV 2009-03-31..2012-12-18      # foreign minister
  role: ISR

[actor] Moshe Ya'alon | Moshe Yaalon | Ya'alon | Yaalon | Bogie Ya'alon
  note: Defence Minister of Israel 2013-2016; IDF chief of staff 2002-2005
  gender: m
  role: ISR GOV MIL 2013-03-18..2016-05-20
  role: ISR MIL 2002-07-09..2005-06-01      # chief of staff
  role: ISR

# ITA — Italy (Gentiloni, foreign minister 2014-2016, in predecessors.lex)
[actor] Antonio Tajani | Tajani
  note: Deputy Prime Minister and Foreign Minister of Italy (Forza Italia leader); President of the European Parliament 2017-2019
  gender: m
  role: ITA GOV 2022-10-22..
  role: - +EEC IGO 2008-05-09..2019-07-02   # European Commissioner 2008-2014, Parliament vice-president, President of the European Parliament 2017-2019; date uncertain
  role: ITA

[actor] Guido Crosetto | Crosetto
  note: Defence Minister of Italy (Brothers of Italy co-founder)
  gender: m
  role: ITA GOV MIL 2022-10-22..
  role: ITA

[actor] Luigi Di Maio | Di Maio
  note: Foreign Minister of Italy 2019-2022 (Five Star Movement leader 2017-2020); EU special representative for the Gulf from 2023
  gender: m
  role: - +EEC IGO 2023-06-01..
  role: ITA GOV 2018-06-01..2022-10-22      # deputy PM and labour minister, foreign minister from 2019-09-05
  role: ITA

[actor] Enzo Moavero Milanesi | Moavero Milanesi
  note: Foreign Minister of Italy 2018-2019
  gender: m
  role: ITA GOV 2018-06-01..2019-09-05
  role: ITA

[actor] Angelino Alfano | Alfano
  note: Foreign Minister of Italy 2016-2018 (interior minister 2013-2016)
  gender: m
  role: ITA GOV 2013-04-28..2018-06-01
  role: ITA

[actor] Lorenzo Guerini | Guerini
  note: Defence Minister of Italy 2019-2022
  gender: m
  role: ITA GOV MIL 2019-09-05..2022-10-22
  role: ITA

[actor] Elisabetta Trenta | Trenta
  note: Defence Minister of Italy 2018-2019
  gender: f
  role: ITA GOV MIL 2018-06-01..2019-09-05
  role: ITA

[actor] Roberta Pinotti | Pinotti
  note: Defence Minister of Italy 2014-2018
  gender: f
  role: ITA GOV MIL 2014-02-22..2018-06-01
  role: ITA

# JOR — Jordan (the prime minister is also defence minister)
[actor] Ayman Safadi | Ayman al-Safadi | Safadi
  note: Deputy Prime Minister and Foreign Minister of Jordan
  gender: m
  role: JOR GOV 2017-01-15..
  role: JOR

[actor] Nasser Judeh | Nasser Judah
  note: Foreign Minister of Jordan 2009-2017
  gender: m
  role: JOR GOV 2009-02-23..2017-01-15
  role: JOR

# JPN — Japan (Kishida, foreign minister 2012-2017, and Ishiba, defence minister 2007-2008, in predecessors.lex)
[actor] Toshimitsu Motegi | Motegi
  note: Foreign Minister of Japan (since 2025-10-21; also 2019-2021); LDP secretary-general 2021-2024
  gender: m
  role: JPN GOV 2025-10-21..
  role: JPN GOV 2019-09-11..2021-11-04      # foreign minister
  role: JPN GOV 2017-08-03..2019-09-10      # economy revitalisation minister
  role: JPN

[actor] Shinjiro Koizumi
  note: Defence Minister of Japan (since 2025-10-21); agriculture minister 2025, environment minister 2019-2021 (son of Junichiro Koizumi)
  gender: m
  role: JPN GOV MIL 2025-10-21..
  role: JPN GOV 2025-05-21..2025-10-20      # agriculture minister; date uncertain
  role: JPN GOV 2019-09-11..2021-10-04      # environment minister
  role: JPN

[actor] Takeshi Iwaya | Iwaya
  note: Foreign Minister of Japan 2024-2025; Defence Minister 2018-2019
  gender: m
  role: JPN GOV 2024-10-01..2025-10-21      # foreign minister
  role: JPN GOV MIL 2018-10-02..2019-09-11  # defence minister
  role: JPN

[actor] Yoko Kamikawa | Kamikawa
  note: Foreign Minister of Japan 2023-2024 (justice minister several times)
  gender: f
  role: JPN GOV 2023-09-13..2024-10-01
  role: JPN

[actor] Yoshimasa Hayashi
  note: Foreign Minister of Japan 2021-2023; Chief Cabinet Secretary 2023-2025
  gender: m
  role: JPN GOV 2021-11-10..2025-10-21      # foreign minister, chief cabinet secretary from 2023-12-14
  role: JPN

[actor] Taro Kono | Tarō Kōno
  note: Foreign Minister of Japan 2017-2019; Defence Minister 2019-2020; later administrative reform and digital minister
  gender: m
  role: JPN GOV 2022-08-10..2024-10-01      # digital minister
  role: JPN GOV 2020-09-16..2021-10-04      # administrative reform minister (and vaccines)
  role: JPN GOV MIL 2019-09-11..2020-09-15  # defence minister
  role: JPN GOV 2017-08-03..2019-09-10      # foreign minister
  role: JPN

[actor] Gen Nakatani | Nakatani
  note: Defence Minister of Japan 2024-2025 (also 2014-2016)
  gender: m
  role: JPN GOV MIL 2024-10-01..2025-10-21
  role: JPN GOV MIL 2014-12-24..2016-08-03
  role: JPN

[actor] Minoru Kihara
  note: Defence Minister of Japan 2023-2024; Chief Cabinet Secretary from 2025-10-21
  gender: m
  role: JPN GOV 2025-10-21..                # chief cabinet secretary
  role: JPN GOV MIL 2023-09-13..2024-10-01
  role: JPN

[actor] Yasukazu Hamada
  note: Defence Minister of Japan 2022-2023 (also 2008-2009)
  gender: m
  role: JPN GOV MIL 2022-08-10..2023-09-13
  role: JPN

[actor] Nobuo Kishi
  note: Defence Minister of Japan 2020-2022 (brother of Shinzo Abe)
  gender: m
  role: JPN GOV MIL 2020-09-16..2022-08-10
  role: JPN

[actor] Itsunori Onodera | Onodera
  note: Defence Minister of Japan 2012-2014 and 2017-2018
  gender: m
  role: JPN GOV MIL 2017-08-03..2018-10-02
  role: JPN GOV MIL 2012-12-26..2014-09-03
  role: JPN

[actor] Tomomi Inada | Inada
  note: Defence Minister of Japan 2016-2017
  gender: f
  role: JPN GOV MIL 2016-08-03..2017-07-28
  role: JPN

# KOR — South Korea (no bare Korean surnames)
[actor] Cho Hyun | Cho Hyun-dong
  note: Foreign Minister of South Korea (UN ambassador and vice foreign minister before)   # date uncertain
  gender: m
  role: KOR GOV 2025-07-19..
  role: KOR

[actor] Cho Tae-yul | Cho Tae Yul
  note: Foreign Minister of South Korea 2024-2025
  gender: m
  role: KOR GOV 2024-01-12..2025-07-18      # end date uncertain
  role: KOR

[actor] Park Jin
  note: Foreign Minister of South Korea 2022-2024
  gender: m
  role: KOR GOV 2022-05-12..2024-01-11      # date uncertain
  role: KOR

[actor] Chung Eui-yong | Chung Eui Yong
  note: Foreign Minister of South Korea 2021-2022; national security adviser 2017-2020
  gender: m
  role: KOR GOV 2017-05-21..2022-05-09      # national security adviser, foreign minister from 2021-02-09; date uncertain
  role: KOR

[actor] Kang Kyung-wha | Kang Kyung Wha
  note: Foreign Minister of South Korea 2017-2021; ambassador to the US from 2025
  gender: f
  role: KOR GOV 2017-06-18..2021-02-08
  role: KOR

[actor] Ahn Gyu-back | Ahn Gyu Back | Ahn Gyu-baek
  note: Defence Minister of South Korea (first civilian in decades)   # date uncertain
  gender: m
  role: KOR GOV MIL 2025-07-25..
  role: KOR

[actor] Kim Yong-hyun | Kim Yong Hyun
  note: Defence Minister of South Korea September-December 2024 (resigned and arrested over the martial law of 2024-12-03)
  gender: m
  role: KOR GOV MIL 2024-09-06..2024-12-05
  role: KOR

[actor] Shin Won-sik | Shin Won Sik
  note: Defence Minister of South Korea 2023-2024, then national security adviser
  gender: m
  role: KOR GOV 2024-09-06..2025-06-03      # national security adviser; end date uncertain
  role: KOR GOV MIL 2023-10-07..2024-09-05
  role: KOR

[actor] Lee Jong-sup | Lee Jong Sup
  note: Defence Minister of South Korea 2022-2023
  gender: m
  role: KOR GOV MIL 2022-05-10..2023-10-06
  role: KOR

[actor] Suh Wook
  note: Defence Minister of South Korea 2020-2022
  gender: m
  role: KOR GOV MIL 2020-09-18..2022-05-09
  role: KOR

# KWT — Kuwait (al-Sabah: full names only; the defence portfolio changes often and is not listed)
[actor] Abdullah Ali al-Yahya | Abdullah al-Yahya
  note: Foreign Minister of Kuwait   # check: as known at 2025-06; date uncertain
  gender: m
  role: KWT GOV 2024-06-02..
  role: KWT

# LBN — Lebanon
[actor] Youssef Rajji | Youssef Raggi
  note: Foreign Minister of Lebanon (Lebanese Forces nominee)
  gender: m
  role: LBN GOV 2025-02-08..
  role: LBN

[actor] Michel Menassa | Michel Mnassa
  note: Defence Minister of Lebanon (retired general)
  gender: m
  role: LBN GOV MIL 2025-02-08..
  role: LBN MIL

[actor] Abdallah Bou Habib | Abdullah Bou Habib | Bou Habib
  note: Foreign Minister of Lebanon 2021-2025
  gender: m
  role: LBN GOV 2021-09-10..2025-02-08
  role: LBN

[actor] Maurice Slim
  note: Defence Minister of Lebanon 2021-2025
  gender: m
  role: LBN GOV MIL 2021-09-10..2025-02-08
  role: LBN

[actor] Gebran Bassil | Gibran Bassil | Bassil
  note: Foreign Minister of Lebanon 2014-2020; leader of the Free Patriotic Movement (Michel Aoun's son-in-law)
  gender: m
  role: LBN OPP 2025-02-08..                # FPM outside the Salam government
  role: LBN GOV 2014-02-15..2020-01-21
  role: LBN

# LBY — Libya (Dbeibah holds the defence portfolio of the Tripoli government)
[actor] Najla Mangoush | Najla el-Mangoush | Najla al-Mangoush | Mangoush
  note: Foreign Minister of the Government of National Unity 2021-2023 (suspended after meeting Israel's foreign minister)
  gender: f
  role: LBY GOV 2021-03-15..2023-08-27
  role: LBY

# MAR — Morocco
[actor] Nasser Bourita | Nasser Bourrita | Bourita
  note: Foreign Minister of Morocco
  gender: m
  role: MAR GOV 2016-04-06..                # minister delegate, minister from 2017-04-05; date uncertain
  role: MAR

[actor] Abdellatif Loudiyi | Abdellatif Loudyi | Loudiyi
  note: Minister Delegate to the Head of Government in charge of the National Defence Administration (Morocco)
  gender: m
  role: MAR GOV MIL 2010-07-29..            # date uncertain
  role: MAR

# MEX — Mexico
[actor] Juan Ramón de la Fuente | Juan Ramon de la Fuente
  note: Foreign Secretary of Mexico   # check: as known at 2025-06; reported to be stepping down for health reasons in 2025
  gender: m
  role: MEX GOV 2024-10-01..
  role: MEX

[actor] Alicia Bárcena | Alicia Barcena
  note: Foreign Secretary of Mexico 2023-2024, environment secretary from 2024; ECLAC executive secretary 2008-2022
  gender: f
  role: MEX GOV 2023-07-03..
  role: - IGO 2008-07-01..2022-03-31        # executive secretary of UN ECLAC; date uncertain
  role: MEX

[actor] Marcelo Ebrard | Ebrard
  note: Foreign Secretary of Mexico 2018-2023; economy secretary since 2024; head of government of Mexico City 2006-2012
  gender: m
  role: MEX GOV 2024-10-01..                # economy secretary
  role: MEX GOV 2018-12-01..2023-06-12      # foreign secretary
  role: MEX GOV 2006-12-05..2012-12-04      # head of government of Mexico City
  role: MEX

[actor] Ricardo Trevilla Trejo | Ricardo Trevilla
  note: Secretary of National Defence of Mexico (army general)
  gender: m
  role: MEX GOV MIL 2024-10-01..
  role: MEX MIL

[actor] Luis Cresencio Sandoval | Luis Crescencio Sandoval
  note: Secretary of National Defence of Mexico 2018-2024 (army general)
  gender: m
  role: MEX GOV MIL 2018-12-01..2024-09-30
  role: MEX MIL

# OMN — Oman
[actor] Badr Albusaidi | Badr al-Busaidi | Badr bin Hamad Albusaidi | Sayyid Badr Albusaidi | Badr bin Hamad al-Busaidi
  note: Foreign Minister of Oman (mediator of the 2025 US-Iran talks); secretary-general of the foreign ministry 2000-2020
  gender: m
  role: OMN GOV 2000-01-01..                # secretary-general of the ministry (date uncertain), minister from 2020-08-18
  role: OMN

[actor] Yusuf bin Alawi bin Abdullah | Yousuf bin Alawi | Yusuf bin Alawi
  note: Minister Responsible for Foreign Affairs of Oman 1997-2020
  gender: m
  role: OMN GOV 1997-01-01..2020-08-18      # date uncertain
  role: OMN

[actor] Shihab bin Tariq Al Said | Sayyid Shihab bin Tarik Al Said | Shihab bin Tariq | Shihab bin Tarik
  note: Deputy Prime Minister for Defence Affairs of Oman (brother of Sultan Haitham; former navy commander)
  gender: m
  role: OMN GOV MIL 2020-03-01..            # date uncertain
  role: OMN MIL

# PSE — Palestine (Mohammad Mustafa, prime minister and foreign minister, in heads.lex)
[actor] Riyad al-Maliki | Riad al-Maliki | Riyad al-Malki | Riad Malki | Riyad Malki
  note: Foreign Minister of the Palestinian Authority 2007-2024 (no bare "al-Maliki": Iraq's Nouri al-Maliki)
  gender: m
  role: PSE GOV 2007-06-17..2024-03-31      # date uncertain
  role: PSE

[actor] Varsen Aghabekian | Varsen Aghabekian Shahin
  note: Minister of State, then Minister, for Foreign Affairs of the Palestinian Authority   # check: as known at 2025-06
  gender: f
  role: PSE GOV 2024-03-31..
  role: PSE

# QAT — Qatar (the prime minister, Mohammed bin Abdulrahman Al Thani, is foreign minister: heads.lex)
[actor] Khalid bin Mohammad Al Attiyah | Khalid al-Attiyah | Khalid bin Mohammed Al Attiyah
  note: Deputy Prime Minister and Minister of State for Defence Affairs of Qatar 2016-2024; foreign minister 2013-2016
  gender: m
  role: QAT GOV MIL 2016-01-27..2024-11-06  # end date uncertain
  role: QAT GOV 2013-06-26..2016-01-26      # foreign minister
  role: QAT

[actor] Saoud bin Abdulrahman Al Thani | Sheikh Saoud bin Abdulrahman bin Hassan Al Thani | Saoud bin Abdulrahman
  note: Minister of State for Defence Affairs of Qatar   # check: as known at 2025-06; date uncertain
  gender: m
  role: QAT GOV MIL 2024-11-07..
  role: QAT

[actor] Mohammed Al-Khulaifi | Mohammed bin Abdulaziz Al-Khulaifi
  note: Minister of State at the Ministry of Foreign Affairs of Qatar, a lead Gaza mediator   # check: as known at 2025-06
  gender: m
  role: QAT GOV 2023-01-01..                # date uncertain
  role: QAT

# RUS — Russia (Medvedev, Putin in predecessors.lex / heads.lex)
[actor] Sergey Lavrov | Sergei Lavrov | Sergey Viktorovich Lavrov | Lavrov
  note: Foreign Minister of Russia (since 2004-03-09); UN ambassador 1994-2004
  gender: m
  role: RUS GOV 1994-04-12..                # UN ambassador (date uncertain), foreign minister from 2004-03-09
  role: RUS

[actor] Andrei Belousov | Andrey Belousov | Belousov
  note: Defence Minister of Russia (economist; first deputy prime minister 2020-2024)
  gender: m
  role: RUS GOV MIL 2024-05-14..
  role: RUS GOV 2012-05-21..2024-05-13      # economy minister, presidential aide, first deputy PM; date uncertain
  role: RUS

[actor] Sergei Shoigu | Sergey Shoigu | Shoigu
  note: Secretary of the Security Council of Russia (since 2024-05-12); Defence Minister 2012-2024; emergencies minister 1991-2012
  gender: m
  role: RUS GOV 2024-05-12..                # Security Council secretary
  role: RUS GOV MIL 2012-11-06..2024-05-11  # defence minister
  role: RUS GOV 1991-04-17..2012-11-05      # emergencies minister, governor of Moscow region 2012; date uncertain
  role: RUS

[actor] Valery Gerasimov | Valeriy Gerasimov | Gerasimov
  note: Chief of the General Staff of the Russian armed forces (since 2012); commander of the forces in Ukraine from 2023-01-11
  gender: m
  role: RUS MIL

# SAU — Saudi Arabia (Mohammed bin Salman, defence minister 2015-2022, in heads.lex)
[actor] Faisal bin Farhan Al Saud | Faisal bin Farhan | Prince Faisal bin Farhan | Faisal bin Farhan al-Saud
  note: Foreign Minister of Saudi Arabia
  gender: m
  role: SAU GOV 2019-02-28..                # ambassador to Germany (date uncertain), foreign minister from 2019-10-23
  role: SAU

[actor] Adel al-Jubeir | Adel Jubeir | al-Jubeir | Jubeir
  note: Foreign Minister of Saudi Arabia 2015-2018, then minister of state for foreign affairs and climate envoy; ambassador to the US 2007-2015
  gender: m
  role: SAU GOV 2007-01-01..                # ambassador (date uncertain), foreign minister 2015-04-29..2018-12-27, minister of state
  role: SAU

[actor] Ibrahim al-Assaf | Ibrahim Abdulaziz al-Assaf
  note: Foreign Minister of Saudi Arabia 2018-2019 (finance minister 1996-2016)
  gender: m
  role: SAU GOV 2018-12-27..2019-10-23
  role: SAU

[actor] Saud al-Faisal | Prince Saud al-Faisal | Saud al-Faisal Al Saud
  note: Foreign Minister of Saudi Arabia 1975-2015 (died 2015-07-09)
  gender: m
  role: SAU GOV 1975-10-13..2015-04-29
  role: SAU

[actor] Khalid bin Salman | Prince Khalid bin Salman | Khalid bin Salman Al Saud | Khaled bin Salman
  note: Defence Minister of Saudi Arabia (since 2022-09-27); ambassador to the US 2017-2019, deputy defence minister 2019-2022
  gender: m
  role: SAU GOV MIL 2019-02-23..            # deputy defence minister, minister from 2022-09-27
  role: SAU GOV 2017-04-22..2019-02-22      # ambassador to the United States; date uncertain
  role: SAU MIL                             # air force pilot

# SYR — Syria
[actor] Asaad al-Shaibani | Asaad Hassan al-Shibani | Asaad al-Shibani | al-Shaibani | Shaibani
  note: Foreign Minister of Syria (since 2024-12-21 in the caretaker government, confirmed 2025-03-29); HTS political figure before
  gender: m
  role: SYR GOV 2024-12-21..
  role: SYR UAF                             # HTS political office before 2024-12-08

[actor] Murhaf Abu Qasra | Murhaf Abu Qasrah | Abu Hassan al-Hamawi
  note: Defence Minister of Syria (HTS military commander before)
  gender: m
  role: SYR GOV MIL 2024-12-21..
  role: SYR UAF

[actor] Faisal Mekdad | Faisal al-Mekdad | Faisal Miqdad | Mekdad | Miqdad
  note: Foreign Minister of Syria 2020-2024 (Assad government)
  gender: m
  role: SYR GOV 2006-01-01..2024-12-08      # deputy foreign minister (date uncertain), foreign minister from 2020-11-22
  role: SYR

[actor] Walid Muallem | Walid al-Moualem | Walid al-Muallem | Muallem | Moualem
  note: Foreign Minister of Syria 2006-2020 (died 2020-11-16)
  gender: m
  role: SYR GOV 2006-02-11..2020-11-16
  role: SYR

[actor] Ali Mahmoud Abbas
  note: Defence Minister of Syria 2022-2024 (Assad government)
  gender: m
  role: SYR GOV MIL 2022-04-28..2024-12-08  # date uncertain
  role: SYR MIL

[actor] Ali Abdullah Ayyoub | Ali Ayyoub
  note: Defence Minister of Syria 2018-2022; army chief of staff before
  gender: m
  role: SYR GOV MIL 2018-01-01..2022-04-27  # date uncertain
  role: SYR MIL

[actor] Fahd Jassem al-Freij | Fahd Jassim al-Furayj | Fahd al-Freij
  note: Defence Minister of Syria 2012-2018
  gender: m
  role: SYR GOV MIL 2012-07-18..2017-12-31
  role: SYR MIL

# TUN — Tunisia (the defence portfolio is not listed)
[actor] Mohamed Ali Nafti | Mohamed Ali al-Nafti | Nafti
  note: Foreign Minister of Tunisia   # check: as known at 2025-06
  gender: m
  role: TUN GOV 2024-08-25..
  role: TUN

[actor] Nabil Ammar
  note: Foreign Minister of Tunisia 2023-2024
  gender: m
  role: TUN GOV 2023-02-07..2024-08-25
  role: TUN

[actor] Othman Jerandi | Othman Jarandi | Jerandi
  note: Foreign Minister of Tunisia 2020-2023 (also 2013-2014)
  gender: m
  role: TUN GOV 2020-09-02..2023-02-07
  role: TUN

# TUR — Turkey (Davutoğlu, foreign minister 2009-2014, and Gül in predecessors.lex)
[actor] Hakan Fidan | Fidan
  note: Foreign Minister of Turkey (since 2023-06-04); head of the MIT intelligence agency 2010-2023
  gender: m
  role: TUR GOV 2023-06-04..
  role: TUR SPY 2010-05-27..2023-06-03      # MIT director (briefly resigned in 2015 to stand for parliament)
  role: TUR

[actor] Mevlüt Çavuşoğlu | Mevlut Cavusoglu | Çavuşoğlu | Cavusoglu
  note: Foreign Minister of Turkey 2014-2015 and 2015-2023
  gender: m
  role: TUR GOV 2015-11-24..2023-06-04
  role: TUR GOV 2014-08-29..2015-08-28
  role: TUR

[actor] Yaşar Güler | Yasar Guler
  note: Defence Minister of Turkey (since 2023-06-04); chief of the general staff 2018-2023
  gender: m
  role: TUR GOV MIL 2023-06-04..
  role: TUR MIL

[actor] Hulusi Akar | Akar
  note: Defence Minister of Turkey 2018-2023; chief of the general staff 2015-2018
  gender: m
  role: TUR GOV MIL 2018-07-10..2023-06-04
  role: TUR MIL 2015-08-18..2018-07-09      # chief of the general staff
  role: TUR

[actor] Nurettin Canikli | Canikli
  note: Defence Minister of Turkey 2017-2018
  gender: m
  role: TUR GOV MIL 2017-07-19..2018-07-10
  role: TUR

[actor] Fikri Işık | Fikri Isik
  note: Defence Minister of Turkey 2016-2017
  gender: m
  role: TUR GOV MIL 2016-05-24..2017-07-19
  role: TUR

# USA — United States (no bare "Austin", "Miller", "Carter", "Kerry")
[actor] Marco Rubio | Rubio
  note: Secretary of State of the United States (since 2025-01-21; also acting national security adviser from 2025-05-01); senator for Florida 2011-2025
  gender: m
  role: USA GOV 2025-01-21..
  role: USA LEG 2011-01-03..2025-01-20      # senator
  role: USA

[actor] Pete Hegseth | Peter Hegseth | Hegseth
  note: Secretary of Defense of the United States (styled "Secretary of War" from September 2025); Fox News host before
  gender: m
  role: USA GOV MIL 2025-01-25..
  role: USA MED ..2024-11-12                # television host
  role: USA

[actor] Antony Blinken | Tony Blinken | Blinken
  note: Secretary of State of the United States 2021-2025 (deputy secretary 2015-2017)
  gender: m
  role: USA GOV 2021-01-26..2025-01-20
  role: USA GOV 2009-01-20..2017-01-20      # national security adviser to the vice-president, deputy NSA, deputy secretary of state
  role: USA

[actor] Mike Pompeo | Michael Pompeo | Michael R. Pompeo | Pompeo
  note: Secretary of State of the United States 2018-2021; CIA director 2017-2018
  gender: m
  role: USA GOV 2018-04-26..2021-01-20
  role: USA SPY 2017-01-23..2018-04-25      # CIA director
  role: USA LEG 2011-01-03..2017-01-22      # congressman
  role: USA

[actor] Rex Tillerson | Tillerson
  note: Secretary of State of the United States 2017-2018 (ExxonMobil chief executive before)
  gender: m
  role: USA GOV 2017-02-01..2018-03-31
  role: USA BUS ..2016-12-31                # ExxonMobil
  role: USA

[actor] John Kerry
  note: Secretary of State of the United States 2013-2017; special presidential envoy for climate 2021-2024; senator 1985-2013
  gender: m
  role: USA GOV 2021-01-20..2024-03-06      # climate envoy
  role: USA GOV 2013-02-01..2017-01-20      # Secretary of State
  role: USA LEG 1985-01-03..2013-01-31      # senator
  role: USA

[actor] Lloyd Austin | Lloyd J. Austin | Lloyd J. Austin III
  note: Secretary of Defense of the United States 2021-2025 (retired general, CENTCOM commander 2013-2016)
  gender: m
  role: USA GOV MIL 2021-01-22..2025-01-20
  role: USA MIL ..2016-04-22                # army general
  role: USA

[actor] Mark Esper | Esper
  note: Secretary of Defense of the United States 2019-2020 (fired 2020-11-09); Secretary of the Army 2017-2019
  gender: m
  role: USA GOV MIL 2017-11-20..2020-11-09
  role: USA

[actor] Christopher C. Miller | Christopher Miller
  note: Acting Secretary of Defense of the United States 2020-11-09..2021-01-20
  gender: m
  role: USA GOV MIL 2020-11-09..2021-01-20
  role: USA

[actor] Patrick Shanahan
  note: Acting Secretary of Defense of the United States 2019 (deputy secretary 2017-2019)
  gender: m
  role: USA GOV MIL 2017-07-19..2019-06-23
  role: USA

[actor] Jim Mattis | James Mattis | James N. Mattis | Mattis
  note: Secretary of Defense of the United States 2017-2019 (retired Marine general, CENTCOM commander 2010-2013)
  gender: m
  role: USA GOV MIL 2017-01-20..2019-01-01
  role: USA MIL ..2013-03-22                # Marine general
  role: USA

[actor] Ash Carter | Ashton Carter | Ashton B. Carter
  note: Secretary of Defense of the United States 2015-2017 (died 2022)
  gender: m
  role: USA GOV MIL 2015-02-17..2017-01-20
  role: USA

# YEM — Yemen (internationally recognised government; Ahmed Awad bin Mubarak, foreign minister 2020-2024, in predecessors.lex)
[actor] Shaya al-Zindani | Shaya Mohsin al-Zindani | Shaya Mohsen al-Zindani
  note: Foreign Minister of Yemen   # check: as known at 2025-06; date uncertain
  gender: m
  role: YEM GOV 2024-03-05..
  role: YEM

[actor] Mohsen al-Daeri | Mohsen Mohammed al-Daeri | Mohsen al-Daari
  note: Defence Minister of Yemen (army general)   # check: as known at 2025-06; date uncertain
  gender: m
  role: YEM GOV MIL 2018-12-24..
  role: YEM MIL

# ZAF — South Africa
[actor] Ronald Lamola | Lamola
  note: Minister of International Relations and Cooperation of South Africa (justice minister 2019-2024)
  gender: m
  role: ZAF GOV 2019-05-30..                # justice minister, foreign minister from 2024-07-03
  role: ZAF

[actor] Naledi Pandor | Pandor
  note: Minister of International Relations and Cooperation of South Africa 2019-2024
  gender: f
  role: ZAF GOV 2004-04-29..2024-07-03      # education, science, home affairs ministers, foreign minister from 2019-05-30; date uncertain
  role: ZAF

[actor] Angie Motshekga | Angelina Motshekga | Motshekga
  note: Minister of Defence and Military Veterans of South Africa (basic education minister 2009-2024)
  gender: f
  role: ZAF GOV MIL 2024-07-03..
  role: ZAF GOV 2009-05-10..2024-07-02      # basic education minister
  role: ZAF

[actor] Thandi Modise | Modise
  note: Minister of Defence and Military Veterans of South Africa 2021-2024; Speaker of the National Assembly 2019-2021
  gender: f
  role: ZAF GOV MIL 2021-08-05..2024-07-03
  role: ZAF LEG 2019-05-22..2021-08-04      # speaker
  role: ZAF

[actor] Nosiviwe Mapisa-Nqakula | Mapisa-Nqakula
  note: Minister of Defence and Military Veterans of South Africa 2012-2021; Speaker 2021-2024 (resigned, charged with corruption)
  gender: f
  role: ZAF LEG 2021-08-19..2024-04-03      # speaker
  role: ZAF GOV MIL 2012-06-12..2021-08-05
  role: ZAF

# EEC — European Union: High Representatives for Foreign Affairs and Security Policy, and the defence commissioner
# ("- +EEC IGO", see heads.lex).
[actor] Kaja Kallas | Kallas
  note: High Representative of the EU for Foreign Affairs and Security Policy (since 2024-12-01); Prime Minister of Estonia 2021-2024
  gender: f
  role: - +EEC IGO 2024-12-01..
  role: EST GOV 2021-01-26..2024-07-23      # prime minister of Estonia
  role: EST

[actor] Josep Borrell | Josep Borrell Fontelles | Borrell
  note: High Representative of the EU 2019-2024; Spanish foreign minister 2018-2019; President of the European Parliament 2004-2007
  gender: m
  role: - +EEC IGO 2019-12-01..2024-11-30
  role: ESP GOV 2018-06-07..2019-11-30      # foreign minister of Spain
  role: ESP

[actor] Federica Mogherini | Mogherini
  note: High Representative of the EU 2014-2019; Italian foreign minister 2014
  gender: f
  role: - +EEC IGO 2014-11-01..2019-11-30
  role: ITA GOV 2014-02-22..2014-10-31      # foreign minister of Italy
  role: ITA

[actor] Andrius Kubilius | Kubilius
  note: European Commissioner for Defence and Space (since 2024-12-01); Prime Minister of Lithuania 1999-2000 and 2008-2012
  gender: m
  role: - +EEC IGO 2024-12-01..
  role: LTU GOV 2008-12-09..2012-12-13      # prime minister of Lithuania
  role: LTU
