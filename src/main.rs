//! Mounts the KommuneKit portal. Everything else lives in the library.

fn main() {
    leptos::mount::mount_to_body(kommunekit::App);
}
