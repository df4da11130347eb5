#!/usr/bin/env python3
"""Regenerates the golden reference values in src/test/golden (the folder of this script) from their inputs.

Inputs (kept in the repository, not regenerated): the test signals mel/<signal>.wav (float32) and the
lwlrap truth/score matrices lwlrap/<case>_{truth,scores}.csv.
Outputs: every other file under mel/ and lwlrap/ (mel, dB and ln matrices, the filterbank, manifest.json,
expected.json).

The reference tools are librosa 0.10.1 and scikit-learn 1.2.1; README.md beside this script says how to get them
and which versions made the committed files. Run:
    python3 src/test/golden/make_golden.py     # rewrites src/test/golden in place
    git status src/test/golden                 # nothing changed = the committed values are reproduced
"""

import argparse
import json
import pathlib
import sys

import librosa
import numpy as np
import scipy
import sklearn
import soundfile
from sklearn.metrics import label_ranking_average_precision_score

EXPECTED_VERSIONS = {"librosa": "0.10.1", "scikit-learn": "1.2.1"}

SAMPLE_RATE = 44_100
SIGNALS = ["chirp_1s", "noise_700ms", "short_200ms", "snare_padded"]

# The mel presets of org.tagbench.dsp.MelConfig. win_length < n_fft means a Hann window of win_length samples
# centred in n_fft (librosa pads the window, as MelConfig documents). "log" is the compression after the mel step.
POWER_TO_DB = {"kind": "power_to_db", "ref": 1.0, "amin": 1e-10, "top_db": 80.0}
CONFIGS = {
    "fsd7th8th": dict(n_fft=2560, hop_length=694, n_mels=128, fmin=20, fmax=22050, power=2.0, log=POWER_TO_DB),
    "daisukelab": dict(n_fft=2560, hop_length=347, n_mels=128, fmin=20, fmax=22050, power=2.0, log=POWER_TO_DB),
    "qrfaction64": dict(n_fft=1024, hop_length=512, n_mels=64, fmin=0, fmax=22050, power=2.0, log=POWER_TO_DB),
    "ex4sperans": dict(n_fft=2048, hop_length=1024, n_mels=128, fmin=5, fmax=22050, power=1.0,
                       log={"kind": "ln_offset", "offset": 1e-4}),
    "argus1st": dict(n_fft=2560, hop_length=690, n_mels=128, fmin=20, fmax=22050, power=2.0, log=POWER_TO_DB),
    "dcase2019baseline": dict(n_fft=2048, hop_length=441, win_length=1102, n_mels=96, fmin=20, fmax=20000,
                              power=1.0, log={"kind": "ln_offset", "offset": 0.001}),
    "dcase2018baseline": dict(n_fft=2048, hop_length=441, win_length=1102, n_mels=64, fmin=125, fmax=7500,
                              power=1.0, log={"kind": "ln_offset", "offset": 0.001}),
}

TRIM = dict(top_db=60, frame_length=2048, hop_length=512)
FILTERBANK = dict(sr=SAMPLE_RATE, n_fft=2560, n_mels=128, fmin=20, fmax=22050)
LWLRAP_CASES = ["small", "fsd80", "ties", "single"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default_out = pathlib.Path(__file__).resolve().parent
    parser.add_argument("--out", type=pathlib.Path, default=default_out, help="the golden/ folder (default: %(default)s)")
    parser.add_argument("--any-version", action="store_true", help="run with other librosa/scikit-learn versions")
    parser.add_argument("--only", choices=["mel", "lwlrap", "mfcc"], help="regenerate one folder only")
    args = parser.parse_args()
    if args.only == "mfcc":
        check_mfcc_version(args.any_version)
        write_mfcc(args.out / "mfcc", args.out / "mel")
        return
    check_versions(args.any_version)
    if args.only in (None, "mel"):
        write_mel(args.out / "mel")
    if args.only in (None, "lwlrap"):
        write_lwlrap(args.out / "lwlrap")


def check_versions(any_version):
    found = {"librosa": librosa.__version__, "scikit-learn": sklearn.__version__}
    print("librosa", librosa.__version__, "scikit-learn", sklearn.__version__, "numpy", np.__version__,
          "scipy", scipy.__version__, "soundfile", soundfile.__version__, file=sys.stderr)
    if found != EXPECTED_VERSIONS and not any_version:
        sys.exit(f"expected {EXPECTED_VERSIONS}, found {found} (pass --any-version to go on anyway)")


# ---------------------------------------------------------------------------------------------------------- mel

def write_mel(folder):
    manifest = {
        "librosa": librosa.__version__,
        "sample_rate": SAMPLE_RATE,
        "center": True,
        "pad_mode": "constant",
        "window": "hann (periodic)",
        "mel": "slaney scale, slaney norm (librosa defaults htk=False, norm='slaney')",
        "db": "librosa.power_to_db(S, ref=1.0, amin=1e-10, top_db=80.0)",
        "ln": "numpy.log(S.astype(float64) + offset)",
        "layout": "rows = mel bands (low to high), columns = frames",
        "signals": {},
        "configs": {},
    }
    for signal in SIGNALS:
        y = read_float32(folder / f"{signal}.wav")
        start, end = librosa.effects.trim(y, **TRIM)[1]
        manifest["signals"][signal] = {"samples": len(y), "trim_top_db60": [int(start), int(end)]}
        for preset, config in CONFIGS.items():
            mel = librosa.feature.melspectrogram(
                y=y, sr=SAMPLE_RATE, n_fft=config["n_fft"], hop_length=config["hop_length"],
                win_length=config.get("win_length"), n_mels=config["n_mels"], fmin=config["fmin"],
                fmax=config["fmax"], power=config["power"])
            write_matrix(folder / f"{signal}.{preset}.mel.csv", mel, "%.7e")
            log = config["log"]
            if log["kind"] == "power_to_db":
                db = librosa.power_to_db(mel, ref=log["ref"], amin=log["amin"], top_db=log["top_db"])
                write_matrix(folder / f"{signal}.{preset}.db.csv", db, "%.5f")
            else:
                write_matrix(folder / f"{signal}.{preset}.ln.csv", np.log(mel.astype(np.float64) + log["offset"]),
                             "%.5f")
    for preset, config in CONFIGS.items():
        entry = {key: config[key] for key in ("n_fft", "hop_length")}
        entry["win_length"] = config.get("win_length", config["n_fft"])
        entry.update({key: config[key] for key in ("n_mels", "fmin", "fmax", "power", "log")})
        manifest["configs"][preset] = entry
    filterbank = librosa.filters.mel(**FILTERBANK)
    write_matrix(folder / "filterbank.sr44100.nfft2560.mels128.fmin20.csv", filterbank, "%.7e")
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1))


def read_float32(path):
    y, rate = soundfile.read(path, dtype="float32")
    if rate != SAMPLE_RATE or y.ndim != 1:
        sys.exit(f"{path}: expected mono {SAMPLE_RATE} Hz, got {rate} Hz, shape {y.shape}")
    return y


def write_matrix(path, matrix, number_format):
    """One row per line, no header; exact zeros as "0" (most of the filterbank), the rest in number_format."""
    with open(path, "w") as out:
        for row in matrix:
            out.write(",".join("0" if value == 0 else number_format % value for value in row))
            out.write("\n")


# --------------------------------------------------------------------------------------------------------- mfcc

# MFCC cases: (preset of CONFIGS, n_mfcc). qrfaction64 with 40 is the fsd2018-mfcc-2d preset's input.
MFCC_CASES = [("qrfaction64", 40), ("fsd7th8th", 20)]
EXPECTED_MFCC_LIBROSA = "0.11.0"


def check_mfcc_version(any_version):
    print("librosa", librosa.__version__, "numpy", np.__version__, "scipy", scipy.__version__, file=sys.stderr)
    if librosa.__version__ != EXPECTED_MFCC_LIBROSA and not any_version:
        sys.exit(f"mfcc/ was made with librosa {EXPECTED_MFCC_LIBROSA}, found {librosa.__version__} "
                 "(pass --any-version to go on anyway)")


def write_mfcc(folder, signals_folder):
    """librosa.feature.mfcc on the mel/ signals: power_to_db of the preset's mel, DCT-II orthonormal, no lifter."""
    folder.mkdir(exist_ok=True)
    manifest = {"librosa": librosa.__version__, "numpy": np.__version__, "scipy": scipy.__version__,
                "call": "librosa.feature.mfcc(y=y, sr=44100, n_mfcc=n, dct_type=2, norm='ortho', lifter=0, "
                        "n_fft, hop_length, n_mels, fmin, fmax, power)",
                "layout": "rows = coefficients 0..n-1, columns = frames", "cases": []}
    for signal in SIGNALS:
        y = read_float32(signals_folder / f"{signal}.wav")
        for preset, n_mfcc in MFCC_CASES:
            config = CONFIGS[preset]
            mfcc = librosa.feature.mfcc(
                y=y, sr=SAMPLE_RATE, n_mfcc=n_mfcc, dct_type=2, norm="ortho", lifter=0, n_fft=config["n_fft"],
                hop_length=config["hop_length"], n_mels=config["n_mels"], fmin=config["fmin"], fmax=config["fmax"],
                power=config["power"])
            name = f"{signal}.{preset}.mfcc{n_mfcc}.csv"
            write_matrix(folder / name, mfcc, "%.5f")
            manifest["cases"].append({"file": name, "signal": signal, "preset": preset, "n_mfcc": n_mfcc})
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1))


# ------------------------------------------------------------------------------------------------------- lwlrap

def write_lwlrap(folder):
    expected = []
    for name in LWLRAP_CASES:
        truth = np.loadtxt(folder / f"{name}_truth.csv", delimiter=",", ndmin=2)
        scores = np.loadtxt(folder / f"{name}_scores.csv", delimiter=",", ndmin=2)
        ties = has_tied_label(truth, scores)
        entry = {
            "name": name,
            # lwlrap = label-ranking average precision with each clip weighted by its number of labels; on ties
            # scikit-learn counts a tied score as ranked above, which the per-class accumulator below does not do.
            "lwlrap_sklearn": float(label_ranking_average_precision_score(
                truth > 0, scores, sample_weight=truth.sum(axis=1))),
            "ties": ties,
        }
        if not ties:
            per_class, weight = per_class_lwlrap(truth, scores)
            entry["lwlrap_official"] = float(np.sum(per_class * weight))
            entry["per_class_lwlrap"] = per_class.tolist()
            entry["class_weight"] = weight.tolist()
            if np.all(truth.sum(axis=1) == 1):
                entry["map3"] = map_at_3(truth, scores)
        expected.append(entry)
    (folder / "expected.json").write_text(json.dumps(expected, indent=1))


def has_tied_label(truth, scores):
    """Whether a true label's score equals another class's score in its row (only then do the tie rules differ)."""
    for row_truth, row_scores in zip(truth, scores):
        for label in np.flatnonzero(row_truth > 0):
            if np.count_nonzero(row_scores == row_scores[label]) > 1:
                return True
    return False


def per_class_lwlrap(truth, scores):
    """The FAT2019 organisers' per-class accumulator (Kaggle, "lwlrap" Colab notebook), without ties."""
    num_samples, num_classes = scores.shape
    precisions = np.zeros((num_samples, num_classes))
    for sample in range(num_samples):
        positives = np.flatnonzero(truth[sample] > 0)
        if not len(positives):
            continue
        ranking = np.zeros(num_classes, dtype=int)
        ranking[np.argsort(scores[sample])[::-1]] = range(num_classes)
        hit_at_rank = np.zeros(num_classes, dtype=bool)
        hit_at_rank[ranking[positives]] = True
        hits_so_far = np.cumsum(hit_at_rank)
        precisions[sample, positives] = hits_so_far[ranking[positives]] / (1 + ranking[positives].astype(float))
    labels_per_class = np.sum(truth > 0, axis=0)
    weight_per_class = labels_per_class / float(np.sum(labels_per_class))
    return np.sum(precisions, axis=0) / np.maximum(1, labels_per_class), weight_per_class


def map_at_3(truth, scores):
    """Mean over clips of 1/rank of the (single) true class when it is in the top 3, else 0."""
    per_clip = []
    for row_truth, row_scores in zip(truth, scores):
        top3 = list(np.argsort(row_scores)[::-1][:3])
        true_class = int(np.flatnonzero(row_truth > 0)[0])
        per_clip.append(1.0 / (top3.index(true_class) + 1) if true_class in top3 else 0.0)
    return float(np.mean(per_clip))


if __name__ == "__main__":
    main()
