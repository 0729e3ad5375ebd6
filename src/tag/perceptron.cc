#include "tag/perceptron.h"

#include <algorithm>
#include <cmath>

namespace khaldun::ml {

size_t CompactModel::CanonicalSlots(size_t n) {
  size_t size = 16;
  while (size * 7 < n * 10) size *= 2;  // load factor <= 0.7
  return size;
}

void CompactModel::Spread(size_t slots, bool key_order) {
  HugeVector<Slot> old(slots, Slot());
  old.swap(slots_);
  mask_ = slots_.size() - 1;
  auto insert = [&](const Slot& s) {
    size_t pos = s.key & mask_;
    while (slots_[pos].key != 0) pos = (pos + 1) & mask_;
    slots_[pos] = s;
  };
  if (!key_order) {
    for (const Slot& s : old)
      if (s.key != 0) insert(s);
    return;
  }
  // The canonical table is the one built in key order.
  std::vector<const Slot*> used;
  for (const Slot& s : old)
    if (s.key != 0) used.push_back(&s);
  std::sort(used.begin(), used.end(),
            [](const Slot* a, const Slot* b) { return a->key < b->key; });
  for (const Slot* s : used) insert(*s);
}

HugeVector<CompactModel::Slot> CompactModel::CanonicalTable() const {
  CompactModel c;
  c.slots_ = slots_;
  size_t used = 0;
  for (const Slot& s : slots_) used += s.key != 0;
  c.Spread(CanonicalSlots(used), /*key_order=*/true);
  return std::move(c.slots_);
}

void CompactModel::Save(BinaryWriter* w) const {
  w->Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  w->Put<uint64_t>(num_features_);
  w->Put<float>(scale_);
  // Trained models are canonical; loaded ones are spread.
  if (slots_.size() == CanonicalSlots(num_features_)) {
    w->PutVector(slots_);
  } else {
    w->PutVector(CanonicalTable());
  }
  w->PutVector(entries_);
  w->PutVector(dense_);
}

Status CompactModel::Load(BinaryReader* r) {
  uint32_t nc = 0;
  uint64_t nf = 0;
  KHALDUN_ML_TRY(r->Get(&nc));
  KHALDUN_ML_TRY(r->Get(&nf));
  KHALDUN_ML_TRY(r->Get(&scale_));
  KHALDUN_ML_TRY(r->GetVector(&slots_));
  KHALDUN_ML_TRY(r->GetVector(&entries_));
  KHALDUN_ML_TRY(r->GetVector(&dense_));
  num_classes_ = static_cast<int>(nc);
  num_features_ = nf;
  if (slots_.empty() || (slots_.size() & (slots_.size() - 1)) != 0)
    return r->Corrupt("table size is not a power of two");
  mask_ = slots_.size() - 1;
  size_t empty = 0;
  for (const Slot& s : slots_) {
    if (s.key == 0) {
      ++empty;
      continue;
    }
    if (s.count & kDense) {
      if (s.offset > dense_.size() || nc > dense_.size() - s.offset)
        return r->Corrupt("dense row out of range");
    } else if (s.offset > entries_.size() ||
               s.count > entries_.size() - s.offset) {
      return r->Corrupt("row out of range");
    }
  }
  if (empty == 0) return r->Corrupt("full table");
  for (const Entry& e : entries_)
    if (e.cls >= nc) return r->Corrupt("class out of range");
  // Probes of features absent from the table (most of them) stop at the
  // first empty slot: at a load factor of ~0.35 they touch one cache line,
  // at 0.7 often two.
  Spread(slots_.size() * kSpread, /*key_order=*/false);
  return Status::OK();
}

PerceptronTrainer::PerceptronTrainer(int num_classes)
    : num_classes_(num_classes) {
  keys_.assign(1 << 16, 0);
  row_of_.assign(1 << 16, 0);
}

int64_t PerceptronTrainer::Find(uint64_t key) const {
  size_t mask = keys_.size() - 1;
  size_t pos = Mix64(key) & mask;
  while (true) {
    if (keys_[pos] == key) return row_of_[pos];
    if (keys_[pos] == 0) return -1;
    pos = (pos + 1) & mask;
  }
}

void PerceptronTrainer::Grow() {
  std::vector<uint64_t> old_keys(keys_.size() * 2, 0);
  std::vector<uint32_t> old_rows(keys_.size() * 2, 0);
  old_keys.swap(keys_);
  old_rows.swap(row_of_);
  size_t mask = keys_.size() - 1;
  for (size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i] == 0) continue;
    size_t pos = Mix64(old_keys[i]) & mask;
    while (keys_[pos] != 0) pos = (pos + 1) & mask;
    keys_[pos] = old_keys[i];
    row_of_[pos] = old_rows[i];
  }
}

uint32_t PerceptronTrainer::FindOrAdd(uint64_t key) {
  if ((used_ + 1) * 2 > keys_.size()) Grow();
  size_t mask = keys_.size() - 1;
  size_t pos = Mix64(key) & mask;
  while (true) {
    if (keys_[pos] == key) return row_of_[pos];
    if (keys_[pos] == 0) break;
    pos = (pos + 1) & mask;
  }
  keys_[pos] = key;
  row_of_[pos] = static_cast<uint32_t>(rows_.size());
  rows_.emplace_back();
  ++used_;
  return row_of_[pos];
}

void PerceptronTrainer::Score(const uint64_t* feats, size_t n,
                              float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    int64_t r = Find(feats[i]);
    if (r < 0) continue;
    for (const Entry& e : rows_[r]) scores[e.cls] += e.w;
  }
}

void PerceptronTrainer::Update(const uint64_t* feats, size_t n, int truth,
                               int guess) {
  if (truth == guess) return;
  for (size_t i = 0; i < n; ++i) {
    std::vector<Entry>& row = rows_[FindOrAdd(feats[i])];
    Bump(&row, static_cast<uint16_t>(truth), 1.0f);
    Bump(&row, static_cast<uint16_t>(guess), -1.0f);
  }
}

void PerceptronTrainer::Add(const uint64_t* feats, size_t n, int cls,
                            float delta) {
  for (size_t i = 0; i < n; ++i)
    Bump(&rows_[FindOrAdd(feats[i])], static_cast<uint16_t>(cls), delta);
}

void PerceptronTrainer::Bump(std::vector<Entry>* row, uint16_t cls,
                             float delta) {
  Entry* e = nullptr;
  for (Entry& x : *row)
    if (x.cls == cls) e = &x;
  if (!e) {
    row->push_back({cls, 0.0f, 0.0, clock_});
    e = &row->back();
  }
  e->total += static_cast<double>(clock_ - e->ts) * e->w;
  e->ts = clock_;
  e->w += delta;
}

std::vector<bool> RowsOfLargestL1(const std::vector<long>& l1,
                                  size_t max_rows) {
  if (l1.size() <= max_rows) return std::vector<bool>(l1.size(), true);
  // The max_rows smallest (-l1, row) pairs: all distinct, so the set does
  // not depend on how nth_element orders equal norms.
  std::vector<std::pair<long, size_t>> norm;
  norm.reserve(l1.size());
  for (size_t i = 0; i < l1.size(); ++i) norm.push_back({-l1[i], i});
  std::nth_element(norm.begin(), norm.begin() + max_rows, norm.end());
  std::vector<bool> keep(l1.size(), false);
  for (size_t k = 0; k < max_rows; ++k) keep[norm[k].second] = true;
  return keep;
}

CompactModel PerceptronTrainer::Finalize(size_t max_features) const {
  CompactModel m;
  m.num_classes_ = num_classes_;
  // Averaged weights, in key order (deterministic output).
  std::vector<std::pair<uint64_t, uint32_t>> order;
  order.reserve(used_);
  for (size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i] != 0) order.push_back({keys_[i], row_of_[i]});
  std::sort(order.begin(), order.end());
  double max_abs = 0;
  std::vector<std::vector<std::pair<uint16_t, double>>> avg(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    for (const Entry& e : rows_[order[i].second]) {
      double total = e.total + static_cast<double>(clock_ - e.ts) * e.w;
      double a = total / static_cast<double>(clock_);
      if (a != 0) avg[i].push_back({e.cls, a});
      max_abs = std::max(max_abs, std::abs(a));
    }
    std::sort(avg[i].begin(), avg[i].end());
  }
  m.scale_ = max_abs > 0 ? static_cast<float>(32767.0 / max_abs) : 1.0f;
  // With a cap: the max_features rows of largest L1 norm (quantised; a row
  // of norm 0 is empty and dropped below anyway).
  std::vector<bool> keep;
  if (order.size() > max_features) {
    std::vector<long> l1(order.size(), 0);
    for (size_t i = 0; i < order.size(); ++i)
      for (const auto& e : avg[i])
        l1[i] += std::abs(std::lround(e.second * m.scale_));
    keep = RowsOfLargestL1(l1, max_features);
  }
  std::vector<std::pair<uint64_t, std::pair<uint32_t, uint32_t>>> kept;
  std::vector<CompactModel::Entry> row;
  for (size_t i = 0; i < order.size(); ++i) {
    row.clear();
    for (const auto& [cls, a] : avg[i]) {
      long q = std::lround(a * m.scale_);
      if (q == 0) continue;
      row.push_back({cls, static_cast<int16_t>(q)});
    }
    if (row.empty()) continue;
    if (!keep.empty() && !keep[i]) continue;
    if (row.size() * 2 >= static_cast<size_t>(num_classes_)) {
      uint32_t offset = static_cast<uint32_t>(m.dense_.size());
      m.dense_.resize(m.dense_.size() + num_classes_, 0);
      for (const auto& e : row) m.dense_[offset + e.cls] = e.w;
      kept.push_back({order[i].first, {offset, CompactModel::kDense}});
    } else {
      uint32_t offset = static_cast<uint32_t>(m.entries_.size());
      m.entries_.insert(m.entries_.end(), row.begin(), row.end());
      kept.push_back(
          {order[i].first, {offset, static_cast<uint32_t>(row.size())}});
    }
  }
  const size_t size = CompactModel::CanonicalSlots(kept.size());
  m.slots_.assign(size, CompactModel::Slot());
  m.mask_ = size - 1;
  for (const auto& [key, oc] : kept) {
    size_t pos = key & m.mask_;
    while (m.slots_[pos].key != 0) pos = (pos + 1) & m.mask_;
    m.slots_[pos] = {key, oc.first, oc.second};
  }
  m.num_features_ = kept.size();
  return m;
}

}  // namespace khaldun::ml
