// The catalog's cheap look at a file's header lines: sure answers, or none.
#include <doctest/doctest.h>

#include "input/header_scan.hpp"

using namespace labeltool;
using input::scan_header;
using input::ScannedKind;

TEST_SUITE_BEGIN("input/header_scan");

TEST_CASE("a plain norm set header gives its reference") {
  const auto header = scan_header(
      "\xEF\xBB\xBFlabeltool: normset/1   # kind\r\nid: kssw\r\nversion: \"2019\"\r\n"
      "name: 'Kwaliteitslabel'\r\nscale:\r\n  - {value: voldoet}\r\nthemes:\r\n  - id: A\r\n"
      "    text: |\r\n      id: not this one\r\n");
  REQUIRE(header);
  CHECK(header->kind == ScannedKind::Normset);
  CHECK(header->reference == "kssw@2019");
  CHECK(scan_header("labeltool: normset/1\nversion: '1'\nid: demo  # comment\n")->reference ==
        "demo@1");
}

TEST_CASE("a crosswalk is recognised by its first key") {
  const auto header = scan_header("labeltool: crosswalk/1\nsource: a@1\ntarget: b@1\n");
  REQUIRE(header);
  CHECK(header->kind == ScannedKind::Crosswalk);
}

TEST_CASE("whatever only a full parse can tell gives no answer") {
  const char* unsure[] = {
      "id: demo\nlabeltool: normset/1\nversion: '1'\n",            // header not first
      "labeltool: zelfevaluatie/1\nnormset: demo@1\n",             // another kind
      "labeltool: normset/1\nid: demo\n",                          // no version
      "labeltool: normset/1\nid: demo\nversion: '1'\nid: x\n",     // a key twice
      "---\nlabeltool: normset/1\nid: demo\nversion: '1'\n",       // a document marker
      "{labeltool: normset/1, id: demo, version: '1'}\n",          // a flow mapping
      "labeltool: normset/1\nid: &a demo\nversion: '1'\n",         // an anchor
      "labeltool: normset/1\nid: demo\n  more\nversion: '1'\n",    // a plain value going on
      "labeltool: normset/1\nid: \"de\\u006do\"\nversion: '1'\n",  // an escape
      "labeltool: normset/1\nid: 'it''s'\nversion: '1'\n",         // a quote escaped
      "labeltool: normset/1\nname: \"two\nid: lines\"\nid: demo\nversion: '1'\n",
      "labeltool: normset/1\nscopes: [a,\nid: x]\nid: demo\nversion: '1'\n",
      "labeltool: normset/1\nid: ~\nversion: '1'\n",                 // null
      "labeltool: normset/1\n\tid: demo\nversion: '1'\n",            // a tab
      "labeltool: normset/1\nid: demo\nversion: '1'\nurn: urn:x\n",  // CISO Assistant keys
      "labeltool: normset/1\nid: demo\rversion: '1'\n",              // old Mac line ends
      "labeltool: normset/1\n- id: demo\n",                          // a list at the top
      "",
  };
  for (const char* text : unsure) {
    CAPTURE(text);
    CHECK_FALSE(scan_header(text));
  }
}

TEST_SUITE_END();
