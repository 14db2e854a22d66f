#!/usr/bin/python3
"""Writes the Zarr v2 and OME-Zarr 0.4 fixtures of the connectomej.io.zarr tests with the reference writer, zarr-python
(Debian's python3-zarr 2.13.6 with numcodecs 0.11), never with ConnectomeJ's own code.

    apt-get install -y python3-zarr
    /usr/bin/python3 src/test/resources/zarr/make_zarr_fixtures.py

It replaces the *.zarr folders next to this script. Arrays are 3 x 13 x 21 voxels (z, y, x) in chunks of 2 x 8 x 16,
so every axis has a padded edge chunk. Voxel (x, y, z) holds a function of base(x, y, z) = (x + 3y + 7z) % 251 per
array (see VALUES; ZarrFixtures.java in the tests recomputes them).

Stores:
  arrays.zarr      a group with one array per dtype x compressor x layout (see ARRAYS)
  single.zarr      an array at the store's root (uint8, default compressor)
  nested.zarr      a group /volume with two arrays, raw (uint8, "resolution" [40, 4, 4] nm, z y x) and labels (uint64)
  image.ome.zarr   OME-Zarr 0.4, axes t c z y x (micrometer), levels 0 (1 x 1 x 3 x 13 x 21) and 1 (xy / 2)
  scaled.ome.zarr  OME-Zarr 0.4, axes z y x (nanometer), one level, a dataset scale and a global scale
  delta.zarr       an array with a "delta" filter (refused)
  channels.zarr    an array of shape 2 x 3 x 13 x 21 (c z y x; refused)
  v3.zarr          a hand-written Zarr v3 zarr.json (refused)
"""
import json
import os
import shutil

import numcodecs
import numpy as np
import zarr

HERE = os.path.dirname(os.path.abspath(__file__))
SHAPE = (3, 13, 21)
CHUNKS = (2, 8, 16)


def base(shape=SHAPE):
    """base(x, y, z) indexed [z, y, x]; a 2D shape (y, x) is section z = 0."""
    z, y, x = np.meshgrid(*(np.arange(n) for n in (1,) * (3 - len(shape)) + tuple(shape)), indexing="ij")
    return ((x + 3 * y + 7 * z) % 251).astype(np.int64).reshape(shape)


VALUES = {  # name -> (dtype, value from base b)
    "uint8": ("|u1", lambda b: b),
    "uint16": ("<u2", lambda b: b * 257),
    "float32": ("<f4", lambda b: b / 4 - 10),
    "int16be": (">i2", lambda b: b * 100 - 12000),
    "uint64": ("<u8", lambda b: b.astype(np.uint64) * np.uint64(1000003000001)),
    "uint32": ("<u4", lambda b: b * 16777259),
    "int32": ("<i4", lambda b: b * 1000 - 100000),
    "int64": ("<i8", lambda b: -(b * 1000003000001)),
    "float64": ("<f8", lambda b: b / 8 - 3),
    "int8": ("|i1", lambda b: b - 125),
    "bool": ("|b1", lambda b: b % 3 == 0),
}

ARRAYS = {  # array name -> (values, compressor, extra zarr.create arguments)
    "uint8_blosc": ("uint8", "default", {}),  # zarr's default: Blosc(lz4, clevel 5, byte shuffle)
    "uint16_blosc_zstd_bitshuffle": ("uint16", numcodecs.Blosc("zstd", 3, numcodecs.Blosc.BITSHUFFLE), {}),
    "uint16_zlib": ("uint16", numcodecs.Zlib(5), {}),
    "float32_zstd": ("float32", numcodecs.Zstd(3), {}),
    "int16be_gzip": ("int16be", numcodecs.GZip(5), {}),
    "uint64_bz2": ("uint64", numcodecs.BZ2(9), {}),
    "uint8_lzma": ("uint8", numcodecs.LZMA(), {}),  # format 1, .xz
    "uint8_lzma_alone": ("uint8", numcodecs.LZMA(format=2), {}),  # the legacy .lzma format
    "uint16_lz4": ("uint16", numcodecs.LZ4(1), {}),
    "uint32_zlib": ("uint32", numcodecs.Zlib(1), {}),
    "int32_gzip": ("int32", numcodecs.GZip(1), {}),
    "int64_zlib": ("int64", numcodecs.Zlib(1), {}),
    "float64_zlib": ("float64", numcodecs.Zlib(1), {}),
    "int8_raw": ("int8", None, {}),  # no compressor
    "bool_zlib": ("bool", numcodecs.Zlib(1), {}),
    "uint16_order_f": ("uint16", numcodecs.Zlib(5), {"order": "F"}),
    "float32_order_f_blosc": ("float32", "default", {"order": "F"}),
    "uint8_nested": ("uint8", "default", {"dimension_separator": "/"}),
    "uint16_fill": ("uint16", numcodecs.Zlib(5), {"fill_value": 4242}),
    "float32_nan_fill": ("float32", numcodecs.Zlib(1), {"fill_value": np.nan}),
}
# chunks removed after writing, so that they read as the fill value: (z, y, x) chunk index
MISSING = {"uint16_fill": (1, 0, 1), "float32_nan_fill": (0, 1, 0)}


def values(name, shape=SHAPE):
    dtype, f = VALUES[name]
    return np.asarray(f(base(shape))).astype(dtype)


def create(store, path, name, compressor="default", shape=SHAPE, chunks=CHUNKS, **extra):
    kwargs = dict(store=store, path=path, shape=shape, chunks=chunks, dtype=VALUES[name][0], overwrite=True, **extra)
    if compressor != "default":
        kwargs["compressor"] = compressor
    a = zarr.create(**kwargs)
    a[...] = values(name, shape)
    return a


def fresh(name):
    path = os.path.join(HERE, name)
    shutil.rmtree(path, ignore_errors=True)
    return path


def arrays():
    root = fresh("arrays.zarr")
    store = zarr.DirectoryStore(root)
    zarr.group(store=store)
    for array, (name, compressor, extra) in ARRAYS.items():
        create(store, array, name, compressor, **extra)
        if array in MISSING:
            os.remove(os.path.join(root, array, ".".join(map(str, MISSING[array]))))
    # a 2D array (y, x): one section
    create(store, "section", "uint8", shape=SHAPE[1:], chunks=CHUNKS[1:])


def single():
    create(zarr.DirectoryStore(fresh("single.zarr")), None, "uint8")


def nested():
    g = zarr.group(store=zarr.DirectoryStore(fresh("nested.zarr")))
    volume = g.create_group("volume")
    raw = create(g.store, "volume/raw", "uint8")
    raw.attrs["resolution"] = [40, 4, 4]
    create(g.store, "volume/labels", "uint64", numcodecs.GZip(5))
    return volume


def ome(name, axes, levels, global_scale=None):
    """levels: list of (shape, scale) per level, in the order of axes."""
    g = zarr.group(store=zarr.DirectoryStore(fresh(name)))
    datasets = []
    for i, (shape, scale) in enumerate(levels):
        chunks = tuple([1] * (len(shape) - 3)) + CHUNKS
        spatial = shape[-3:]
        a = zarr.create(store=g.store, path=str(i), shape=shape, chunks=chunks, dtype="|u1", overwrite=True,
                        dimension_separator="/")
        a[...] = values("uint8", spatial).reshape(shape) if i == 0 else values("uint8", spatial).reshape(shape) // 2
        datasets.append({"path": str(i), "coordinateTransformations": [{"type": "scale", "scale": scale}]})
    multiscale = {"version": "0.4", "name": "em", "axes": axes, "datasets": datasets}
    if global_scale is not None:
        multiscale["coordinateTransformations"] = [{"type": "scale", "scale": global_scale}]
    g.attrs["multiscales"] = [multiscale]


def omes():
    um = [{"name": "t", "type": "time", "unit": "second"}, {"name": "c", "type": "channel"}] + [
        {"name": a, "type": "space", "unit": "micrometer"} for a in "zyx"]
    ome("image.ome.zarr", um, [((1, 1) + SHAPE, [1, 1, 0.04, 0.004, 0.004]),
                               ((1, 1, 3, 7, 11), [1, 1, 0.04, 0.008, 0.008])])
    nm = [{"name": a, "type": "space", "unit": "nanometer"} for a in "zyx"]
    ome("scaled.ome.zarr", nm, [(SHAPE, [10, 2, 2])], global_scale=[4, 3, 2])


def refused():
    create(zarr.DirectoryStore(fresh("delta.zarr")), None, "uint16", numcodecs.Zlib(1),
           filters=[numcodecs.Delta(dtype="<u2")])
    zarr.create(store=zarr.DirectoryStore(fresh("channels.zarr")), shape=(2,) + SHAPE, chunks=(1,) + CHUNKS,
                dtype="|u1", overwrite=True)[...] = 7
    os.makedirs(fresh("v3.zarr"))
    with open(os.path.join(HERE, "v3.zarr", "zarr.json"), "w") as f:
        json.dump({"zarr_format": 3, "node_type": "array", "shape": list(SHAPE), "data_type": "uint8",
                   "chunk_grid": {"name": "regular", "configuration": {"chunk_shape": list(CHUNKS)}},
                   "chunk_key_encoding": {"name": "default", "configuration": {"separator": "/"}},
                   "fill_value": 0, "codecs": [{"name": "bytes"}]}, f, indent=2)


if __name__ == "__main__":
    arrays()
    single()
    nested()
    omes()
    refused()
