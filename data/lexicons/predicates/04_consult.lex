# CAMEO root 04 -- CONSULT (040-046).
#
# Format: docs/lexicon.md.  Owner: patterns-coop.
#
# Meetings that took place.  By the codebook: holding talks and discussions
# are negotiation (046); visits are 042 (the visitor) and 043 (the host);
# telephone talks 041; meetings at a neutral place 044; mediation 045.
# Consultations are typically reciprocal: compound subjects ("India and
# Pakistan held talks") give both directions (recip).
#
# Future or intended meetings ("will meet", "plans to visit") are 036 by
# the guideline: every pattern here carries modal=036, so the meeting that
# took place keeps its 04x code and the same words under a modal or future
# ("will meet") code the intention, 036.  The other intent frames ("agreed
# to meet", "invited X to visit") are in 03_intent.lex.

# ---------------------------------------------------------------------------
# 040  Consult, not specified below
# ---------------------------------------------------------------------------

[verb] meet
  040  * TARGET ; recip modal=036
  040  * with TARGET ; recip modal=036
  040  * TARGET in _ ; recip modal=036
  040  * with TARGET in _ ; recip modal=036
  040  * TARGET on sideline of _ ; recip modal=036
  040  * with TARGET on sideline of _ ; recip modal=036
  046  * TARGET to discuss _ ; recip modal=036
  046  * with TARGET to discuss _ ; recip modal=036
  046  * with TARGET for $TALKS ; recip modal=036
  045  * with TARGET as $MEDIATOR ; recip modal=036

[verb] consult | confer | huddle | liaise
  040  * TARGET ; recip modal=036
  040  * with TARGET ; recip modal=036
  040  * TARGET on _ ; recip modal=036
  040  * with TARGET on _ ; recip modal=036
  040  * with TARGET about _ ; recip modal=036
  040  * with TARGET over _ ; recip modal=036

[verb] hold | have
  # "held a meeting with", "had a meeting with", "held consultations with"
  040  * $MEETING with TARGET ; recip modal=036
  040  * consultation with TARGET ; recip modal=036
  040  * session with TARGET ; recip modal=036
  040  * audience with TARGET ; recip modal=036
  040  * encounter with TARGET ; recip modal=036

[verb] speak | talk
  # "spoke with Netanyahu", "talked to the Iraqi premier".  Words with
  # reporters are attribution, not consultation; the actor resolver must
  # not turn "reporters" into a target (guideline, "Not events").
  041  * by phone with TARGET ; recip modal=036
  041  * with TARGET by phone ; recip modal=036
  041  * to TARGET by phone ; recip modal=036
  041  * by telephone with TARGET ; recip modal=036
  041  * with TARGET by telephone ; recip modal=036
  041  * to TARGET by telephone ; recip modal=036
  041  * on phone with TARGET ; recip modal=036
  041  * with TARGET on phone ; recip modal=036
  041  * to TARGET on phone ; recip modal=036
  041  * over phone with TARGET ; recip modal=036
  # No plain "spoke with / to X": "spoke to Reuters" must never make the
  # news agency a target (seed article, must_not).

[verb] interact
  040  * with TARGET ; recip conf=0.6 modal=036

[verb] intercede
  # Diplomatic intercession between parties is mediation (045).
  045  * between TARGET and _ ; modal=036
  045  * between _ and TARGET ; modal=036
  045  * with TARGET on behalf of _ ; conf=0.8 modal=036

[verb] gather | assemble
  044  * with TARGET in _ ; recip conf=0.7 modal=036
  044  * with TARGET ; recip conf=0.6 modal=036

[verb] debrief
  040  * TARGET on _ ; conf=0.6 modal=036

[noun] meeting | encounter | get-together | tete-a-tete | face-to-face | session | consultation | consultations | audience | sit-down | huddle
  # "Sudani's meeting with Blinken", "a meeting between Xi and Biden"
  040  SOURCE * with TARGET ; recip modal=036
  040  * between SOURCE and TARGET ; recip modal=036
  040  SOURCE * in _ with TARGET ; recip modal=036

[noun] summit | summit meeting | mini-summit
  040  SOURCE * with TARGET ; recip modal=036
  040  * between SOURCE and TARGET ; recip modal=036
  044  SOURCE * in _ with TARGET ; recip conf=0.6 modal=036

[noun] contact
  # "direct contacts with the Taliban"
  040  SOURCE * with TARGET ; recip conf=0.8 modal=036

# ---------------------------------------------------------------------------
# 041  Discuss by telephone
# ---------------------------------------------------------------------------

[verb] phone | telephone | ring | call up | videoconference | video-call
  041  * TARGET ; recip modal=036
  041  * with TARGET ; recip modal=036

[verb] hold | have | make | receive | take
  041  * $PHONE_CALL with TARGET ; recip modal=036
  041  * $PHONE_CALL from TARGET ; recip modal=036

[noun] phone call | telephone call | phone conversation | telephone conversation | phone talks | telephone talks | video call | video conference | videoconference
  041  SOURCE * with TARGET ; recip modal=036
  041  * between SOURCE and TARGET ; recip modal=036
  041  SOURCE * to TARGET ; recip modal=036

[noun] conversation
  041  SOURCE * by phone with TARGET ; recip modal=036
  041  SOURCE * by telephone with TARGET ; recip modal=036
  040  SOURCE * with TARGET ; recip conf=0.7 modal=036

# ---------------------------------------------------------------------------
# 042  Make a visit
# ---------------------------------------------------------------------------

[verb] visit | tour
  042  * TARGET ; modal=036
  042  * TARGET for $TALKS ; modal=036

[verb] travel | fly | head | go | jet | journey
  042  * to TARGET ; modal=036
  042  * to TARGET for $TALKS ; modal=036
  042  * to TARGET for $MEETING ; modal=036
  042  * to TARGET for _ with _ ; conf=0.8 modal=036

[verb] arrive | land | touch down
  042  * in TARGET ; modal=036
  042  * in TARGET for $TALKS ; modal=036
  042  * in TARGET on visit ; modal=036
  042  * at TARGET ; conf=0.7 modal=036

[verb] stop | stop over
  042  * in TARGET on _ ; conf=0.6 modal=036

[verb] pay | make | undertake | begin | start | conclude | wrap up | end
  042  * $VISIT to TARGET ; modal=036
  042  * $VISIT in TARGET ; conf=0.8 modal=036

[noun] visit | trip | tour | state visit | official visit | working visit | journey | stopover | stop-over | visit abroad | homecoming
  042  SOURCE * to TARGET ; modal=036
  042  SOURCE * in TARGET ; conf=0.8 modal=036

[noun] arrival
  042  SOURCE * in TARGET ; modal=036
  042  SOURCE * to TARGET ; conf=0.8 modal=036

[noun] delegation | mission
  # "a US delegation to Baghdad"
  042  SOURCE * to TARGET ; conf=0.8 modal=036

# ---------------------------------------------------------------------------
# 043  Host a visit
# ---------------------------------------------------------------------------

[verb] host
  043  * TARGET ; modal=036
  043  * TARGET for $TALKS ; modal=036
  043  * delegation from TARGET ; modal=036
  043  * $VISIT by TARGET ; modal=036
  043  * $VISIT of TARGET ; modal=036

[verb] receive
  # "received the Iraqi foreign minister"; objects that are not actors
  # (aid, letters, calls) never fill TARGET.
  043  * TARGET ; conf=0.8 modal=036
  043  * TARGET in _ ; conf=0.8 modal=036
  043  * delegation from TARGET ; modal=036
  043  * delegation of TARGET ; modal=036
  043  * envoy of TARGET ; modal=036
  043  * envoy from TARGET ; modal=036

[verb] welcome | greet
  # "welcomed Modi to the White House"; "welcome X" alone is 051 (praise).
  043  * TARGET to _ ; modal=036
  043  * TARGET at _ ; conf=0.8 modal=036
  043  * TARGET on arrival ; conf=0.8 modal=036
  043  * delegation from TARGET ; modal=036
  043  * visit by TARGET ; modal=036
  043  * visit of TARGET ; modal=036
  043  * visit TARGET ; modal=036

[verb] play host
  043  * to TARGET ; conf=0.8 modal=036

[noun] host
  043  SOURCE * to TARGET ; modal=036
  043  SOURCE * of TARGET ; conf=0.7 modal=036

[noun] reception | welcome
  043  SOURCE * for TARGET ; conf=0.7 modal=036

# ---------------------------------------------------------------------------
# 044  Meet at a 'third' location
# ---------------------------------------------------------------------------
# A meeting's place cannot be told from the words alone; these patterns are
# for explicit neutral venues.  Plain meetings stay 040.

[verb] meet | gather | convene | sit down
  044  * with TARGET at summit ; recip conf=0.7 modal=036
  044  * TARGET at summit ; recip conf=0.7 modal=036

[verb] attend
  044  * summit with TARGET ; recip conf=0.7 modal=036
  044  * $MEETING with TARGET ; recip conf=0.7 modal=036
  044  * conference with TARGET ; recip conf=0.7 modal=036

# ---------------------------------------------------------------------------
# 045  Engage in mediation
# ---------------------------------------------------------------------------

[verb] mediate
  045  * between TARGET and _ ; modal=036
  045  * between _ and TARGET ; modal=036
  045  * in _ between TARGET and _ ; modal=036
  045  * $TALKS between TARGET and _ ; modal=036
  045  * $TALKS with TARGET ; modal=036
  045  * in _ with TARGET ; conf=0.8 modal=036
  045  * with TARGET ; modal=036

[verb] broker | facilitate | shepherd | midwife
  045  * $AGREEMENT between TARGET and _ ; modal=036
  045  * $AGREEMENT between _ and TARGET ; modal=036
  045  * $CEASEFIRE between TARGET and _ ; modal=036
  045  * $CEASEFIRE between _ and TARGET ; modal=036
  045  * $TALKS between TARGET and _ ; modal=036
  045  * $TALKS between _ and TARGET ; modal=036
  045  * $PEACE between TARGET and _ ; modal=036
  045  * $AGREEMENT with TARGET ; conf=0.7 modal=036
  045  * $CEASEFIRE with TARGET ; conf=0.7 modal=036
  045  * $TALKS with TARGET ; conf=0.7 modal=036

[verb] shuttle
  045  * between TARGET and _ ; modal=036
  045  * between _ and TARGET ; modal=036

[verb] act | serve
  045  * as $MEDIATOR between TARGET and _ ; modal=036
  045  * as $MEDIATOR between _ and TARGET ; modal=036
  045  * as $MEDIATOR in _ between TARGET and _ ; modal=036
  045  * as $MEDIATOR with TARGET ; conf=0.8 modal=036

[verb] host | sponsor | convene | chair | oversee
  # Hosting talks between the parties: the host is the go-between.
  045  * $TALKS between TARGET and _ ; conf=0.8 modal=036
  045  * $TALKS between _ and TARGET ; conf=0.8 modal=036
  045  * $MEETING between TARGET and _ ; conf=0.8 modal=036
  045  * $MEETING between _ and TARGET ; conf=0.8 modal=036

[verb] carry | pass | relay | deliver
  # Passing messages between adversaries is mediation.
  045  * message to TARGET from _ ; conf=0.8 modal=036
  045  * message from _ to TARGET ; conf=0.8 modal=036
  045  * message between TARGET and _ ; conf=0.8 modal=036

[noun] mediation | intercession | good offices | shuttle diplomacy | facilitation | brokering | mediation effort | mediation mission | mediation bid | mediation attempt | mediation initiative
  045  SOURCE * between TARGET and _ ; modal=036
  045  SOURCE * between _ and TARGET ; modal=036
  045  SOURCE * in _ between TARGET and _ ; modal=036
  045  SOURCE * with TARGET ; conf=0.7 modal=036

[noun] mediator | go-between | intermediary | broker | facilitator
  # "Qatar, a mediator between Israel and Hamas, ..."
  045  SOURCE * between TARGET and _ ; modal=036
  045  SOURCE * between _ and TARGET ; modal=036

# ---------------------------------------------------------------------------
# 046  Engage in negotiation
# ---------------------------------------------------------------------------

[verb] negotiate | bargain | haggle | parley
  046  * with TARGET ; recip modal=036
  046  * with TARGET on _ ; recip modal=036
  046  * with TARGET over _ ; recip modal=036
  046  * with TARGET for _ ; recip modal=036
  046  * _ with TARGET ; recip modal=036
  046  * TARGET ; recip conf=0.6 modal=036

[verb] hold talks | hold negotiations | hold discussions | hold consultations
  046  * with TARGET ; recip modal=036
  046  * with TARGET on _ ; recip modal=036
  046  * with TARGET over _ ; recip modal=036

[verb] hold | conduct | have | resume | open | begin | start | launch | continue | enter | enter into | wrap up | conclude | complete | finish | pursue | engage in | restart | reopen | renew
  # "held talks with", "resumed negotiations with", "opened a dialogue
  # with".  (Halting or suspending talks is 164, roots 10-20.)
  046  * $TALKS with TARGET ; recip modal=036
  046  * $TALKS between _ and TARGET ; recip conf=0.7 modal=036
  046  * $TALKS on _ with TARGET ; recip modal=036
  046  * round of $TALKS with TARGET ; recip modal=036
  046  * $TALKS ; recip conf=0.7 modal=036

[verb] discuss | go over
  # "discussed security cooperation with the US": the codebook treats
  # discussions as negotiations.
  046  * _ with TARGET ; recip modal=036
  046  * with TARGET _ ; recip conf=0.8 modal=036

[verb] talk
  046  * with TARGET about _ ; recip modal=036
  046  * with TARGET on _ ; recip modal=036
  046  * peace with TARGET ; recip modal=036

[verb] sit down
  046  * with TARGET ; recip modal=036
  046  * at table with TARGET ; recip modal=036
  046  * to $TALKS with TARGET ; recip modal=036

[verb] return | come back | go back
  046  * to $TALKS with TARGET ; recip modal=036
  046  * to table with TARGET ; recip modal=036

[noun] talks | talk | negotiation | negotiations | discussion | discussions | dialogue | dialog | bargaining | deliberation | peace talks | parley | haggling
  # "Iraq's talks with Washington", "talks between Iraq and the US",
  # "Iraq held talks with the US" (light verb).
  046  SOURCE * with TARGET ; recip modal=036
  046  * between SOURCE and TARGET ; recip modal=036
  046  SOURCE * on _ with TARGET ; recip modal=036
  046  SOURCE * over _ with TARGET ; recip modal=036

[noun] negotiator | interlocutor | counterpart
  # "Iran's negotiators met their US counterparts" is carried by "meet";
  # "the chief negotiator with the Taliban" names a negotiating relation.
  046  SOURCE * with TARGET ; conf=0.7 modal=036
