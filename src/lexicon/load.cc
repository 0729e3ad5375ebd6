// Loading of lexicon sources ("default", .lex files and directories,
// PETRARCH .txt dictionaries).
#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "io/file_util.h"
#include "khaldun/lexicon.h"
#include "lexicon/text_util.h"
#include "util/status_macros.h"

namespace khaldun {

namespace fs = std::filesystem;

std::string LexiconDataDir(const LexiconOptions& options) {
  if (!options.data_dir.empty()) return options.data_dir;
  if (const char* e = std::getenv("KHALDUN_DATA")) return e;
  return KHALDUN_DATA_DIR;
}

namespace {

Status ReadDefault(const std::string& path, const std::string& data_dir,
                   int source, LexiconData* data,
                   std::vector<Diagnostic>* diags);

std::vector<std::string> LexFilesUnder(const std::string& dir,
                                       const std::string& skip) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    if (!skip.empty() && it->is_directory() && p == fs::path(skip)) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && p.extension() == ".lex")
      files.push_back(p.string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The generated countries file; when it is missing, builds the table in
// memory from the installed packages (iso-codes + build/npm world-countries)
// so that a fresh checkout works before setup_npm.sh has run.
Status LoadCountries(const std::string& data_dir, int source, LexiconData* data,
                     std::vector<Diagnostic>* diags) {
  std::string gen = data_dir + "/generated/countries.lex";
  if (fs::exists(gen)) return ReadDefault(gen, data_dir, source, data, diags);
  std::string iso = "/usr/share/iso-codes/json/iso_3166-1.json";
  std::vector<std::string> wc_candidates;
  if (const char* e = std::getenv("KHALDUN_NPM_DIR"))
    wc_candidates.push_back(std::string(e) +
                            "/node_modules/world-countries/countries.json");
  wc_candidates.push_back(data_dir +
                          "/../build/npm/node_modules/world-countries/"
                          "countries.json");
  std::string wc;
  for (const auto& c : wc_candidates)
    if (fs::exists(c)) wc = c;
  if (!fs::exists(iso) || wc.empty()) {
    lex::AddDiag(diags, Diagnostic::Severity::kWarning, gen + ":0",
                 "no generated country table and no iso-codes/"
                 "world-countries to build it from (run scripts/setup.sh)");
    return Status::OK();
  }
  std::string text;
  int count = 0;
  Status s = BuildCountries(iso, wc, &text, &count);
  if (!s.ok()) return s;
  ReadLexText(text, gen, source, data, diags);
  return Status::OK();
}

// Reads a default lexicon file, naming it relative to the data dir's parent
// ("data/lexicons/groups.lex:12") so that file:line references are stable.
Status ReadDefault(const std::string& path, const std::string& data_dir,
                   int source, LexiconData* data,
                   std::vector<Diagnostic>* diags) {
  std::string text;
  KHALDUN_RETURN_IF_ERROR(ReadFileToString(path, &text));
  std::error_code ec;
  fs::path base = fs::weakly_canonical(fs::path(data_dir), ec).parent_path();
  fs::path rel = fs::relative(fs::weakly_canonical(path, ec), base, ec);
  std::string shown =
      ec || rel.empty() || rel.string().starts_with("..") ? path : rel.string();
  ReadLexText(text, shown, source, data, diags);
  return Status::OK();
}

bool HasError(const std::vector<Diagnostic>& d, size_t from) {
  for (size_t i = from; i < d.size(); ++i)
    if (d[i].error()) return true;
  return false;
}

}  // namespace

Status Lexicon::Load(const std::vector<std::string>& sources,
                     const LexiconOptions& options,
                     std::shared_ptr<const Lexicon>* out,
                     std::vector<Diagnostic>* diags) {
  std::vector<Diagnostic> local;
  std::vector<Diagnostic>* d = diags ? diags : &local;
  size_t first = d->size();
  LexiconData data;
  int source = 0;
  for (const std::string& spec : sources) {
    if (spec == "default") {
      std::string dir = LexiconDataDir(options);
      std::string lexdir = dir + "/lexicons";
      if (!fs::is_directory(lexdir))
        return Status::NotFound(lexdir + ": no lexicon directory");
      KHALDUN_RETURN_IF_ERROR(LoadCountries(dir, source, &data, d));
      std::string fix = lexdir + "/countries.fix.lex";
      if (fs::exists(fix))
        KHALDUN_RETURN_IF_ERROR(ReadDefault(fix, dir, source, &data, d));
      for (const auto& f : LexFilesUnder(lexdir, lexdir + "/test")) {
        if (f == fix) continue;
        KHALDUN_RETURN_IF_ERROR(ReadDefault(f, dir, source, &data, d));
      }
    } else if (fs::is_directory(spec)) {
      for (const auto& f : LexFilesUnder(spec, ""))
        KHALDUN_RETURN_IF_ERROR(ReadLexFile(f, source, &data, d));
    } else if (spec.ends_with(".txt")) {
      // Defective lines of a classic dictionary are skipped with a warning
      // (`khaldun lexicon import` lists them as errors).
      ImportCounts counts;
      size_t from = d->size();
      KHALDUN_RETURN_IF_ERROR(
          ImportPetrarchFile(spec, source, &data, d, &counts));
      for (size_t k = from; k < d->size(); ++k)
        (*d)[k].severity = Diagnostic::Severity::kWarning;
    } else {
      KHALDUN_RETURN_IF_ERROR(ReadLexFile(spec, source, &data, d));
    }
    ++source;
  }
  if (!options.keep_going && HasError(*d, first)) {
    for (size_t i = first; i < d->size(); ++i)
      if ((*d)[i].error())
        return Status::InvalidArgument((*d)[i].where + ": " + (*d)[i].message);
  }
  *out = Compile(std::move(data));
  return Status::OK();
}

}  // namespace khaldun
