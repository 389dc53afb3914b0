// Talc rather than `lol_alloc` (0.8 KB of wasm gzip less, but its free list is one sorted list walked on every
// free: leaving the Rules page, whose matrix frees thousands of blocks, spent about 6 ms in it) or std's dlmalloc
// (as fast as Talc here, 1.6 KB more). Measured (issue 9): Rules -> Overview 15.9 -> 6.9 ms median to the new h1.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    support_benefits::mount();
}
