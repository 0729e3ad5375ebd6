// khaldun lexicon check|lookup|stats|import|build-countries
//
// Every sub-command that reads lexicons takes --lexicon, repeatable, which
// stacks sources: "default" (data/lexicons + the generated countries), a
// .lex file or directory, or a PETRARCH .txt dictionary (imported).
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>

#include "cli/command.h"
#include "khaldun/lexicon.h"

namespace khaldun::cli {
namespace {

struct LexOpts {
  std::vector<std::string> sources;
};

void AddLexiconOption(CLI::App* cmd, LexOpts* o) {
  cmd->add_option("--lexicon", o->sources,
                  "Lexicon source, repeatable, stacked in order: 'default', "
                  "a .lex file or directory, or a PETRARCH .txt dictionary "
                  "(default: default)");
}

LexiconOptions Options(bool keep_going) {
  LexiconOptions o;
  o.data_dir = Common().data_dir;
  o.keep_going = keep_going;
  return o;
}

std::vector<std::string> Sources(const LexOpts& o) {
  return o.sources.empty() ? std::vector<std::string>{"default"} : o.sources;
}

// Loads; prints warnings/errors to stderr unless quiet.  Returns false on
// failure (message printed).
bool LoadLex(const LexOpts& o, bool keep_going,
             std::shared_ptr<const Lexicon>* lex,
             std::vector<Diagnostic>* diags, double* ms) {
  auto t0 = std::chrono::steady_clock::now();
  Status s = Lexicon::Load(Sources(o), Options(keep_going), lex, diags);
  *ms = std::chrono::duration<double, std::milli>(
            std::chrono::steady_clock::now() - t0)
            .count();
  if (!s.ok()) {
    std::cerr << "khaldun lexicon: " << s.ToString() << "\n";
    return false;
  }
  return true;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

CommandRegistrar reg("lexicon", [](const Groups& g) {
  // ---- check ----
  {
    static LexOpts o;
    static bool no_warnings = false;
    CLI::App* cmd = g.lexicon->add_subcommand(
        "check",
        "Lint lexicons: syntax, unknown codes, conflicting aliases, "
        "overlapping dates, unknown synsets, duplicate/unreachable patterns "
        "(exit 1 on errors)");
    AddLexiconOption(cmd, &o);
    cmd->add_flag("--no-warnings", no_warnings, "Print errors only");
    SetRun(cmd, [] {
      std::shared_ptr<const Lexicon> lex;
      std::vector<Diagnostic> diags;
      double ms;
      if (!LoadLex(o, true, &lex, &diags, &ms)) return int(kExitLoad);
      lex->Check(&diags);
      int errors = 0, warnings = 0;
      for (const auto& d : diags) {
        (d.error() ? errors : warnings)++;
        if (d.error() || !no_warnings) std::cout << d.ToString() << "\n";
      }
      std::cout << "lexicon check: " << errors << " errors, " << warnings
                << " warnings (" << lex->data().sources.size() << " files)\n";
      return errors ? int(kExitRecordErrors) : int(kExitOk);
    });
  }
  // ---- lookup ----
  {
    static LexOpts o;
    static std::string phrase, date_s;
    CLI::App* cmd = g.lexicon->add_subcommand(
        "lookup", "Explain how a phrase resolves to an actor at a date");
    cmd->add_option("phrase", phrase, "The phrase, e.g. \"Iraqi troops\"")
        ->required();
    cmd->add_option("--date", date_s, "Document date YYYY-MM-DD");
    AddLexiconOption(cmd, &o);
    SetRun(cmd, [] {
      Date date;
      if (!date_s.empty() && !Date::Parse(date_s, &date)) {
        std::cerr << "lexicon lookup: bad --date '" << date_s << "'\n";
        return int(kExitUsage);
      }
      std::shared_ptr<const Lexicon> lex;
      std::vector<Diagnostic> diags;
      double ms;
      if (!LoadLex(o, false, &lex, &diags, &ms)) return int(kExitLoad);
      ActorMatch m;
      std::cout << "\"" << phrase << "\""
                << (date.known() ? " on " + date.ToString() : "") << "\n";
      if (!lex->ResolvePhrase(phrase, date, &m)) {
        std::cout << "  no match\n";
        return int(kExitRecordErrors);
      }
      for (const auto& p : m.parts)
        std::cout << "  " << std::left << std::setw(10)
                  << MatchPartKindName(p.kind) << " \"" << p.text << "\" -> "
                  << p.value << "   (" << p.entry << ")\n";
      std::cout << "  = " << (m.code.empty() ? "-" : m.code) << "   country "
                << (m.country.empty() ? "-" : m.country) << ", group "
                << (m.group.empty() ? "-" : m.group) << ", types "
                << (m.types.empty() ? "-" : Join(m.types, " "))
                << (m.capital ? ", capital (GOV as subject of a speech verb)"
                              : "")
                << (m.agent_only ? ", role noun without a country" : "")
                << "\n  decided by " << m.entry << " (" << m.name << ")\n";
      return int(kExitOk);
    });
  }
  // ---- stats ----
  {
    static LexOpts o;
    CLI::App* cmd =
        g.lexicon->add_subcommand("stats", "Counts of lexicon entries");
    AddLexiconOption(cmd, &o);
    SetRun(cmd, [] {
      std::shared_ptr<const Lexicon> lex;
      std::vector<Diagnostic> diags;
      double ms;
      if (!LoadLex(o, false, &lex, &diags, &ms)) return int(kExitLoad);
      LexiconStats st = lex->Stats();
      auto row = [](const char* k, long v) {
        std::cout << std::left << std::setw(28) << k << v << "\n";
      };
      row("files", static_cast<long>(lex->data().sources.size()));
      row("countries", st.countries);
      row("actors", st.actors);
      row("aliases (actor names)", st.aliases);
      row("groups (distinct codes)", st.groups);
      row("entries with a group code", st.group_entries);
      row("organisations (non-person)", st.organisations);
      row("leaders (dated GOV roles)", st.leaders);
      row("agents", st.agents);
      row("synsets", st.synsets);
      row("predicate lemmas", st.predicate_lemmas);
      row("  verbs", st.verb_lemmas);
      row("  nouns", st.noun_lemmas);
      row("patterns", st.patterns);
      row("discards", st.discards);
      if (st.issues) row("issues (imported)", st.issues);
      size_t total =
          st.base_codes_covered.size() + st.base_codes_missing.size();
      std::cout << std::left << std::setw(28) << "3-digit codes covered"
                << st.base_codes_covered.size() << "/" << total << "\n";
      if (!st.base_codes_missing.empty())
        std::cout << "  without patterns: " << Join(st.base_codes_missing, " ")
                  << "\n";
      std::cout << std::left << std::setw(28) << "load time (ms)" << std::fixed
                << std::setprecision(1) << ms << "\n";
      return int(kExitOk);
    });
  }
  // ---- import ----
  {
    static std::vector<std::string> files;
    static bool quiet = false;
    CLI::App* cmd = g.lexicon->add_subcommand(
        "import",
        "Read TABARI/PETRARCH dictionaries and print what each contributes "
        "(every unparsed line is reported with file:line)");
    cmd->add_option("files", files, "PETRARCH .txt dictionaries")->required();
    cmd->add_flag("--quiet", quiet, "Do not list the unparsed lines");
    SetRun(cmd, [] {
      int bad = 0;
      for (const auto& f : files) {
        LexiconData data;
        std::vector<Diagnostic> diags;
        ImportCounts n;
        Status s = ImportPetrarchFile(f, 0, &data, &diags, &n);
        if (!s.ok()) {
          std::cerr << s.ToString() << "\n";
          ++bad;
          continue;
        }
        if (!quiet)
          for (const auto& d : diags) std::cout << d.ToString() << "\n";
        std::cout << f << ": " << n.kind << ", " << n.lines << " lines, "
                  << n.parsed << " parsed, " << n.errors << " errors";
        auto item = [](const char* k, int v) {
          if (v) std::cout << ", " << v << " " << k;
        };
        item("synsets", n.synsets);
        item("verbs", n.verbs);
        item("patterns", n.patterns);
        item("actors", n.actors);
        item("names", n.names);
        item("roles", n.roles);
        item("agents", n.agents);
        item("discards", n.discards);
        item("issues", n.issues);
        item("words", n.words);
        std::cout << "\n";
        bad += n.errors > 0;
      }
      return bad ? int(kExitRecordErrors) : int(kExitOk);
    });
  }
  // ---- build-countries ----
  {
    static std::string iso = "/usr/share/iso-codes/json/iso_3166-1.json";
    static std::string wc, out;
    CLI::App* cmd = g.lexicon->add_subcommand(
        "build-countries",
        "Build data/generated/countries.lex from iso-codes and npm "
        "world-countries (run by scripts/setup_npm.sh)");
    cmd->add_option("--iso", iso, "iso-codes iso_3166-1.json");
    cmd->add_option("--world-countries", wc, "world-countries countries.json")
        ->required();
    cmd->add_option("--out", out, "Output .lex file")->required();
    SetRun(cmd, [] {
      std::string text;
      int count = 0;
      Status s = BuildCountries(iso, wc, &text, &count);
      if (!s.ok()) {
        std::cerr << "build-countries: " << s.ToString() << "\n";
        return int(kExitLoad);
      }
      std::string tmp = out + ".tmp";
      {
        std::ofstream f(tmp, std::ios::binary);
        f << text;
        if (!f) {
          std::cerr << "build-countries: cannot write " << tmp << "\n";
          return int(kExitLoad);
        }
      }
      if (std::rename(tmp.c_str(), out.c_str()) != 0) {
        std::cerr << "build-countries: cannot rename to " << out << "\n";
        return int(kExitLoad);
      }
      std::cout << "build-countries: " << count << " countries -> " << out
                << "\n";
      return int(kExitOk);
    });
  }
});

}  // namespace
}  // namespace khaldun::cli
