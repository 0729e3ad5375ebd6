# Deliberately broken lexicon: every entry below is an error that
# `khaldun lexicon check` must report (tests count them by line).
[country] IRQ
  name: Iraq

[actor] Foo Bar | Bar
  role: IRQ GOV 2001-01-01..2005-12-31
  role: IRQ MIL 2004-01-01..2006-12-31
  role: IRQ

[actor] Other Bar | Bar
  role: IRQ REB

[actor] Bad Codes
  role: ZZZ XYZ +QQQ

[verb] warn
  130  * TARGET
  130  * TARGET
  131  * TARGET
  999  * of TARGET
  130  * about $NOSUCH
  130  TARGET to
  130  * * TARGET

[nonsense] x
