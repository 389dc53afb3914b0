fn main() {
    support_benefits::mount();
}
