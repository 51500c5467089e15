#pragma once
/// The look every workbook labeltool writes shares (the zelfevaluatie form, the audit form,
/// the interview guide): grey for what labeltool wrote and a person only reads (locked), blue
/// for the heads of what a person fills in, red for the line that a text is not official.
#include <cstdint>

#include "xlsx/writer.hpp"

namespace labeltool::report::workbook_style {

inline constexpr std::uint32_t kGreyHeader = 0xD9D9D9, kGreyCell = 0xF2F2F2;
inline constexpr std::uint32_t kBlueHeader = 0xDDEBF7, kRed = 0xC00000, kDimmed = 0x808080;

/// The form's kind row ("labeltool" "audit/1"): small and grey, for the reader, not people.
inline const xlsx::Style kKind{xlsx::Weight::Regular,
                               xlsx::Wrap::None,
                               xlsx::Lock::Locked,
                               xlsx::NumberFormat::General,
                               0,
                               kDimmed,
                               9};
inline const xlsx::Style kTitle{xlsx::Weight::Bold,
                                xlsx::Wrap::None,
                                xlsx::Lock::Locked,
                                xlsx::NumberFormat::General,
                                0,
                                0,
                                14};
/// The one short line that what the workbook holds is not official.
inline const xlsx::Style kBanner{
    xlsx::Weight::Bold, xlsx::Wrap::None, xlsx::Lock::Locked, xlsx::NumberFormat::General, 0, kRed};
inline const xlsx::Style kBold{xlsx::Weight::Bold};
inline const xlsx::Style kWrapped{xlsx::Weight::Regular, xlsx::Wrap::Wrapped};
inline const xlsx::Style kLockedText{xlsx::Weight::Regular, xlsx::Wrap::Wrapped, xlsx::Lock::Locked,
                                     xlsx::NumberFormat::General, kGreyCell};
inline const xlsx::Style kEditableText{xlsx::Weight::Regular, xlsx::Wrap::Wrapped,
                                       xlsx::Lock::Editable};
inline const xlsx::Style kEditableDate{xlsx::Weight::Regular, xlsx::Wrap::None,
                                       xlsx::Lock::Editable, xlsx::NumberFormat::Date};
/// The head of a column labeltool fills (grey) or a person fills (blue).
inline const xlsx::Style kReadHeader{xlsx::Weight::Bold, xlsx::Wrap::Wrapped, xlsx::Lock::Locked,
                                     xlsx::NumberFormat::General, kGreyHeader};
inline const xlsx::Style kFillHeader{xlsx::Weight::Bold, xlsx::Wrap::Wrapped, xlsx::Lock::Locked,
                                     xlsx::NumberFormat::General, kBlueHeader};

}  // namespace labeltool::report::workbook_style
