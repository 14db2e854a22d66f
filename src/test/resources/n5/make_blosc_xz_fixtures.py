#!/usr/bin/python3
"""Writes the N5 fixtures of BloscXzFixturesTest with reference writers: c-blosc (through python-blosc) and
Python's lzma module (FORMAT_XZ), never with ConnectomeJ's own code.

    apt-get install -y python3-blosc python3-numpy
    /usr/bin/python3 src/test/resources/n5/make_blosc_xz_fixtures.py

It replaces src/test/resources/n5/blosc-xz.n5 (next to this script). Every dataset there has the same shape, 21 x 7 x 2
voxels (x, y, z) in blocks of 16 x 8 x 2, so its two blocks, at grid positions (0, 0, 0) and (1, 0, 0), are border
blocks of 16 x 7 x 2 (224 values) and 5 x 7 x 2 voxels (70 values: an element count that is not a multiple of 8, and
for small types a chunk too small to compress). Voxel (x, y, z) holds value(x, y, z) of the dataset's type (see value
below; the test recomputes it).

Each block file is N5's default block format: mode 0 (uint16), number of axes (uint16), the block's size per axis
(uint32 each), all big endian, then the compressed bytes of the block's values, big endian, x fastest. For blosc
that is one Blosc1 chunk, as saalfeldlab's n5-blosc writes it; for xz one .xz stream (CRC64 check), as the N5 Java
reference's XzCompression writes it.

The datasets cover: every codec of c-blosc (blosclz, lz4, lz4hc, zlib, zstd, snappy); no shuffle, byte shuffle and
bit shuffle; types of 1, 2, 4 and 8 bytes; chunks of several blosc blocks with a shorter last block (a forced blosc
blocksize); split and unsplit blocks (BLOSC_SPLITMODE); blocks too small to compress (stored memcpyed); typesize 1
whatever the data type (what n5-blosc itself writes); and xz at presets 1 and 6.
"""
import json
import lzma
import os
import shutil

import blosc
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "blosc-xz.n5")
DIMS = (21, 7, 2)  # x, y, z
BLOCK = (16, 8, 2)
TYPES = {"uint8": ">u1", "uint16": ">u2", "float32": ">f4", "uint64": ">u8"}
SHUFFLES = {"noshuffle": blosc.NOSHUFFLE, "shuffle": blosc.SHUFFLE, "bitshuffle": blosc.BITSHUFFLE}


def pattern(x, y, z):
    """Runs of one value where x < 8 (long matches), scattered values elsewhere (literals); 0..814."""
    return np.where(x < 8, 100 + z, (x * y + z * 3) % 23 * 37)


def value(data_type):
    """The volume, indexed [z, y, x]: uint8 pattern % 251, uint16 pattern * 61, float32 pattern / 4 - 100,
    uint64 pattern * 1000003000001 (all bytes of a value vary)."""
    z, y, x = np.meshgrid(np.arange(DIMS[2]), np.arange(DIMS[1]), np.arange(DIMS[0]), indexing="ij")
    p = pattern(x, y, z).astype(np.int64)
    if data_type == "uint8":
        v = p % 251
    elif data_type == "uint16":
        v = p * 61
    elif data_type == "float32":
        v = p.astype(np.float64) / 4 - 100
    else:
        v = p.astype(np.uint64) * np.uint64(1000003000001)
    return v.astype(TYPES[data_type])


def blocks():
    for bz in range(0, DIMS[2], BLOCK[2]):
        for by in range(0, DIMS[1], BLOCK[1]):
            for bx in range(0, DIMS[0], BLOCK[0]):
                size = (min(BLOCK[0], DIMS[0] - bx), min(BLOCK[1], DIMS[1] - by), min(BLOCK[2], DIMS[2] - bz))
                yield (bx // BLOCK[0], by // BLOCK[1], bz // BLOCK[2]), (bx, by, bz), size


def write_dataset(name, data_type, compression, compress):
    folder = os.path.join(ROOT, name)
    os.makedirs(folder)
    with open(os.path.join(folder, "attributes.json"), "w") as f:
        json.dump({"dimensions": list(DIMS), "blockSize": list(BLOCK), "dataType": data_type,
                   "compression": compression}, f)
    volume = value(data_type)
    for grid, (bx, by, bz), size in blocks():
        data = volume[bz:bz + size[2], by:by + size[1], bx:bx + size[0]].tobytes()
        payload = compress(data)
        header = np.array([0, 3], ">u2").tobytes() + np.array(size, ">u4").tobytes()
        path = os.path.join(folder, *[str(g) for g in grid])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(header + payload)


def blosc_dataset(name, data_type, cname, shuffle, clevel=5, blocksize=0, typesize=None, splitmode="FORWARD_COMPAT"):
    item = typesize or np.dtype(TYPES[data_type]).itemsize
    attributes = {"type": "blosc", "cname": cname, "clevel": clevel, "shuffle": SHUFFLES[shuffle],
                  "blocksize": blocksize, "nthreads": 1}

    def compress(data):
        os.environ["BLOSC_SPLITMODE"] = splitmode  # c-blosc reads it at every compress call
        blosc.set_blocksize(blocksize)
        chunk = blosc.compress(data, typesize=item, clevel=clevel, shuffle=SHUFFLES[shuffle], cname=cname)
        assert blosc.decompress(chunk) == data
        return chunk

    write_dataset(name, data_type, attributes, compress)


def xz_dataset(name, data_type, preset):
    def compress(data):
        stream = lzma.compress(data, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC64, preset=preset)
        assert lzma.decompress(stream) == data
        return stream

    write_dataset(name, data_type, {"type": "xz", "preset": preset}, compress)


def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.makedirs(ROOT)
    with open(os.path.join(ROOT, "attributes.json"), "w") as f:
        json.dump({"n5": "2.5.1"}, f)
    for shuffle in SHUFFLES:
        for data_type in TYPES:
            if (shuffle, data_type) != ("noshuffle", "uint64"):
                blosc_dataset(f"blosclz-{shuffle}-{data_type}", data_type, "blosclz", shuffle)
    for cname in ["lz4", "lz4hc", "zlib", "zstd", "snappy"]:
        blosc_dataset(f"{cname}-noshuffle-uint8", "uint8", cname, "noshuffle")
        blosc_dataset(f"{cname}-shuffle-uint16", "uint16", cname, "shuffle")
        blosc_dataset(f"{cname}-bitshuffle-float32", "float32", cname, "bitshuffle")
    # several blosc blocks per chunk, the last one shorter (c-blosc 1.21 enlarges the blocks of split chunks to the
    # whole chunk, so these are unsplit); 400 bytes of float32 are 100 values, not bit-shuffled, the last 24 are
    blosc_dataset("blosclz-shuffle-uint16-blocksize256", "uint16", "blosclz", "shuffle", blocksize=256, splitmode="NEVER")
    blosc_dataset("lz4-bitshuffle-float32-blocksize400", "float32", "lz4", "bitshuffle", blocksize=400, splitmode="NEVER")
    blosc_dataset("zstd-bitshuffle-uint64-blocksize1024", "uint64", "zstd", "bitshuffle", blocksize=1024)
    blosc_dataset("blosclz-shuffle-float32-neversplit", "float32", "blosclz", "shuffle", splitmode="NEVER")
    # clevel 0: every chunk stored as it is (memcpyed)
    blosc_dataset("blosclz-noshuffle-uint16-clevel0", "uint16", "blosclz", "noshuffle", clevel=0)
    # bit shuffle of 1- and 2-byte values that compresses (blosclz leaves those chunks memcpyed)
    blosc_dataset("zstd-bitshuffle-uint8", "uint8", "zstd", "bitshuffle")
    blosc_dataset("zlib-bitshuffle-uint16", "uint16", "zlib", "bitshuffle")
    # what n5-blosc writes: typesize 1 whatever the type (byte shuffle then does nothing, bit shuffle works per byte)
    blosc_dataset("zstd-bitshuffle-uint16-typesize1", "uint16", "zstd", "bitshuffle", typesize=1)
    blosc_dataset("blosclz-shuffle-float32-typesize1", "float32", "blosclz", "shuffle", typesize=1)
    for data_type in ["uint8", "uint16", "float32"]:
        xz_dataset(f"xz-preset6-{data_type}", data_type, 6)
    xz_dataset("xz-preset1-uint16", "uint16", 1)


if __name__ == "__main__":
    main()
