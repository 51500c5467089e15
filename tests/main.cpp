#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <cstdlib>
#include <iostream>
#include <string_view>

namespace {

/// Fails --list-test-cases, which doctest_discover_tests runs after every build, when a test
/// case name holds a ';'. CMake splits such a name into two CTest tests whose --test-case
/// filters match no case, and doctest passes a run that ran nothing: the case never runs.
struct CtestNameGuard : doctest::IReporter {
  explicit CtestNameGuard(const doctest::ContextOptions& options)
      : listing_cases(options.list_test_cases) {}

  void report_query(const doctest::QueryData& query) override {
    if (!listing_cases) return;
    bool split = false;
    for (unsigned i = 0; i < query.num_data; ++i) {
      const std::string_view name = query.data[i]->m_name;
      if (name.find(';') == std::string_view::npos) continue;
      std::cerr << query.data[i]->m_file << ":" << query.data[i]->m_line << ": test case '" << name
                << "' holds a ';', which CMake splits into tests that run nothing\n";
      split = true;
    }
    if (split) std::exit(EXIT_FAILURE);
  }
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats&) override {}
  void test_case_start(const doctest::TestCaseData&) override {}
  void test_case_reenter(const doctest::TestCaseData&) override {}
  void test_case_end(const doctest::CurrentTestCaseStats&) override {}
  void test_case_exception(const doctest::TestCaseException&) override {}
  void subcase_start(const doctest::SubcaseSignature&) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData&) override {}
  void log_message(const doctest::MessageData&) override {}
  void test_case_skipped(const doctest::TestCaseData&) override {}

  bool listing_cases;
};

}  // namespace

REGISTER_LISTENER("ctest_names", 1, CtestNameGuard);
