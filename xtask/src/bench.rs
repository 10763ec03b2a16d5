//! `cargo xtask bench`: what the portal costs a citizen to load.

use crate::{root, tools};
use std::io::Write;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn gzip_len(data: &[u8]) -> usize {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = enc.write_all(data);
    enc.finish().map(|v| v.len()).unwrap_or(0)
}

fn brotli_len(data: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    match brotli::BrotliCompress(&mut &data[..], &mut out, &params) {
        Ok(_) => out.len(),
        Err(_) => 0,
    }
}

/// Builds the release portal and prints every file's raw, gzip and brotli size.
pub fn bench() -> Result<(), String> {
    let t = tools::ensure_build_tools()?;
    crate::run_cmd(
        t.command("trunk")
            .args(["build", "--release", "--offline"])
            .current_dir(root()),
    )?;
    let dist = root().join("dist");
    let mut all = Vec::new();
    files(&dist, &mut all).map_err(|e| format!("{}: {e}", dist.display()))?;
    all.sort();
    println!("\nFirst load of the portal (dist/, release):");
    println!(
        "{:<48} {:>10} {:>10} {:>10}",
        "file", "raw", "gzip", "brotli"
    );
    let (mut raw_t, mut gz_t, mut br_t) = (0, 0, 0);
    for path in &all {
        let data = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (raw, gz, br) = (data.len(), gzip_len(&data), brotli_len(&data));
        raw_t += raw;
        gz_t += gz;
        br_t += br;
        let name = path
            .strip_prefix(&dist)
            .unwrap_or(path)
            .display()
            .to_string();
        println!("{name:<48} {raw:>10} {gz:>10} {br:>10}");
    }
    println!("{:<48} {raw_t:>10} {gz_t:>10} {br_t:>10}", "total");
    println!(
        "total brotli: {:.1} kB (budget 77 kB)",
        br_t as f64 / 1000.0
    );
    Ok(())
}
