# fuzz_json: libFuzzer target for the JSON family readers and writer (models/io/json).
# include() this file from tests/fuzz/CMakeLists.txt (configured with the `fuzz` preset: clang, -DPLUMBLINE_FUZZ=ON).
# Run: build-fuzz/bin/fuzz_json -max_len=65536 tests/fuzz/corpus/json
add_executable(fuzz_json ${CMAKE_CURRENT_LIST_DIR}/fuzz_json.cpp)
target_link_libraries(fuzz_json PRIVATE plumbline_core plumbline_warnings)
target_compile_options(fuzz_json PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_options(fuzz_json PRIVATE -fsanitize=fuzzer,address,undefined)
