# CAMEO root 20: USE UNCONVENTIONAL MASS VIOLENCE.
#
# 200 mass violence (residual), 201 mass expulsion, 202 mass killings
# (incl. genocide, massacres), 203 ethnic cleansing, 204 weapons of mass
# destruction (2041 chemical / biological / radiological, 2042 nuclear).
#
# CAMEO relies on the reporter's terminology here: "massacre", "genocide",
# "ethnic cleansing", "mass expulsion" are coded as such; an accusation of
# genocide is 1124 (11_disapprove.lex), not 202.  Nuclear and missile TESTS
# are 150 (15_force_posture.lex): 2042 needs a target.

# ---------------------------------------------------------------------------
# 201 Mass expulsion
# ---------------------------------------------------------------------------

[verb] expel | drive out | force out | push out | uproot | displace | forcibly displace | forcibly transfer | deport | evict | depopulate | chase out | banish
  201  * $ETHNIC_GROUP from _                 # "drove the Rohingya from their villages"
  201  * thousand of TARGET ; conf=0.8       # "expelled thousands of Palestinians"
  201  * hundred of TARGET ; conf=0.8
  201  * million of TARGET
  201  * population of _ ; conf=0.8         # "expelled the entire population of the town"

[verb] depopulate
  201  * $TERRITORY ; conf=0.8               # "depopulated the villages"
  201  * $TERRITORY of TARGET

[noun] mass expulsion | mass deportation | forced displacement | forcible displacement | forced expulsion | forcible transfer | forced transfer | population transfer | forced migration | forced evacuation | mass eviction | mass displacement | displacement | exodus | uprooting | depopulation | nakba
  201  SOURCE * of $ETHNIC_GROUP             # "Myanmar's expulsion of the Rohingya"
  201  SOURCE * of TARGET ; conf=0.7
  201  * of TARGET by SOURCE ; conf=0.7
  201  SOURCE * of thousand of TARGET
  201  SOURCE * of hundred of TARGET

# ---------------------------------------------------------------------------
# 202 Mass killings
# ---------------------------------------------------------------------------

[verb] massacre | slaughter | exterminate
  202  * TARGET                              # "the militia massacred villagers"
  202  * thousand of TARGET
  202  * hundred of TARGET
  202  * dozen of TARGET ; conf=0.8

[verb] kill | execute | murder | shoot
  202  * thousand of TARGET                  # "killed thousands of civilians"
  202  * TARGET in $MASS_KILLING             # "killed 300 villagers in a massacre"

[noun] massacre | mass killing | mass murder | slaughter | genocide | extermination | mass execution | bloodbath | carnage | pogrom | killing spree | holocaust | annihilation
  202  SOURCE * of TARGET                     # "the Serb massacre of Bosnian Muslims"
  202  * of TARGET by SOURCE
  202  SOURCE * against TARGET               # "genocide against the Rohingya"
  202  * against TARGET by SOURCE
  202  SOURCE * in TARGET ; conf=0.6         # "the army's massacre in Srebrenica"
  202  SOURCE * of thousand of TARGET
  202  SOURCE * of hundred of TARGET

[verb] commit | perpetrate | carry out | conduct | orchestrate | wage | unleash
  202  * $MASS_KILLING against TARGET        # "perpetrated genocide against the Yazidis"
  202  * $MASS_KILLING of TARGET
  202  * $MASS_KILLING in TARGET ; conf=0.6
  203  * $ETHNIC_CLEANSING against TARGET     # "carried out ethnic cleansing against"
  203  * $ETHNIC_CLEANSING of TARGET
  203  * $ETHNIC_CLEANSING in TARGET ; conf=0.6
  2041 * $CHEMICAL_ATTACK on TARGET
  2041 * $CHEMICAL_ATTACK against TARGET
  2041 * $CHEMICAL_ATTACK in TARGET ; conf=0.6

# ---------------------------------------------------------------------------
# 203 Ethnic cleansing
# ---------------------------------------------------------------------------

[verb] ethnically cleanse | cleanse
  203  * TARGET ; conf=0.8                   # "Serb forces ethnically cleansed the area"
  203  * $TERRITORY of $ETHNIC_GROUP
  203  * $TERRITORY of TARGET
  203  * TARGET from _

[noun] ethnic cleansing | ethnic purge | ethnic purging | ethnic expulsion | ethnic killing | demographic engineering
  203  SOURCE * of TARGET                      # "the ethnic cleansing of the Rohingya"
  203  * of TARGET by SOURCE
  203  SOURCE * against TARGET
  203  * against TARGET by SOURCE
  203  SOURCE * in TARGET ; conf=0.6
  203  SOURCE * of $TERRITORY

[noun] campaign | policy | operation | war
  # "a campaign of ethnic cleansing against the Rohingya"
  203  SOURCE * of $ETHNIC_CLEANSING against TARGET
  203  SOURCE * of $ETHNIC_CLEANSING in TARGET ; conf=0.6
  202  SOURCE * of $MASS_KILLING against TARGET

# ---------------------------------------------------------------------------
# 204 Weapons of mass destruction (2041, 2042)
# ---------------------------------------------------------------------------

[verb] use | employ | drop | fire | launch | unleash | release | spray
  2041 * $CHEMICAL_WEAPONS against TARGET     # "used chemical weapons against civilians"
  2041 * $CHEMICAL_WEAPONS on TARGET           # "dropped chlorine on Douma"
  2041 * $CHEMICAL_WEAPONS in TARGET ; conf=0.7
  2041 * $CHEMICAL_WEAPONS
  2042 * $NUCLEAR_WEAPONS against TARGET       # "used a nuclear weapon against"
  2042 * $NUCLEAR_WEAPONS on TARGET            # "dropped an atomic bomb on Hiroshima"
  204  * $WMD_GENERIC against TARGET
  204  * $WMD_GENERIC on TARGET

[verb] gas
  2041 * TARGET ; conf=0.8                    # "the regime gassed the Kurds"
  2041 * TARGET with $CHEMICAL_WEAPONS

[verb] attack | strike | bomb | shell | hit | target | kill | bombard | poison
  2041 * TARGET with $CHEMICAL_WEAPONS         # "attacked the town with sarin"
  2042 * TARGET with $NUCLEAR_WEAPONS          # "struck Hiroshima with an atomic bomb"
  204  * TARGET with $WMD_GENERIC

[verb] detonate | explode | set off
  2042 * $NUCLEAR_WEAPONS over TARGET          # "detonated a nuclear weapon over ..."
  2042 * $NUCLEAR_WEAPONS on TARGET
  2042 * $NUCLEAR_WEAPONS against TARGET
  2041 * $DIRTY_BOMB in TARGET ; conf=0.8     # "set off a dirty bomb in the city"
  2041 * $DIRTY_BOMB

[verb] nuke
  2042 * TARGET

[noun] chemical attack | chemical weapons attack | gas attack | poison gas attack | sarin attack | chlorine attack | nerve agent attack | nerve gas attack | mustard gas attack | toxic gas attack | chemical strike | biological attack | bioterror attack | bioterrorism | anthrax attack | radiological attack | dirty bomb attack | chemical warfare | biological warfare | germ warfare
  2041 SOURCE * on TARGET                     # "the Syrian regime's chemical attack on Ghouta"
  2041 * on TARGET by SOURCE
  2041 SOURCE * against TARGET
  2041 * against TARGET by SOURCE
  2041 SOURCE * in TARGET ; conf=0.6
  2041 SOURCE * targeting TARGET
  2041 SOURCE * of TARGET ; conf=0.7
  2041 * of TARGET by SOURCE ; conf=0.7

[noun] nuclear attack | nuclear strike | atomic bombing | nuclear bombing | nuclear explosion | atomic attack | nuclear detonation | atomic strike | nuclear war | nuclear holocaust
  2042 SOURCE * on TARGET                     # "the atomic bombing of Hiroshima" (on/of)
  2042 * on TARGET by SOURCE
  2042 SOURCE * against TARGET
  2042 * against TARGET by SOURCE
  2042 SOURCE * of TARGET
  2042 * of TARGET by SOURCE
  2042 SOURCE * targeting TARGET

[noun] use
  2041 SOURCE * of $CHEMICAL_WEAPONS against TARGET  # "Syria's use of chemical weapons against civilians"
  2041 SOURCE * of $CHEMICAL_WEAPONS on TARGET
  2041 SOURCE * of $CHEMICAL_WEAPONS in TARGET ; conf=0.6
  2042 SOURCE * of $NUCLEAR_WEAPONS against TARGET
  2042 SOURCE * of $NUCLEAR_WEAPONS on TARGET
  204  SOURCE * of $WMD_GENERIC against TARGET

# ---------------------------------------------------------------------------
# 200 Unconventional mass violence (residual)
# ---------------------------------------------------------------------------

[noun] mass violence | mass atrocity | mass atrocity crime | scorched-earth campaign | reign of terror | starvation campaign | man-made famine | extermination campaign
  200  SOURCE * against TARGET                 # "crimes against humanity against the Uighurs"
  200  * against TARGET by SOURCE
  200  SOURCE * of TARGET
  200  * of TARGET by SOURCE
  200  SOURCE * in TARGET ; conf=0.6

[verb] starve
  200  * TARGET ; conf=0.7                     # "starved the population of Gaza into submission"
  200  * TARGET into submission
  200  * TARGET to death

[verb] use | employ | wage
  200  * starvation as weapon against TARGET
  200  * starvation as weapon
  200  * $SCORCHED_EARTH against TARGET
  200  * $SCORCHED_EARTH ; conf=0.8
