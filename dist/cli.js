#!/usr/bin/env node
import { promisify, styleText, parseArgs } from 'node:util';
import { lstat, readlink, open as open$1, realpath, writeFile } from 'node:fs/promises';
import { join, sep, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import require$$0 from 'process';
import require$$0$1 from 'buffer';
import { execFile, spawn } from 'node:child_process';
import { existsSync, constants as constants$1 } from 'node:fs';
import { Buffer as Buffer$1 } from 'node:buffer';

function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject$4(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject$4(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject$4(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}

const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick$1(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge$1(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

var _a$1;
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer$1 = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer$1);
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}

// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure$1(_Err, result.issues, ctx) : { success: true, data: result.value };
};
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure$1(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure$1(_Err, result.issues, ctx) : { success: true, data: result.value };
};
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate$1 = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const validateAsync$1 = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji$1, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;

function anchor(source) {
    return new RegExp(`^${source}$`);
}
const date$1 = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const integer = /^-?\d+$/;
const number$1 = /^-?\d+(?:\.\d+)?$/;
const boolean$1 = /^(?:true|false)$/i;
// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;

// import { $ZodType } from "./schemas.js";
const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}
const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date$1);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number$1;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = boolean$1;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = isObject$4;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = isObject$4;
    const jit = !globalConfig.jitless;
    const allowsEval$1 = allowsEval;
    const fastEnabled = jit && allowsEval$1.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(issue(_iss));
    }
}

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (!desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set());
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = open.length > depth ? open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
function en () {
    return {
        localeError: error(),
    };
}

var _a;
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue$1) => {
            if (typeof issue$1 === "string") {
                payload.issues.push(issue(issue$1, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue$1;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}

function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") ;
    else ;
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) ;
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = initializeContext({ ...params, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};

const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) ;
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        assignProp(json.properties, key, processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number$1 : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

const parse = /* @__PURE__ */ _parse(ZodRealError);
const parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
// Codec functions
const encode = /* @__PURE__ */ _encode(ZodRealError);
const decode$1 = /* @__PURE__ */ _decode(ZodRealError);
const encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return _default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return _catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate$1(this, data, params);
    },
    validateAsync(data, params) {
        return validateAsync$1(this, data, params);
    },
    encode: function _encode(data, params) {
        return encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return decode$1(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function string$1(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(int$2(params));
    },
    safe(params) {
        return this.check(int$2(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function int$2(params) {
    return _int(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json);
});
function boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor();
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return _enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge$1(this, other);
    },
    pick(mask) {
        return pick$1(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue$1) => {
            if (typeof issue$1 === "string") {
                payload.issues.push(issue(issue$1, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue$1;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}

function date(params) {
    return _isoDate(ZodISODate, params);
}

// Checks that a path names a place inside the repository. Paths come from manifests, policies, inputs
// and flags a pull request may control, and later stages read them from disk or git, so a hostile value
// (absolute, `..`, backslashes, control characters) is refused before anything ever opens it.
/** Why `value` is not a safe repository-relative path, as a fragment ("must ..."); undefined when it is. */
function repoPathProblem(value) {
    if (value.length === 0)
        return 'must not be empty';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(value))
        return 'must not contain control characters such as NUL or newlines';
    if (value.includes('\\'))
        return 'must use forward slashes (/); a backslash is not a path separator here';
    if (value.startsWith('/'))
        return 'must be relative to the repository root; remove the leading /';
    if (/^[A-Za-z]:/.test(value))
        return 'must be relative to the repository root, not a drive path';
    if (value.split('/').includes('..'))
        return 'must stay inside the repository; remove the .. segment';
    return undefined;
}
/** A URL scheme at the start (`https://`, `s3://`): the value is a location, not a repository path. */
function hasUrlScheme(value) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value);
}
/** An https URL with a host and no whitespace. */
function isHttpsUrl(value) {
    return /^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/.test(value);
}
/** A path given by an input or a flag that is not a safe repository path. */
class RepoPathError extends Error {
}
/** `path` without a leading `./`; throws a RepoPathError naming `what` when it is not a safe repository path. */
function assertRepoPath(path, what) {
    const problem = repoPathProblem(path);
    if (problem)
        throw new RepoPathError(`${what} "${path}" is refused: it ${problem}.`);
    return path.replace(/^\.\//, '');
}

// The value shapes the manifest reuses (ids, handles, dates, paths, digests, URLs). Each carries the
// message a user sees when a value breaks it: a fragment that follows the field's dotted path, e.g.
// "models[0].owner" + " must be a GitHub handle ...". Messages never echo the value itself, which
// could be a pasted secret.
const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
// A user `@login` (GitHub: 1-39 letters, digits or hyphens) or a team `@org/team-slug`.
const HANDLE_PATTERN = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9][A-Za-z0-9_-]{0,99})?$/;
const SHA256_PATTERN = /^[0-9a-f]{64}$/;
// `provider:name`, e.g. github-secret:OPENAI_FT_KEY or vault:secret/data/ft.
const SECRET_REF_PATTERN = /^[a-z][a-z0-9-]*:[A-Za-z0-9_][A-Za-z0-9_./:@-]*$/;
const RULE_ID_PATTERN = /^MG\d{3}$/;
const SIGNAL_PATTERN = /^[a-z][a-z0-9_-]*$/;
// A scheme of two characters or more so that a drive letter (C:) never reads as one.
const URI_PATTERN = /^[A-Za-z][A-Za-z0-9+.-]+:[^\s]+$/;
/** A lowercase identifier such as a model or dataset id. */
function identifier(description) {
    return string$1()
        .regex(ID_PATTERN, {
        error: 'must be lowercase letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. support-triage)'
    })
        .describe(description);
}
/** A GitHub user `@login` or team `@org/team-slug`. */
function handle(description) {
    return string$1()
        .regex(HANDLE_PATTERN, {
        error: 'must be a GitHub handle: a user as "@login" or a team as "@org/team-slug" (quote it in YAML)'
    })
        .describe(description);
}
/** A real calendar date written YYYY-MM-DD (UTC); 2026-02-30 is refused. */
function isoDate(description) {
    return date({ error: 'must be a real calendar date written YYYY-MM-DD, e.g. 2026-10-01' })
        .describe(description);
}
/** Free text that must say something. */
function text(description) {
    return string$1().trim().min(1, { error: 'must not be empty' }).describe(description);
}
/** A path relative to the repository root that cannot escape it. */
function repoPath(description) {
    return string$1()
        .superRefine((value, ctx) => {
        const problem = hasUrlScheme(value)
            ? 'must be a path in the repository, not a URL (use uri for data outside the repository)'
            : repoPathProblem(value);
        if (problem !== undefined)
            ctx.addIssue({ code: 'custom', message: problem });
    })
        .describe(description);
}
/** A glob relative to the repository root, under the same rules as a path. */
function repoGlob(description) {
    return string$1()
        .superRefine((value, ctx) => {
        const problem = repoPathProblem(value);
        if (problem !== undefined)
            ctx.addIssue({ code: 'custom', message: problem });
    })
        .describe(description);
}
/** A repository path, or an https URL for a document that lives elsewhere. */
function repoPathOrHttpsUrl(description) {
    return string$1()
        .superRefine((value, ctx) => {
        let problem;
        if (hasUrlScheme(value)) {
            if (!isHttpsUrl(value))
                problem = 'must be a repository path or an https:// URL';
        }
        else {
            problem = repoPathProblem(value);
        }
        if (problem !== undefined)
            ctx.addIssue({ code: 'custom', message: problem });
    })
        .describe(description);
}
/** An https URL. */
function httpsUrl(description) {
    return string$1()
        .regex(/^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/, { error: 'must be an https:// URL' })
        .describe(description);
}
/** A URI with a scheme, e.g. s3://bucket/key or hf://datasets/org/name. */
function uri(description) {
    return string$1()
        .regex(URI_PATTERN, {
        error: 'must be a URI with a scheme, e.g. s3://bucket/key; use path for a file in the repository'
    })
        .describe(description);
}
/** A SHA-256 digest in lowercase hex. */
function sha256(description) {
    return string$1()
        .regex(SHA256_PATTERN, {
        error: "must be 64 lowercase hex characters (the file's SHA-256); run sha256sum on the file and paste the digest"
    })
        .describe(description);
}

// The sections of a model entry (manifest.md). The schema decides shape only: a missing control (no
// sha256, no thresholds, no approvers, no tested_at ...) is not a schema error, because the rules
// (MG101, MG201, MG301, MG401 ...) report it with the right id, severity and waiver. So inside a
// section nearly every field is optional; only what identifies an entry is required.
const isObject$3 = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const RedactionSchema = strictObject({
    method: text('How sensitive examples were redacted or minimised, e.g. "emails replaced by placeholders".').optional(),
    verified_by: handle('Who checked the redaction: "@login" or "@org/team-slug".').optional(),
    verified_at: isoDate('When the redaction was checked, YYYY-MM-DD (UTC); not in the future.').optional()
})
    .describe('How sensitive examples were redacted or minimised, and who verified it.');
const DatasetSchema = strictObject({
    id: identifier('Dataset id, unique within the model: lowercase letters, digits, ".", "_" or "-".'),
    purpose: _enum(['training', 'preference', 'evaluation'])
        .default('training')
        .describe('What the data is used for: training, preference (e.g. DPO pairs) or evaluation.'),
    path: repoPath('The file in the repository (plain, or a Git LFS pointer); relative to the root. Set path or uri.').optional(),
    uri: uri('Where the data lives outside the repository, e.g. s3://bucket/key. Set path or uri.').optional(),
    sha256: sha256("The file's SHA-256 as 64 lowercase hex characters (output of sha256sum).").optional(),
    source: text('Where the data came from.').optional(),
    license: text('The licence or terms the data is used under, e.g. proprietary or CC-BY-4.0.').optional(),
    owner: handle('Who is accountable for the data: "@login" or "@org/team-slug".').optional(),
    collected_at: isoDate('When the data was collected, YYYY-MM-DD (UTC); not in the future.').optional(),
    personal_data: boolean()
        .describe('Whether the data contains personal data (true or false).')
        .optional(),
    redaction: RedactionSchema.optional()
})
    .superRefine((dataset, ctx) => {
    const hasPath = dataset.path !== undefined;
    const hasUri = dataset.uri !== undefined;
    if (hasPath && hasUri) {
        ctx.addIssue({
            code: 'custom',
            path: ['uri'],
            message: 'must not be set together with path; keep path for a file in the repository or uri for one outside it'
        });
    }
    else if (!hasPath && !hasUri) {
        ctx.addIssue({
            code: 'custom',
            message: 'must set either path (a file in the repository) or uri (a location outside it)'
        });
    }
}, 
// Run even when another field is wrong, so that every problem shows in one pass.
{ when: (payload) => isObject$3(payload.value) })
    .describe('A dataset that enters training, preference tuning or evaluation.');
const ThresholdSchema = strictObject({
    metric: text('The metric, as GROUP/METRIC or a bare METRIC when unambiguous (see eval-formats).'),
    min: number().describe('The lowest acceptable value (higher is better).').optional(),
    max: number().describe('The highest acceptable value (lower is better).').optional(),
    kind: _enum(['quality', 'safety', 'leakage', 'drift', 'fairness'])
        .describe('What the threshold guards: quality, safety, leakage, drift or fairness.')
        .optional()
})
    .describe('A bound on one metric: set min or max.');
const EvaluationSchema = strictObject({
    results: repoPath('The evaluation results file in the repository.').optional(),
    format: _enum(['auto', 'generic', 'promptfoo', 'lm-eval', 'inspect', 'model-index'])
        .default('auto')
        .describe('The results format: auto, generic, promptfoo, lm-eval, inspect or model-index.'),
    baseline: repoPath('The results of the model in production today, for regression checks.').optional(),
    max_regression: number()
        .min(0, { error: 'must be 0 or more (how much worse than the baseline a metric may get)' })
        .describe('How much worse than the baseline any thresholded metric may get (0 or more).')
        .optional(),
    thresholds: array(ThresholdSchema).describe('The bounds the results must meet.').optional()
})
    .describe('How drift, leakage and regression are tested before release.');
const ApprovalsSchema = strictObject({
    approvers: array(handle('An approver: "@login" or "@org/team-slug".'))
        .describe('Who approves model updates and evaluation thresholds: users or org teams.')
        .optional(),
    min_approvals: int$2({ error: 'must be a whole number of 1 or more' })
        .min(1, { error: 'must be 1 or more' })
        .describe('How many approvals from the approvers a change needs.')
        .optional()
})
    .describe('Who approves model updates and evaluation thresholds.');
const RollbackSchema = strictObject({
    previous_model: text('The model to roll back to.').optional(),
    procedure: repoPathOrHttpsUrl('The rollback runbook: a repository path or an https:// URL.').optional(),
    owner: handle('Who carries out a rollback: "@login" or "@org/team-slug".').optional(),
    tested_at: isoDate('When the rollback was last drilled, YYYY-MM-DD (UTC); not in the future.').optional(),
    trigger: text('What condition starts a rollback.').optional()
})
    .describe('How rollback works if behaviour becomes unsafe.');
const MonitoringSchema = strictObject({
    owner: handle('Who watches the model after release: "@login" or "@org/team-slug".').optional(),
    signals: array(string$1()
        .regex(SIGNAL_PATTERN, { error: 'must be a lowercase word such as drift, leakage or quality' })
        .describe('A monitored signal: a lowercase word such as drift, leakage or quality.'))
        .describe('What is monitored, e.g. [drift, leakage, quality].')
        .optional(),
    dashboard: httpsUrl('Where the monitoring can be seen: an https:// URL.').optional()
})
    .describe('Post-deployment monitoring.');
const JustificationSchema = strictObject({
    alternatives_tried: array(_enum(['prompt', 'retrieval', 'few-shot', 'tool-use', 'other'])
        .describe('An alternative tried: prompt, retrieval, few-shot, tool-use or other.'))
        .describe('The runtime controls tried before fine-tuning.')
        .optional(),
    rationale: text('Why those alternatives were not enough.').optional(),
    evidence: strictObject({
        prompt_baseline: repoPath('Results of the prompt-only baseline, in the repository.').optional(),
        metric: text('The metric the fine-tuned model must improve on.').optional(),
        min_uplift: number()
            .min(0, { error: 'must be 0 or more' })
            .describe('How much the fine-tuned model must beat the prompt baseline by.')
            .optional()
    })
        .describe('Evidence that fine-tuning beats the prompt baseline.')
        .optional()
})
    .describe('Why runtime (prompt) control is not enough.');
const IdentitySchema = strictObject({
    name: text('The identity name, unique within the model.'),
    kind: _enum(['api-key', 'service-account', 'github-app', 'oidc'])
        .describe('The kind of identity: api-key, service-account, github-app or oidc.'),
    secret_ref: string$1()
        .regex(SECRET_REF_PATTERN, {
        error: 'must be a reference written provider:name (e.g. github-secret:OPENAI_FT_KEY), never the secret itself'
    })
        .describe('Where the credential is kept, as provider:name (e.g. github-secret:OPENAI_FT_KEY).')
        .optional(),
    scopes: array(text('A permission the identity holds.'))
        .describe('The permissions the identity holds.')
        .optional(),
    owner: handle('Who is accountable for the identity: "@login" or "@org/team-slug".').optional(),
    expires_at: isoDate('When the credential expires or is rotated, YYYY-MM-DD (UTC).').optional()
})
    .describe('A non-human identity used by training or serving.');

// The schema of `model-governance.yml`, version 1 (manifest.md). Objects are strict so that a typo
// in a control is an error rather than a control silently absent. The descriptions become the JSON
// Schema that editors show, so every field has one.
const ModelSchema = strictObject({
    id: identifier('Model id, unique in the file: lowercase letters, digits, ".", "_" or "-".'),
    owner: handle('The accountable user or team: "@login" or "@org/team-slug".'),
    approach: _enum(['prompt', 'retrieval', 'fine-tune'])
        .describe('How the model is adapted: prompt, retrieval or fine-tune (fine-tune gets every control).'),
    base_model: text('The model that is fine-tuned, e.g. gpt-4o-mini-2024-07-18.').optional(),
    tuned_model: text('The fine-tuned model id, e.g. ft:gpt-4o-mini-2024-07-18:acme:support-triage:9x8y7z.').optional(),
    risk_tier: _enum(['low', 'medium', 'high'])
        .describe('The risk tier: low, medium or high; defaults to the policy.')
        .optional(),
    paths: array(repoGlob('A glob relative to the repository root, e.g. training/support-triage/**.'))
        .describe("Globs this model's training owns; a change under them is a change to this model.")
        .optional(),
    justification: JustificationSchema.optional(),
    datasets: array(DatasetSchema).describe('What data enters training or preference tuning.').optional(),
    approvals: ApprovalsSchema.optional(),
    evaluation: EvaluationSchema.optional(),
    rollback: RollbackSchema.optional(),
    monitoring: MonitoringSchema.optional(),
    identities: array(IdentitySchema)
        .describe('Non-human identities the training and serving use.')
        .optional()
})
    .describe('A governed model.');
const ExceptionSchema = strictObject({
    rule: string$1()
        .regex(RULE_ID_PATTERN, { error: 'must be a rule id such as MG403' })
        .describe('The rule waived, e.g. MG403.'),
    model: text('The id of the model the waiver applies to.'),
    reason: text('Why the waiver is acceptable for now.'),
    approved_by: handle('Who approved the waiver: "@login" or "@org/team-slug".').optional(),
    expires_at: isoDate('The last day the waiver applies, YYYY-MM-DD (UTC).').optional()
})
    .describe('A time-boxed, approved waiver of one rule for one model.');
const isObject$2 = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Reports every entry of `items` whose `key` repeats an earlier one. Written for unvalidated input. */
function checkUnique(items, key, path, what, ctx) {
    if (!Array.isArray(items))
        return;
    const firstIndex = new Map();
    items.forEach((item, index) => {
        if (!isObject$2(item))
            return;
        const value = item[key];
        if (typeof value !== 'string')
            return;
        const first = firstIndex.get(value);
        if (first === undefined) {
            firstIndex.set(value, index);
            return;
        }
        const firstPath = [...path, first].map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');
        ctx.addIssue({
            code: 'custom',
            path: [...path, index, key],
            message: `repeats the ${key} "${value}" of ${firstPath.replace(/^\./, '')}; ${what} must be unique`
        });
    });
}
const ManifestSchema = strictObject({
    version: literal(1, {
        // A missing version falls through to the generic "is required" message.
        error: (issue) => issue.input === undefined ? undefined : 'must be 1, the only manifest version this release reads'
    })
        .describe('The manifest format version; always 1.'),
    models: array(ModelSchema)
        .min(1, { error: 'must list at least one model' })
        .describe('The governed models.'),
    exceptions: array(ExceptionSchema).describe('Time-boxed, approved waivers.').optional()
})
    .superRefine((manifest, ctx) => {
    // Written against the raw value: it runs even when other fields are wrong, so a duplicate id
    // shows in the same pass as a typo elsewhere.
    const models = manifest.models;
    checkUnique(models, 'id', ['models'], 'model ids', ctx);
    if (!Array.isArray(models))
        return;
    models.forEach((model, index) => {
        if (!isObject$2(model))
            return;
        checkUnique(model.datasets, 'id', ['models', index, 'datasets'], 'dataset ids within a model', ctx);
        checkUnique(model.identities, 'name', ['models', index, 'identities'], 'identity names within a model', ctx);
    });
}, { when: (payload) => isObject$2(payload.value) })
    .describe('Model Governance Gate manifest, version 1: the models this repository adapts and the controls around fine-tuning them (datasets, approvals, evaluation, rollback, monitoring, identities), plus approved exceptions.');

// The JSON Schema editors use to check `model-governance.yml` as it is typed. Generated from the zod
// schema so that the two never disagree; draft-07 because it is what editors support best.
const MANIFEST_SCHEMA_ID = 'https://raw.githubusercontent.com/model-governance/model-governance-gate/main/schema/model-governance.schema.json';
function buildManifestJsonSchema() {
    // `io: 'input'` describes what a user writes: fields with a default are optional.
    const generated = toJSONSchema(ManifestSchema, { target: 'draft-07', io: 'input' });
    const { $schema, description, ...rest } = generated;
    return { $schema, $id: MANIFEST_SCHEMA_ID, title: 'model-governance.yml', description, ...rest };
}

// The stable rule catalogue of rules.md: ids never change meaning and a retired id is never reused.
// Every id is listed here, with its name and family, even before its check lands, so that the policy
// and exceptions can name any of them and be validated.
const RULE_CATALOGUE = {
    MG001: { name: 'ungoverned-fine-tune', family: 'change' },
    MG002: { name: 'manifest-invalid', family: 'manifest' },
    MG003: { name: 'governance-weakened', family: 'change' },
    MG004: { name: 'policy-changed', family: 'change' },
    MG101: { name: 'dataset-provenance-incomplete', family: 'data' },
    MG102: { name: 'dataset-checksum-mismatch', family: 'data' },
    MG103: { name: 'dataset-redaction-missing', family: 'data' },
    MG104: { name: 'dataset-contains-secret', family: 'data' },
    MG105: { name: 'dataset-contains-personal-data', family: 'data' },
    MG106: { name: 'dataset-undeclared', family: 'data' },
    MG201: { name: 'approvers-undeclared', family: 'approvals' },
    MG202: { name: 'approval-missing', family: 'approvals' },
    MG203: { name: 'approval-unverifiable', family: 'approvals' },
    MG301: { name: 'thresholds-incomplete', family: 'evaluation' },
    MG302: { name: 'eval-results-missing', family: 'evaluation' },
    MG303: { name: 'threshold-not-met', family: 'evaluation' },
    MG304: { name: 'eval-regression', family: 'evaluation' },
    MG305: { name: 'no-measurable-uplift', family: 'evaluation' },
    MG401: { name: 'rollback-plan-incomplete', family: 'rollback' },
    MG402: { name: 'rollback-procedure-missing', family: 'rollback' },
    MG403: { name: 'rollback-drill-stale', family: 'rollback' },
    MG501: { name: 'monitoring-incomplete', family: 'monitoring' },
    MG601: { name: 'justification-missing', family: 'justification' },
    MG701: { name: 'literal-credential', family: 'identities' },
    MG702: { name: 'identity-overprivileged', family: 'identities' },
    MG703: { name: 'identity-lifecycle', family: 'identities' },
    MG801: { name: 'exception-invalid', family: 'exceptions' }
};
const RULE_IDS = Object.keys(RULE_CATALOGUE);
function isRuleId(value) {
    return Object.hasOwn(RULE_CATALOGUE, value);
}

// The policy's shapes (policy.md). PolicySchema is the resolved policy the engine reads: every field
// present, because the built-in default fills what a file leaves out. PolicyFileSchema is what a user
// writes: everything optional except `version: 1`, and a tier may be given in part. Objects are strict
// so that a typo reads as an error, never as an absent requirement.
const TIERS = ['low', 'medium', 'high'];
const MODES = ['enforce', 'warn'];
const SEVERITY_LEVELS = ['error', 'warning', 'note', 'off'];
/** Manifest sections a tier can require of a fine-tune model. */
const CONTROL_SECTIONS = [
    'data',
    'approvals',
    'evaluation',
    'rollback',
    'monitoring',
    'justification',
    'identities'
];
/** The threshold kinds of manifest.md (`evaluation.thresholds[].kind`). */
const THRESHOLD_KINDS = ['quality', 'safety', 'leakage', 'drift', 'fairness'];
const ModeSchema = _enum(MODES)
    .describe('enforce: findings of severity error fail the run; warn: nothing fails');
const TierNameSchema = _enum(TIERS).describe('A risk tier: low, medium or high');
const SeverityLevelSchema = _enum(SEVERITY_LEVELS);
// MG002 may be softened but never switched off: an invalid manifest must never pass silently.
const Mg002SeveritySchema = _enum(['error', 'warning', 'note'], {
    error: () => 'cannot be off: an invalid manifest must never pass silently; use error, warning or note'
});
const HandleSchema = string$1()
    .regex(/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/, 'must be a GitHub user "@login" or team "@org/team-slug"')
    .describe('A GitHub user (@login) or organisation team (@org/team-slug)');
const GlobSchema = string$1().min(1).describe('A glob relative to the repository root, e.g. training/**');
const SignalSchema = string$1()
    .regex(/^[a-z][a-z0-9_-]*$/, 'must be a lower-case signal name such as drift or leakage')
    .describe('A monitoring signal name, e.g. drift, leakage, quality');
const DAYS_IN_TEN_YEARS = 3653;
const TierRequirementsSchema = strictObject({
    require: array(_enum(CONTROL_SECTIONS))
        .describe('Manifest sections every fine-tune model of this tier must have'),
    min_approvals: int$2()
        .min(0)
        .max(50)
        .describe('The fewest approvals a fine-tune model of this tier may declare and receive'),
    threshold_kinds: array(_enum(THRESHOLD_KINDS))
        .describe('Threshold kinds a fine-tune model of this tier must set, at least one threshold of each'),
    rollback_drill_max_age_days: int$2()
        .min(1)
        .max(DAYS_IN_TEN_YEARS)
        .describe('Maximum age in days of the last rollback drill (rollback.tested_at)'),
    monitoring_signals: array(SignalSchema)
        .describe('Monitoring signals every fine-tune model of this tier must watch'),
    identity_max_lifetime_days: int$2()
        .min(1)
        .max(DAYS_IN_TEN_YEARS)
        .describe('How far in the future an identity expires_at may lie, in days'),
    justification_evidence: boolean()
        .describe('Whether justification.evidence (uplift over the prompt baseline) is required'),
    redaction_required: boolean()
        .describe('Whether every training or preference dataset needs a redaction record, personal data or not')
})
    .describe('What the policy requires of a fine-tune model in one risk tier');
// One optional entry per known rule id, so an unknown id is an unknown key (with a did-you-mean) and
// editors can complete the ids from the JSON Schema.
const ruleSeverityShape = Object.fromEntries(RULE_IDS.map((id) => {
    const base = id === 'MG002' ? Mg002SeveritySchema : SeverityLevelSchema;
    return [id, base.optional().describe(`Severity of ${id} ${RULE_CATALOGUE[id].name}`)];
}));
const RulesSchema = strictObject(ruleSeverityShape)
    .describe('Per-rule severity (error | warning | note | off); rules not named keep their default');
const DetectSchema = strictObject({
    builtin: boolean().describe('Whether the built-in fine-tuning signals are on'),
    paths: array(GlobSchema).describe('Extra globs whose change means fine-tuning'),
    labels: array(string$1().min(1)).describe('Pull request labels that mean fine-tuning'),
    ignore: array(GlobSchema).describe('Globs never considered by detection')
})
    .describe('How fine-tuning is detected in a change');
const tiersShape = (tier) => ({
    low: tier.describe('Requirements for low-risk models'),
    medium: tier.describe('Requirements for medium-risk models'),
    high: tier.describe('Requirements for high-risk models')
});
const topLevel = {
    version: literal(1).describe('Policy format version; always 1'),
    mode: ModeSchema,
    default_tier: TierNameSchema.describe('The tier of models that do not set risk_tier'),
    governance_approvers: array(HandleSchema)
        .describe('Users or teams allowed to approve models new in a pull request, and exceptions'),
    new_model_self_approval: boolean()
        .describe('Whether a model that is new in the pull request may be approved by its own declared approvers'),
    rules: RulesSchema
};
const PolicySchema = strictObject({
    ...topLevel,
    tiers: strictObject(tiersShape(TierRequirementsSchema)).describe('Requirements per risk tier'),
    detect: DetectSchema
})
    .describe('The resolved Model Governance Gate policy');
const PolicyFileSchema = strictObject({
    version: topLevel.version,
    mode: topLevel.mode.optional(),
    default_tier: topLevel.default_tier.optional(),
    governance_approvers: topLevel.governance_approvers.optional(),
    new_model_self_approval: topLevel.new_model_self_approval.optional(),
    rules: topLevel.rules.optional(),
    tiers: strictObject(tiersShape(TierRequirementsSchema.partial().describe('A tier in part; fields left out keep the default')))
        .partial()
        .describe('Requirements per risk tier; each field left out keeps the built-in default')
        .optional(),
    detect: DetectSchema.partial().optional()
})
    .describe('Model Governance Gate policy (.github/model-governance-policy.yml)');

// The policy file's JSON Schema, for editors (yaml-language-server) and for docs. Generated from the
// zod schema so the two cannot disagree; the committed copy is checked by a test.
function buildPolicyJsonSchema() {
    const { $schema, ...rest } = toJSONSchema(PolicyFileSchema, { target: 'draft-07', io: 'input' });
    return { $schema, title: 'Model Governance Gate policy', ...rest };
}

// Small runtime helpers both faces share: the injectable clock and user-facing error text.
/**
 * The run's clock. MODEL_GOVERNANCE_NOW (YYYY-MM-DD or an ISO timestamp) pins it, so an audit can be
 * replayed as of a given day and tests do not rot; otherwise the real time.
 */
function clockFromEnv(env = process.env) {
    const pinned = env.MODEL_GOVERNANCE_NOW;
    if (!pinned)
        return new Date();
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(pinned) ? `${pinned}T12:00:00Z` : pinned);
    if (Number.isNaN(date.getTime()))
        throw new Error(`MODEL_GOVERNANCE_NOW="${pinned}" is not a date; use YYYY-MM-DD.`);
    return date;
}
/** An error as one line for a person: the message, never a stack trace. */
function describeError$1(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

function defineRule(rule) {
    return rule;
}

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var dist = {};

var composer = {};

var directives = {};

var identity = {};

var hasRequiredIdentity;

function requireIdentity () {
	if (hasRequiredIdentity) return identity;
	hasRequiredIdentity = 1;

	const ALIAS = Symbol.for('yaml.alias');
	const DOC = Symbol.for('yaml.document');
	const MAP = Symbol.for('yaml.map');
	const PAIR = Symbol.for('yaml.pair');
	const SCALAR = Symbol.for('yaml.scalar');
	const SEQ = Symbol.for('yaml.seq');
	const NODE_TYPE = Symbol.for('yaml.node.type');
	const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
	const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case MAP:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	function isNode(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case ALIAS:
	            case MAP:
	            case SCALAR:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

	identity.ALIAS = ALIAS;
	identity.DOC = DOC;
	identity.MAP = MAP;
	identity.NODE_TYPE = NODE_TYPE;
	identity.PAIR = PAIR;
	identity.SCALAR = SCALAR;
	identity.SEQ = SEQ;
	identity.hasAnchor = hasAnchor;
	identity.isAlias = isAlias;
	identity.isCollection = isCollection;
	identity.isDocument = isDocument;
	identity.isMap = isMap;
	identity.isNode = isNode;
	identity.isPair = isPair;
	identity.isScalar = isScalar;
	identity.isSeq = isSeq;
	return identity;
}

var visit = {};

var hasRequiredVisit;

function requireVisit () {
	if (hasRequiredVisit) return visit;
	hasRequiredVisit = 1;

	var identity = requireIdentity();

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove node');
	/**
	 * Apply a visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	function visit$1(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        visit_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit$1.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visit$1.SKIP = SKIP;
	/** Remove the current node */
	visit$1.REMOVE = REMOVE;
	function visit_(key, node, visitor, path) {
	    const ctrl = callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visit_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = visit_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = visit_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = visit_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	/**
	 * Apply an async visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `Promise`: Must resolve to one of the following values
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	async function visitAsync(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visitAsync.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visitAsync.SKIP = SKIP;
	/** Remove the current node */
	visitAsync.REMOVE = REMOVE;
	async function visitAsync_(key, node, visitor, path) {
	    const ctrl = await callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visitAsync_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = await visitAsync_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = await visitAsync_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = await visitAsync_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	function initVisitor(visitor) {
	    if (typeof visitor === 'object' &&
	        (visitor.Collection || visitor.Node || visitor.Value)) {
	        return Object.assign({
	            Alias: visitor.Node,
	            Map: visitor.Node,
	            Scalar: visitor.Node,
	            Seq: visitor.Node
	        }, visitor.Value && {
	            Map: visitor.Value,
	            Scalar: visitor.Value,
	            Seq: visitor.Value
	        }, visitor.Collection && {
	            Map: visitor.Collection,
	            Seq: visitor.Collection
	        }, visitor);
	    }
	    return visitor;
	}
	function callVisitor(key, node, visitor, path) {
	    if (typeof visitor === 'function')
	        return visitor(key, node, path);
	    if (identity.isMap(node))
	        return visitor.Map?.(key, node, path);
	    if (identity.isSeq(node))
	        return visitor.Seq?.(key, node, path);
	    if (identity.isPair(node))
	        return visitor.Pair?.(key, node, path);
	    if (identity.isScalar(node))
	        return visitor.Scalar?.(key, node, path);
	    if (identity.isAlias(node))
	        return visitor.Alias?.(key, node, path);
	    return undefined;
	}
	function replaceNode(key, path, node) {
	    const parent = path[path.length - 1];
	    if (identity.isCollection(parent)) {
	        parent.items[key] = node;
	    }
	    else if (identity.isPair(parent)) {
	        if (key === 'key')
	            parent.key = node;
	        else
	            parent.value = node;
	    }
	    else if (identity.isDocument(parent)) {
	        parent.contents = node;
	    }
	    else {
	        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
	        throw new Error(`Cannot replace node with ${pt} parent`);
	    }
	}

	visit.visit = visit$1;
	visit.visitAsync = visitAsync;
	return visit;
}

var hasRequiredDirectives;

function requireDirectives () {
	if (hasRequiredDirectives) return directives;
	hasRequiredDirectives = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	const escapeChars = {
	    '!': '%21',
	    ',': '%2C',
	    '[': '%5B',
	    ']': '%5D',
	    '{': '%7B',
	    '}': '%7D'
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
	class Directives {
	    constructor(yaml, tags) {
	        /**
	         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
	         * included in the document's stringified representation.
	         */
	        this.docStart = null;
	        /** The doc-end marker `...`.  */
	        this.docEnd = false;
	        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
	        this.tags = Object.assign({}, Directives.defaultTags, tags);
	    }
	    clone() {
	        const copy = new Directives(this.yaml, this.tags);
	        copy.docStart = this.docStart;
	        return copy;
	    }
	    /**
	     * During parsing, get a Directives instance for the current document and
	     * update the stream state according to the current version's spec.
	     */
	    atDocument() {
	        const res = new Directives(this.yaml, this.tags);
	        switch (this.yaml.version) {
	            case '1.1':
	                this.atNextDocument = true;
	                break;
	            case '1.2':
	                this.atNextDocument = false;
	                this.yaml = {
	                    explicit: Directives.defaultYaml.explicit,
	                    version: '1.2'
	                };
	                this.tags = Object.assign({}, Directives.defaultTags);
	                break;
	        }
	        return res;
	    }
	    /**
	     * @param onError - May be called even if the action was successful
	     * @returns `true` on success
	     */
	    add(line, onError) {
	        if (this.atNextDocument) {
	            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
	            this.tags = Object.assign({}, Directives.defaultTags);
	            this.atNextDocument = false;
	        }
	        const parts = line.trim().split(/[ \t]+/);
	        const name = parts.shift();
	        switch (name) {
	            case '%TAG': {
	                if (parts.length !== 2) {
	                    onError(0, '%TAG directive should contain exactly two parts');
	                    if (parts.length < 2)
	                        return false;
	                }
	                const [handle, prefix] = parts;
	                this.tags[handle] = prefix;
	                return true;
	            }
	            case '%YAML': {
	                this.yaml.explicit = true;
	                if (parts.length !== 1) {
	                    onError(0, '%YAML directive should contain exactly one part');
	                    return false;
	                }
	                const [version] = parts;
	                if (version === '1.1' || version === '1.2') {
	                    this.yaml.version = version;
	                    return true;
	                }
	                else {
	                    const isValid = /^\d+\.\d+$/.test(version);
	                    onError(6, `Unsupported YAML version ${version}`, isValid);
	                    return false;
	                }
	            }
	            default:
	                onError(0, `Unknown directive ${name}`, true);
	                return false;
	        }
	    }
	    /**
	     * Resolves a tag, matching handles to those defined in %TAG directives.
	     *
	     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
	     *   `'!local'` tag, or `null` if unresolvable.
	     */
	    tagName(source, onError) {
	        if (source === '!')
	            return '!'; // non-specific tag
	        if (source[0] !== '!') {
	            onError(`Not a valid tag: ${source}`);
	            return null;
	        }
	        if (source[1] === '<') {
	            const verbatim = source.slice(2, -1);
	            if (verbatim === '!' || verbatim === '!!') {
	                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
	                return null;
	            }
	            if (source[source.length - 1] !== '>')
	                onError('Verbatim tags must end with a >');
	            return verbatim;
	        }
	        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
	        if (!suffix)
	            onError(`The ${source} tag has no suffix`);
	        const prefix = this.tags[handle];
	        if (prefix) {
	            try {
	                return prefix + decodeURIComponent(suffix);
	            }
	            catch (error) {
	                onError(String(error));
	                return null;
	            }
	        }
	        if (handle === '!')
	            return source; // local tag
	        onError(`Could not resolve tag: ${source}`);
	        return null;
	    }
	    /**
	     * Given a fully resolved tag, returns its printable string form,
	     * taking into account current tag prefixes and defaults.
	     */
	    tagString(tag) {
	        for (const [handle, prefix] of Object.entries(this.tags)) {
	            if (tag.startsWith(prefix))
	                return handle + escapeTagName(tag.substring(prefix.length));
	        }
	        return tag[0] === '!' ? tag : `!<${tag}>`;
	    }
	    toString(doc) {
	        const lines = this.yaml.explicit
	            ? [`%YAML ${this.yaml.version || '1.2'}`]
	            : [];
	        const tagEntries = Object.entries(this.tags);
	        let tagNames;
	        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
	            const tags = {};
	            visit.visit(doc.contents, (_key, node) => {
	                if (identity.isNode(node) && node.tag)
	                    tags[node.tag] = true;
	            });
	            tagNames = Object.keys(tags);
	        }
	        else
	            tagNames = [];
	        for (const [handle, prefix] of tagEntries) {
	            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
	                continue;
	            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
	                lines.push(`%TAG ${handle} ${prefix}`);
	        }
	        return lines.join('\n');
	    }
	}
	Directives.defaultYaml = { explicit: false, version: '1.2' };
	Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

	directives.Directives = Directives;
	return directives;
}

var Document = {};

var Alias = {};

var anchors = {};

var hasRequiredAnchors;

function requireAnchors () {
	if (hasRequiredAnchors) return anchors;
	hasRequiredAnchors = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	/**
	 * Verify that the input string is a valid anchor.
	 *
	 * Will throw on errors.
	 */
	function anchorIsValid(anchor) {
	    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
	        const sa = JSON.stringify(anchor);
	        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
	        throw new Error(msg);
	    }
	    return true;
	}
	function anchorNames(root) {
	    const anchors = new Set();
	    visit.visit(root, {
	        Value(_key, node) {
	            if (node.anchor)
	                anchors.add(node.anchor);
	        }
	    });
	    return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
	    for (let i = 1; true; ++i) {
	        const name = `${prefix}${i}`;
	        if (!exclude.has(name))
	            return name;
	    }
	}
	function createNodeAnchors(doc, prefix) {
	    const aliasObjects = [];
	    const sourceObjects = new Map();
	    let prevAnchors = null;
	    return {
	        onAnchor: (source) => {
	            aliasObjects.push(source);
	            prevAnchors ?? (prevAnchors = anchorNames(doc));
	            const anchor = findNewAnchor(prefix, prevAnchors);
	            prevAnchors.add(anchor);
	            return anchor;
	        },
	        /**
	         * With circular references, the source node is only resolved after all
	         * of its child nodes are. This is why anchors are set only after all of
	         * the nodes have been created.
	         */
	        setAnchors: () => {
	            for (const source of aliasObjects) {
	                const ref = sourceObjects.get(source);
	                if (typeof ref === 'object' &&
	                    ref.anchor &&
	                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
	                    ref.node.anchor = ref.anchor;
	                }
	                else {
	                    const error = new Error('Failed to resolve repeated object (this should not happen)');
	                    error.source = source;
	                    throw error;
	                }
	            }
	        },
	        sourceObjects
	    };
	}

	anchors.anchorIsValid = anchorIsValid;
	anchors.anchorNames = anchorNames;
	anchors.createNodeAnchors = createNodeAnchors;
	anchors.findNewAnchor = findNewAnchor;
	return anchors;
}

var Node = {};

var applyReviver = {};

var hasRequiredApplyReviver;

function requireApplyReviver () {
	if (hasRequiredApplyReviver) return applyReviver;
	hasRequiredApplyReviver = 1;

	/**
	 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	 *
	 * Includes extensions for handling Map and Set objects.
	 */
	function applyReviver$1(reviver, obj, key, val) {
	    if (val && typeof val === 'object') {
	        if (Array.isArray(val)) {
	            for (let i = 0, len = val.length; i < len; ++i) {
	                const v0 = val[i];
	                const v1 = applyReviver$1(reviver, val, String(i), v0);
	                // eslint-disable-next-line @typescript-eslint/no-array-delete
	                if (v1 === undefined)
	                    delete val[i];
	                else if (v1 !== v0)
	                    val[i] = v1;
	            }
	        }
	        else if (val instanceof Map) {
	            for (const k of Array.from(val.keys())) {
	                const v0 = val.get(k);
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    val.delete(k);
	                else if (v1 !== v0)
	                    val.set(k, v1);
	            }
	        }
	        else if (val instanceof Set) {
	            for (const v0 of Array.from(val)) {
	                const v1 = applyReviver$1(reviver, val, v0, v0);
	                if (v1 === undefined)
	                    val.delete(v0);
	                else if (v1 !== v0) {
	                    val.delete(v0);
	                    val.add(v1);
	                }
	            }
	        }
	        else {
	            for (const [k, v0] of Object.entries(val)) {
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    delete val[k];
	                else if (v1 !== v0)
	                    val[k] = v1;
	            }
	        }
	    }
	    return reviver.call(obj, key, val);
	}

	applyReviver.applyReviver = applyReviver$1;
	return applyReviver;
}

var toJS = {};

var hasRequiredToJS;

function requireToJS () {
	if (hasRequiredToJS) return toJS;
	hasRequiredToJS = 1;

	var identity = requireIdentity();

	/**
	 * Recursively convert any node or its contents to native JavaScript
	 *
	 * @param value - The input value
	 * @param arg - If `value` defines a `toJSON()` method, use this
	 *   as its first argument
	 * @param ctx - Conversion context, originally set in Document#toJS(). If
	 *   `{ keep: true }` is not set, output should be suitable for JSON
	 *   stringification.
	 */
	function toJS$1(value, arg, ctx) {
	    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
	    if (Array.isArray(value))
	        return value.map((v, i) => toJS$1(v, String(i), ctx));
	    if (value && typeof value.toJSON === 'function') {
	        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	        if (!ctx || !identity.hasAnchor(value))
	            return value.toJSON(arg, ctx);
	        const data = { aliasCount: 0, count: 1, res: undefined };
	        ctx.anchors.set(value, data);
	        ctx.onCreate = res => {
	            data.res = res;
	            delete ctx.onCreate;
	        };
	        const res = value.toJSON(arg, ctx);
	        if (ctx.onCreate)
	            ctx.onCreate(res);
	        return res;
	    }
	    if (typeof value === 'bigint' && !ctx?.keep)
	        return Number(value);
	    return value;
	}

	toJS.toJS = toJS$1;
	return toJS;
}

var hasRequiredNode;

function requireNode () {
	if (hasRequiredNode) return Node;
	hasRequiredNode = 1;

	var applyReviver = requireApplyReviver();
	var identity = requireIdentity();
	var toJS = requireToJS();

	class NodeBase {
	    constructor(type) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
	    }
	    /** Create a copy of this node.  */
	    clone() {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** A plain JavaScript representation of this node. */
	    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        if (!identity.isDocument(doc))
	            throw new TypeError('A document argument is required');
	        const ctx = {
	            anchors: new Map(),
	            doc,
	            keep: true,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this, '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	}

	Node.NodeBase = NodeBase;
	return Node;
}

var hasRequiredAlias;

function requireAlias () {
	if (hasRequiredAlias) return Alias;
	hasRequiredAlias = 1;

	var anchors = requireAnchors();
	var visit = requireVisit();
	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	let Alias$1 = class Alias extends Node.NodeBase {
	    constructor(source) {
	        super(identity.ALIAS);
	        this.source = source;
	        Object.defineProperty(this, 'tag', {
	            set() {
	                throw new Error('Alias nodes cannot have tags');
	            }
	        });
	    }
	    /**
	     * Resolve the value of this alias within `doc`, finding the last
	     * instance of the `source` anchor before this node.
	     */
	    resolve(doc, ctx) {
	        if (ctx?.maxAliasCount === 0)
	            throw new ReferenceError('Alias resolution is disabled');
	        let nodes;
	        if (ctx?.aliasResolveCache) {
	            nodes = ctx.aliasResolveCache;
	        }
	        else {
	            nodes = [];
	            visit.visit(doc, {
	                Node: (_key, node) => {
	                    if (identity.isAlias(node) || identity.hasAnchor(node))
	                        nodes.push(node);
	                }
	            });
	            if (ctx)
	                ctx.aliasResolveCache = nodes;
	        }
	        let found = undefined;
	        for (const node of nodes) {
	            if (node === this)
	                break;
	            if (node.anchor === this.source)
	                found = node;
	        }
	        if (found && ctx) {
	            const { anchors, doc, maxAliasCount } = ctx;
	            let data = anchors.get(found);
	            if (!data) {
	                // Resolve anchors for Node.prototype.toJS()
	                toJS.toJS(found, null, ctx);
	                data = anchors.get(found);
	            }
	            /* istanbul ignore if */
	            if (data?.res === undefined) {
	                const msg = 'This should not happen: Alias anchor was not resolved?';
	                throw new ReferenceError(msg);
	            }
	            if (maxAliasCount >= 0) {
	                data.count += 1;
	                if (data.aliasCount === 0)
	                    data.aliasCount = getAliasCount(doc, found, anchors);
	                if (data.count * data.aliasCount > maxAliasCount) {
	                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
	                    throw new ReferenceError(msg);
	                }
	            }
	        }
	        return found;
	    }
	    toJSON(_arg, ctx) {
	        if (!ctx)
	            return { source: this.source };
	        const source = this.resolve(ctx.doc, ctx);
	        if (!source) {
	            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	            throw new ReferenceError(msg);
	        }
	        return ctx.anchors.get(source).res;
	    }
	    toString(ctx, _onComment, _onChompKeep) {
	        const src = `*${this.source}`;
	        if (ctx) {
	            anchors.anchorIsValid(this.source);
	            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
	                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	                throw new Error(msg);
	            }
	            if (ctx.implicitKey)
	                return `${src} `;
	        }
	        return src;
	    }
	};
	function getAliasCount(doc, node, anchors) {
	    if (identity.isAlias(node)) {
	        const source = node.resolve(doc);
	        const anchor = anchors && source && anchors.get(source);
	        return anchor ? anchor.count * anchor.aliasCount : 0;
	    }
	    else if (identity.isCollection(node)) {
	        let count = 0;
	        for (const item of node.items) {
	            const c = getAliasCount(doc, item, anchors);
	            if (c > count)
	                count = c;
	        }
	        return count;
	    }
	    else if (identity.isPair(node)) {
	        const kc = getAliasCount(doc, node.key, anchors);
	        const vc = getAliasCount(doc, node.value, anchors);
	        return Math.max(kc, vc);
	    }
	    return 1;
	}

	Alias.Alias = Alias$1;
	return Alias;
}

var Collection = {};

var createNode = {};

var Scalar = {};

var hasRequiredScalar;

function requireScalar () {
	if (hasRequiredScalar) return Scalar;
	hasRequiredScalar = 1;

	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
	let Scalar$1 = class Scalar extends Node.NodeBase {
	    constructor(value) {
	        super(identity.SCALAR);
	        this.value = value;
	    }
	    toJSON(arg, ctx) {
	        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
	    }
	    toString() {
	        return String(this.value);
	    }
	};
	Scalar$1.BLOCK_FOLDED = 'BLOCK_FOLDED';
	Scalar$1.BLOCK_LITERAL = 'BLOCK_LITERAL';
	Scalar$1.PLAIN = 'PLAIN';
	Scalar$1.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
	Scalar$1.QUOTE_SINGLE = 'QUOTE_SINGLE';

	Scalar.Scalar = Scalar$1;
	Scalar.isScalarValue = isScalarValue;
	return Scalar;
}

var hasRequiredCreateNode;

function requireCreateNode () {
	if (hasRequiredCreateNode) return createNode;
	hasRequiredCreateNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var Scalar = requireScalar();

	const defaultTagPrefix = 'tag:yaml.org,2002:';
	function findTagObject(value, tagName, tags) {
	    if (tagName) {
	        const match = tags.filter(t => t.tag === tagName);
	        const tagObj = match.find(t => !t.format) ?? match[0];
	        if (!tagObj)
	            throw new Error(`Tag ${tagName} not found`);
	        return tagObj;
	    }
	    return tags.find(t => t.identify?.(value) && !t.format);
	}
	function createNode$1(value, tagName, ctx) {
	    if (identity.isDocument(value))
	        value = value.contents;
	    if (identity.isNode(value))
	        return value;
	    if (identity.isPair(value)) {
	        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
	        map.items.push(value);
	        return map;
	    }
	    if (value instanceof String ||
	        value instanceof Number ||
	        value instanceof Boolean ||
	        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
	    ) {
	        // https://tc39.es/ecma262/#sec-serializejsonproperty
	        value = value.valueOf();
	    }
	    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
	    // Detect duplicate references to the same object & use Alias nodes for all
	    // after first. The `ref` wrapper allows for circular references to resolve.
	    let ref = undefined;
	    if (aliasDuplicateObjects && value && typeof value === 'object') {
	        ref = sourceObjects.get(value);
	        if (ref) {
	            ref.anchor ?? (ref.anchor = onAnchor(value));
	            return new Alias.Alias(ref.anchor);
	        }
	        else {
	            ref = { anchor: null, node: null };
	            sourceObjects.set(value, ref);
	        }
	    }
	    if (tagName?.startsWith('!!'))
	        tagName = defaultTagPrefix + tagName.slice(2);
	    let tagObj = findTagObject(value, tagName, schema.tags);
	    if (!tagObj) {
	        if (value && typeof value.toJSON === 'function') {
	            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	            value = value.toJSON();
	        }
	        if (!value || typeof value !== 'object') {
	            const node = new Scalar.Scalar(value);
	            if (ref)
	                ref.node = node;
	            return node;
	        }
	        tagObj =
	            value instanceof Map
	                ? schema[identity.MAP]
	                : Symbol.iterator in Object(value)
	                    ? schema[identity.SEQ]
	                    : schema[identity.MAP];
	    }
	    if (onTagObj) {
	        onTagObj(tagObj);
	        delete ctx.onTagObj;
	    }
	    const node = tagObj?.createNode
	        ? tagObj.createNode(ctx.schema, value, ctx)
	        : typeof tagObj?.nodeClass?.from === 'function'
	            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
	            : new Scalar.Scalar(value);
	    if (tagName)
	        node.tag = tagName;
	    else if (!tagObj.default)
	        node.tag = tagObj.tag;
	    if (ref)
	        ref.node = node;
	    return node;
	}

	createNode.createNode = createNode$1;
	return createNode;
}

var hasRequiredCollection;

function requireCollection () {
	if (hasRequiredCollection) return Collection;
	hasRequiredCollection = 1;

	var createNode = requireCreateNode();
	var identity = requireIdentity();
	var Node = requireNode();

	function collectionFromPath(schema, path, value) {
	    let v = value;
	    for (let i = path.length - 1; i >= 0; --i) {
	        const k = path[i];
	        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
	            const a = [];
	            a[k] = v;
	            v = a;
	        }
	        else {
	            v = new Map([[k, v]]);
	        }
	    }
	    return createNode.createNode(v, undefined, {
	        aliasDuplicateObjects: false,
	        keepUndefined: false,
	        onAnchor: () => {
	            throw new Error('This should not happen, please report a bug.');
	        },
	        schema,
	        sourceObjects: new Map()
	    });
	}
	// Type guard is intentionally a little wrong so as to be more useful,
	// as it does not cover untypable empty non-string iterables (e.g. []).
	const isEmptyPath = (path) => path == null ||
	    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
	let Collection$1 = class Collection extends Node.NodeBase {
	    constructor(type, schema) {
	        super(type);
	        Object.defineProperty(this, 'schema', {
	            value: schema,
	            configurable: true,
	            enumerable: false,
	            writable: true
	        });
	    }
	    /**
	     * Create a copy of this collection.
	     *
	     * @param schema - If defined, overwrites the original's schema
	     */
	    clone(schema) {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (schema)
	            copy.schema = schema;
	        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /**
	     * Adds a value to the collection. For `!!map` and `!!omap` the value must
	     * be a Pair instance or a `{ key, value }` object, which may not have a key
	     * that already exists in the map.
	     */
	    addIn(path, value) {
	        if (isEmptyPath(path))
	            this.add(value);
	        else {
	            const [key, ...rest] = path;
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.addIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	    /**
	     * Removes a value from the collection.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.delete(key);
	        const node = this.get(key, true);
	        if (identity.isCollection(node))
	            return node.deleteIn(rest);
	        else
	            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        const [key, ...rest] = path;
	        const node = this.get(key, true);
	        if (rest.length === 0)
	            return !keepScalar && identity.isScalar(node) ? node.value : node;
	        else
	            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
	    }
	    hasAllNullValues(allowScalar) {
	        return this.items.every(node => {
	            if (!identity.isPair(node))
	                return false;
	            const n = node.value;
	            return (n == null ||
	                (allowScalar &&
	                    identity.isScalar(n) &&
	                    n.value == null &&
	                    !n.commentBefore &&
	                    !n.comment &&
	                    !n.tag));
	        });
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     */
	    hasIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.has(key);
	        const node = this.get(key, true);
	        return identity.isCollection(node) ? node.hasIn(rest) : false;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        const [key, ...rest] = path;
	        if (rest.length === 0) {
	            this.set(key, value);
	        }
	        else {
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.setIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	};

	Collection.Collection = Collection$1;
	Collection.collectionFromPath = collectionFromPath;
	Collection.isEmptyPath = isEmptyPath;
	return Collection;
}

var Pair = {};

var stringifyPair = {};

var stringify = {};

var stringifyComment = {};

var hasRequiredStringifyComment;

function requireStringifyComment () {
	if (hasRequiredStringifyComment) return stringifyComment;
	hasRequiredStringifyComment = 1;

	/**
	 * Stringifies a comment.
	 *
	 * Empty comment lines are left empty,
	 * lines consisting of a single space are replaced by `#`,
	 * and all other lines are prefixed with a `#`.
	 */
	const stringifyComment$1 = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
	function indentComment(comment, indent) {
	    if (/^\n+$/.test(comment))
	        return comment.substring(1);
	    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith('\n')
	    ? indentComment(comment, indent)
	    : comment.includes('\n')
	        ? '\n' + indentComment(comment, indent)
	        : (str.endsWith(' ') ? '' : ' ') + comment;

	stringifyComment.indentComment = indentComment;
	stringifyComment.lineComment = lineComment;
	stringifyComment.stringifyComment = stringifyComment$1;
	return stringifyComment;
}

var stringifyString = {};

var foldFlowLines = {};

var hasRequiredFoldFlowLines;

function requireFoldFlowLines () {
	if (hasRequiredFoldFlowLines) return foldFlowLines;
	hasRequiredFoldFlowLines = 1;

	const FOLD_FLOW = 'flow';
	const FOLD_BLOCK = 'block';
	const FOLD_QUOTED = 'quoted';
	/**
	 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	 * terminated with `\n` and started with `indent`.
	 */
	function foldFlowLines$1(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
	    if (!lineWidth || lineWidth < 0)
	        return text;
	    if (lineWidth < minContentWidth)
	        minContentWidth = 0;
	    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
	    if (text.length <= endStep)
	        return text;
	    const folds = [];
	    const escapedFolds = {};
	    let end = lineWidth - indent.length;
	    if (typeof indentAtStart === 'number') {
	        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
	            folds.push(0);
	        else
	            end = lineWidth - indentAtStart;
	    }
	    let split = undefined;
	    let prev = undefined;
	    let overflow = false;
	    let i = -1;
	    let escStart = -1;
	    let escEnd = -1;
	    if (mode === FOLD_BLOCK) {
	        i = consumeMoreIndentedLines(text, i, indent.length);
	        if (i !== -1)
	            end = i + endStep;
	    }
	    for (let ch; (ch = text[(i += 1)]);) {
	        if (mode === FOLD_QUOTED && ch === '\\') {
	            escStart = i;
	            switch (text[i + 1]) {
	                case 'x':
	                    i += 3;
	                    break;
	                case 'u':
	                    i += 5;
	                    break;
	                case 'U':
	                    i += 9;
	                    break;
	                default:
	                    i += 1;
	            }
	            escEnd = i;
	        }
	        if (ch === '\n') {
	            if (mode === FOLD_BLOCK)
	                i = consumeMoreIndentedLines(text, i, indent.length);
	            end = i + indent.length + endStep;
	            split = undefined;
	        }
	        else {
	            if (ch === ' ' &&
	                prev &&
	                prev !== ' ' &&
	                prev !== '\n' &&
	                prev !== '\t') {
	                // space surrounded by non-space can be replaced with newline + indent
	                const next = text[i + 1];
	                if (next && next !== ' ' && next !== '\n' && next !== '\t')
	                    split = i;
	            }
	            if (i >= end) {
	                if (split) {
	                    folds.push(split);
	                    end = split + endStep;
	                    split = undefined;
	                }
	                else if (mode === FOLD_QUOTED) {
	                    // white-space collected at end may stretch past lineWidth
	                    while (prev === ' ' || prev === '\t') {
	                        prev = ch;
	                        ch = text[(i += 1)];
	                        overflow = true;
	                    }
	                    // Account for newline escape, but don't break preceding escape
	                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
	                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
	                    if (escapedFolds[j])
	                        return text;
	                    folds.push(j);
	                    escapedFolds[j] = true;
	                    end = j + endStep;
	                    split = undefined;
	                }
	                else {
	                    overflow = true;
	                }
	            }
	        }
	        prev = ch;
	    }
	    if (overflow && onOverflow)
	        onOverflow();
	    if (folds.length === 0)
	        return text;
	    if (onFold)
	        onFold();
	    let res = text.slice(0, folds[0]);
	    for (let i = 0; i < folds.length; ++i) {
	        const fold = folds[i];
	        const end = folds[i + 1] || text.length;
	        if (fold === 0)
	            res = `\n${indent}${text.slice(0, end)}`;
	        else {
	            if (mode === FOLD_QUOTED && escapedFolds[fold])
	                res += `${text[fold]}\\`;
	            res += `\n${indent}${text.slice(fold + 1, end)}`;
	        }
	    }
	    return res;
	}
	/**
	 * Presumes `i + 1` is at the start of a line
	 * @returns index of last newline in more-indented block
	 */
	function consumeMoreIndentedLines(text, i, indent) {
	    let end = i;
	    let start = i + 1;
	    let ch = text[start];
	    while (ch === ' ' || ch === '\t') {
	        if (i < start + indent) {
	            ch = text[++i];
	        }
	        else {
	            do {
	                ch = text[++i];
	            } while (ch && ch !== '\n');
	            end = i;
	            start = i + 1;
	            ch = text[start];
	        }
	    }
	    return end;
	}

	foldFlowLines.FOLD_BLOCK = FOLD_BLOCK;
	foldFlowLines.FOLD_FLOW = FOLD_FLOW;
	foldFlowLines.FOLD_QUOTED = FOLD_QUOTED;
	foldFlowLines.foldFlowLines = foldFlowLines$1;
	return foldFlowLines;
}

var hasRequiredStringifyString;

function requireStringifyString () {
	if (hasRequiredStringifyString) return stringifyString;
	hasRequiredStringifyString = 1;

	var Scalar = requireScalar();
	var foldFlowLines = requireFoldFlowLines();

	const getFoldOptions = (ctx, isBlock) => ({
	    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
	    lineWidth: ctx.options.lineWidth,
	    minContentWidth: ctx.options.minContentWidth
	});
	// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
	// presume that's starting a new document.
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
	    if (!lineWidth || lineWidth < 0)
	        return false;
	    const limit = lineWidth - indentLength;
	    const strLen = str.length;
	    if (strLen <= limit)
	        return false;
	    for (let i = 0, start = 0; i < strLen; ++i) {
	        if (str[i] === '\n') {
	            if (i - start > limit)
	                return true;
	            start = i + 1;
	            if (strLen - start <= limit)
	                return false;
	        }
	    }
	    return true;
	}
	function doubleQuotedString(value, ctx) {
	    const json = JSON.stringify(value);
	    if (ctx.options.doubleQuotedAsJSON)
	        return json;
	    const { implicitKey } = ctx;
	    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    let str = '';
	    let start = 0;
	    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
	        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
	            // space before newline needs to be escaped to not be folded
	            str += json.slice(start, i) + '\\ ';
	            i += 1;
	            start = i;
	            ch = '\\';
	        }
	        if (ch === '\\')
	            switch (json[i + 1]) {
	                case 'u':
	                    {
	                        str += json.slice(start, i);
	                        const code = json.substr(i + 2, 4);
	                        switch (code) {
	                            case '0000':
	                                str += '\\0';
	                                break;
	                            case '0007':
	                                str += '\\a';
	                                break;
	                            case '000b':
	                                str += '\\v';
	                                break;
	                            case '001b':
	                                str += '\\e';
	                                break;
	                            case '0085':
	                                str += '\\N';
	                                break;
	                            case '00a0':
	                                str += '\\_';
	                                break;
	                            case '2028':
	                                str += '\\L';
	                                break;
	                            case '2029':
	                                str += '\\P';
	                                break;
	                            default:
	                                if (code.substr(0, 2) === '00')
	                                    str += '\\x' + code.substr(2);
	                                else
	                                    str += json.substr(i, 6);
	                        }
	                        i += 5;
	                        start = i + 1;
	                    }
	                    break;
	                case 'n':
	                    if (implicitKey ||
	                        json[i + 2] === '"' ||
	                        json.length < minMultiLineLength) {
	                        i += 1;
	                    }
	                    else {
	                        // folding will eat first newline
	                        str += json.slice(start, i) + '\n\n';
	                        while (json[i + 2] === '\\' &&
	                            json[i + 3] === 'n' &&
	                            json[i + 4] !== '"') {
	                            str += '\n';
	                            i += 2;
	                        }
	                        str += indent;
	                        // space after newline needs to be escaped to not be folded
	                        if (json[i + 2] === ' ')
	                            str += '\\';
	                        i += 1;
	                        start = i + 1;
	                    }
	                    break;
	                default:
	                    i += 1;
	            }
	    }
	    str = start ? str + json.slice(start) : json;
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
	    if (ctx.options.singleQuote === false ||
	        (ctx.implicitKey && value.includes('\n')) ||
	        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
	    )
	        return doubleQuotedString(value, ctx);
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
	    return ctx.implicitKey
	        ? res
	        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
	    const { singleQuote } = ctx.options;
	    let qs;
	    if (singleQuote === false)
	        qs = doubleQuotedString;
	    else {
	        const hasDouble = value.includes('"');
	        const hasSingle = value.includes("'");
	        if (hasDouble && !hasSingle)
	            qs = singleQuotedString;
	        else if (hasSingle && !hasDouble)
	            qs = doubleQuotedString;
	        else
	            qs = singleQuote ? singleQuotedString : doubleQuotedString;
	    }
	    return qs(value, ctx);
	}
	// The negative lookbehind avoids a polynomial search,
	// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
	let blockEndNewlines;
	try {
	    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
	}
	catch {
	    blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
	    const { blockQuote, commentString, lineWidth } = ctx.options;
	    // 1. Block can't end in whitespace unless the last line is non-empty.
	    // 2. Strings consisting of only whitespace are best rendered explicitly.
	    if (!blockQuote || /\n[\t ]+$/.test(value)) {
	        return quotedString(value, ctx);
	    }
	    const indent = ctx.indent ||
	        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
	    const literal = blockQuote === 'literal'
	        ? true
	        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
	            ? false
	            : type === Scalar.Scalar.BLOCK_LITERAL
	                ? true
	                : !lineLengthOverLimit(value, lineWidth, indent.length);
	    if (!value)
	        return literal ? '|\n' : '>\n';
	    // determine chomping from whitespace at value end
	    let chomp;
	    let endStart;
	    for (endStart = value.length; endStart > 0; --endStart) {
	        const ch = value[endStart - 1];
	        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
	            break;
	    }
	    let end = value.substring(endStart);
	    const endNlPos = end.indexOf('\n');
	    if (endNlPos === -1) {
	        chomp = '-'; // strip
	    }
	    else if (value === end || endNlPos !== end.length - 1) {
	        chomp = '+'; // keep
	        if (onChompKeep)
	            onChompKeep();
	    }
	    else {
	        chomp = ''; // clip
	    }
	    if (end) {
	        value = value.slice(0, -end.length);
	        if (end[end.length - 1] === '\n')
	            end = end.slice(0, -1);
	        end = end.replace(blockEndNewlines, `$&${indent}`);
	    }
	    // determine indent indicator from whitespace at value start
	    let startWithSpace = false;
	    let startEnd;
	    let startNlPos = -1;
	    for (startEnd = 0; startEnd < value.length; ++startEnd) {
	        const ch = value[startEnd];
	        if (ch === ' ')
	            startWithSpace = true;
	        else if (ch === '\n')
	            startNlPos = startEnd;
	        else
	            break;
	    }
	    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
	    if (start) {
	        value = value.substring(start.length);
	        start = start.replace(/\n+/g, `$&${indent}`);
	    }
	    const indentSize = indent ? '2' : '1'; // root is at -1
	    // Leading | or > is added later
	    let header = (startWithSpace ? indentSize : '') + chomp;
	    if (comment) {
	        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
	        if (onComment)
	            onComment();
	    }
	    if (!literal) {
	        const foldedValue = value
	            .replace(/\n+/g, '\n$&')
	            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
	            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
	            .replace(/\n+/g, `$&${indent}`);
	        let literalFallback = false;
	        const foldOptions = getFoldOptions(ctx, true);
	        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
	            foldOptions.onOverflow = () => {
	                literalFallback = true;
	            };
	        }
	        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
	        if (!literalFallback)
	            return `>${header}\n${indent}${body}`;
	    }
	    value = value.replace(/\n+/g, `$&${indent}`);
	    return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
	    const { type, value } = item;
	    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
	    if ((implicitKey && value.includes('\n')) ||
	        (inFlow && /[[\]{},]/.test(value))) {
	        return quotedString(value, ctx);
	    }
	    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
	        // not allowed:
	        // - '-' or '?'
	        // - start with an indicator character (except [?:-]) or /[?-] /
	        // - '\n ', ': ' or ' \n' anywhere
	        // - '#' not preceded by a non-space char
	        // - end with ' ' or ':'
	        return implicitKey || inFlow || !value.includes('\n')
	            ? quotedString(value, ctx)
	            : blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (!implicitKey &&
	        !inFlow &&
	        type !== Scalar.Scalar.PLAIN &&
	        value.includes('\n')) {
	        // Where allowed & type not set explicitly, prefer block style for multiline strings
	        return blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (containsDocumentMarker(value)) {
	        if (indent === '') {
	            ctx.forceBlockIndent = true;
	            return blockString(item, ctx, onComment, onChompKeep);
	        }
	        else if (implicitKey && indent === indentStep) {
	            return quotedString(value, ctx);
	        }
	    }
	    const str = value.replace(/\n+/g, `$&\n${indent}`);
	    // Verify that output will be parsed as a string, as e.g. plain numbers and
	    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
	    // and others in v1.1.
	    if (actualString) {
	        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
	        const { compat, tags } = ctx.doc.schema;
	        if (tags.some(test) || compat?.some(test))
	            return quotedString(value, ctx);
	    }
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString$1(item, ctx, onComment, onChompKeep) {
	    const { implicitKey, inFlow } = ctx;
	    const ss = typeof item.value === 'string'
	        ? item
	        : Object.assign({}, item, { value: String(item.value) });
	    let { type } = item;
	    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	        // force double quotes on control characters & unpaired surrogates
	        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
	            type = Scalar.Scalar.QUOTE_DOUBLE;
	    }
	    const _stringify = (_type) => {
	        switch (_type) {
	            case Scalar.Scalar.BLOCK_FOLDED:
	            case Scalar.Scalar.BLOCK_LITERAL:
	                return implicitKey || inFlow
	                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
	                    : blockString(ss, ctx, onComment, onChompKeep);
	            case Scalar.Scalar.QUOTE_DOUBLE:
	                return doubleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.QUOTE_SINGLE:
	                return singleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.PLAIN:
	                return plainString(ss, ctx, onComment, onChompKeep);
	            default:
	                return null;
	        }
	    };
	    let res = _stringify(type);
	    if (res === null) {
	        const { defaultKeyType, defaultStringType } = ctx.options;
	        const t = (implicitKey && defaultKeyType) || defaultStringType;
	        res = _stringify(t);
	        if (res === null)
	            throw new Error(`Unsupported default string type ${t}`);
	    }
	    return res;
	}

	stringifyString.stringifyString = stringifyString$1;
	return stringifyString;
}

var hasRequiredStringify;

function requireStringify () {
	if (hasRequiredStringify) return stringify;
	hasRequiredStringify = 1;

	var anchors = requireAnchors();
	var identity = requireIdentity();
	var stringifyComment = requireStringifyComment();
	var stringifyString = requireStringifyString();

	function createStringifyContext(doc, options) {
	    const opt = Object.assign({
	        blockQuote: true,
	        commentString: stringifyComment.stringifyComment,
	        defaultKeyType: null,
	        defaultStringType: 'PLAIN',
	        directives: null,
	        doubleQuotedAsJSON: false,
	        doubleQuotedMinMultiLineLength: 40,
	        falseStr: 'false',
	        flowCollectionPadding: true,
	        indentSeq: true,
	        lineWidth: 80,
	        minContentWidth: 20,
	        nullStr: 'null',
	        simpleKeys: false,
	        singleQuote: null,
	        trailingComma: false,
	        trueStr: 'true',
	        verifyAliasOrder: true
	    }, doc.schema.toStringOptions, options);
	    let inFlow;
	    switch (opt.collectionStyle) {
	        case 'block':
	            inFlow = false;
	            break;
	        case 'flow':
	            inFlow = true;
	            break;
	        default:
	            inFlow = null;
	    }
	    return {
	        anchors: new Set(),
	        doc,
	        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
	        indent: '',
	        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
	        inFlow,
	        options: opt
	    };
	}
	function getTagObject(tags, item) {
	    if (item.tag) {
	        const match = tags.filter(t => t.tag === item.tag);
	        if (match.length > 0)
	            return match.find(t => t.format === item.format) ?? match[0];
	    }
	    let tagObj = undefined;
	    let obj;
	    if (identity.isScalar(item)) {
	        obj = item.value;
	        let match = tags.filter(t => t.identify?.(obj));
	        if (match.length > 1) {
	            const testMatch = match.filter(t => t.test);
	            if (testMatch.length > 0)
	                match = testMatch;
	        }
	        tagObj =
	            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
	    }
	    else {
	        obj = item;
	        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
	    }
	    if (!tagObj) {
	        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
	        throw new Error(`Tag not resolved for ${name} value`);
	    }
	    return tagObj;
	}
	// needs to be called before value stringifier to allow for circular anchor refs
	function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
	    if (!doc.directives)
	        return '';
	    const props = [];
	    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
	    if (anchor && anchors.anchorIsValid(anchor)) {
	        anchors$1.add(anchor);
	        props.push(`&${anchor}`);
	    }
	    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
	    if (tag)
	        props.push(doc.directives.tagString(tag));
	    return props.join(' ');
	}
	function stringify$1(item, ctx, onComment, onChompKeep) {
	    if (identity.isPair(item))
	        return item.toString(ctx, onComment, onChompKeep);
	    if (identity.isAlias(item)) {
	        if (ctx.doc.directives)
	            return item.toString(ctx);
	        if (ctx.resolvedAliases?.has(item)) {
	            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
	        }
	        else {
	            if (ctx.resolvedAliases)
	                ctx.resolvedAliases.add(item);
	            else
	                ctx.resolvedAliases = new Set([item]);
	            item = item.resolve(ctx.doc);
	        }
	    }
	    let tagObj = undefined;
	    const node = identity.isNode(item)
	        ? item
	        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
	    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
	    const props = stringifyProps(node, tagObj, ctx);
	    if (props.length > 0)
	        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
	    const str = typeof tagObj.stringify === 'function'
	        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
	        : identity.isScalar(node)
	            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
	            : node.toString(ctx, onComment, onChompKeep);
	    if (!props)
	        return str;
	    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
	        ? `${props} ${str}`
	        : `${props}\n${ctx.indent}${str}`;
	}

	stringify.createStringifyContext = createStringifyContext;
	stringify.stringify = stringify$1;
	return stringify;
}

var hasRequiredStringifyPair;

function requireStringifyPair () {
	if (hasRequiredStringifyPair) return stringifyPair;
	hasRequiredStringifyPair = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyPair$1({ key, value }, ctx, onComment, onChompKeep) {
	    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
	    let keyComment = (identity.isNode(key) && key.comment) || null;
	    if (simpleKeys) {
	        if (keyComment) {
	            throw new Error('With simple keys, key nodes cannot have comments');
	        }
	        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
	            const msg = 'With simple keys, collection cannot be used as a key value';
	            throw new Error(msg);
	        }
	    }
	    let explicitKey = !simpleKeys &&
	        (!key ||
	            (keyComment && value == null && !ctx.inFlow) ||
	            identity.isCollection(key) ||
	            (identity.isScalar(key)
	                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
	                : typeof key === 'object'));
	    ctx = Object.assign({}, ctx, {
	        allNullValues: false,
	        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
	        indent: indent + indentStep
	    });
	    let keyCommentDone = false;
	    let chompKeep = false;
	    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
	    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
	        if (simpleKeys)
	            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
	        explicitKey = true;
	    }
	    if (ctx.inFlow) {
	        if (allNullValues || value == null) {
	            if (keyCommentDone && onComment)
	                onComment();
	            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
	        }
	    }
	    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
	        str = `? ${str}`;
	        if (keyComment && !keyCommentDone) {
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        }
	        else if (chompKeep && onChompKeep)
	            onChompKeep();
	        return str;
	    }
	    if (keyCommentDone)
	        keyComment = null;
	    if (explicitKey) {
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        str = `? ${str}\n${indent}:`;
	    }
	    else {
	        str = `${str}:`;
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	    }
	    let vsb, vcb, valueComment;
	    if (identity.isNode(value)) {
	        vsb = !!value.spaceBefore;
	        vcb = value.commentBefore;
	        valueComment = value.comment;
	    }
	    else {
	        vsb = false;
	        vcb = null;
	        valueComment = null;
	        if (value && typeof value === 'object')
	            value = doc.createNode(value);
	    }
	    ctx.implicitKey = false;
	    if (!explicitKey && !keyComment && identity.isScalar(value))
	        ctx.indentAtStart = str.length + 1;
	    chompKeep = false;
	    if (!indentSeq &&
	        indentStep.length >= 2 &&
	        !ctx.inFlow &&
	        !explicitKey &&
	        identity.isSeq(value) &&
	        !value.flow &&
	        !value.tag &&
	        !value.anchor) {
	        // If indentSeq === false, consider '- ' as part of indentation where possible
	        ctx.indent = ctx.indent.substring(2);
	    }
	    let valueCommentDone = false;
	    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
	    let ws = ' ';
	    if (keyComment || vsb || vcb) {
	        ws = vsb ? '\n' : '';
	        if (vcb) {
	            const cs = commentString(vcb);
	            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
	        }
	        if (valueStr === '' && !ctx.inFlow) {
	            if (ws === '\n' && valueComment)
	                ws = '\n\n';
	        }
	        else {
	            ws += `\n${ctx.indent}`;
	        }
	    }
	    else if (!explicitKey && identity.isCollection(value)) {
	        const vs0 = valueStr[0];
	        const nl0 = valueStr.indexOf('\n');
	        const hasNewline = nl0 !== -1;
	        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
	        if (hasNewline || !flow) {
	            let hasPropsLine = false;
	            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
	                let sp0 = valueStr.indexOf(' ');
	                if (vs0 === '&' &&
	                    sp0 !== -1 &&
	                    sp0 < nl0 &&
	                    valueStr[sp0 + 1] === '!') {
	                    sp0 = valueStr.indexOf(' ', sp0 + 1);
	                }
	                if (sp0 === -1 || nl0 < sp0)
	                    hasPropsLine = true;
	            }
	            if (!hasPropsLine)
	                ws = `\n${ctx.indent}`;
	        }
	    }
	    else if (valueStr === '' || valueStr[0] === '\n') {
	        ws = '';
	    }
	    str += ws + valueStr;
	    if (ctx.inFlow) {
	        if (valueCommentDone && onComment)
	            onComment();
	    }
	    else if (valueComment && !valueCommentDone) {
	        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
	    }
	    else if (chompKeep && onChompKeep) {
	        onChompKeep();
	    }
	    return str;
	}

	stringifyPair.stringifyPair = stringifyPair$1;
	return stringifyPair;
}

var addPairToJSMap = {};

var log = {};

var hasRequiredLog;

function requireLog () {
	if (hasRequiredLog) return log;
	hasRequiredLog = 1;

	var node_process = require$$0;

	function debug(logLevel, ...messages) {
	    if (logLevel === 'debug')
	        console.log(...messages);
	}
	function warn(logLevel, warning) {
	    if (logLevel === 'debug' || logLevel === 'warn') {
	        if (typeof node_process.emitWarning === 'function')
	            node_process.emitWarning(warning);
	        else
	            console.warn(warning);
	    }
	}

	log.debug = debug;
	log.warn = warn;
	return log;
}

var merge = {};

var hasRequiredMerge;

function requireMerge () {
	if (hasRequiredMerge) return merge;
	hasRequiredMerge = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();

	// If the value associated with a merge key is a single mapping node, each of
	// its key/value pairs is inserted into the current mapping, unless the key
	// already exists in it. If the value associated with the merge key is a
	// sequence, then this sequence is expected to contain mapping nodes and each
	// of these nodes is merged in turn according to its order in the sequence.
	// Keys in mapping nodes earlier in the sequence override keys specified in
	// later mapping nodes. -- http://yaml.org/type/merge.html
	const MERGE_KEY = '<<';
	const merge$1 = {
	    identify: value => value === MERGE_KEY ||
	        (typeof value === 'symbol' && value.description === MERGE_KEY),
	    default: 'key',
	    tag: 'tag:yaml.org,2002:merge',
	    test: /^<<$/,
	    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
	        addToJSMap: addMergeToJSMap
	    }),
	    stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge$1.identify(key) ||
	    (identity.isScalar(key) &&
	        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
	        merge$1.identify(key.value))) &&
	    ctx?.doc.schema.tags.some(tag => tag.tag === merge$1.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (identity.isSeq(source))
	        for (const it of source.items)
	            mergeValue(ctx, map, it);
	    else if (Array.isArray(source))
	        for (const it of source)
	            mergeValue(ctx, map, it);
	    else
	        mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (!identity.isMap(source))
	        throw new Error('Merge sources must be maps or map aliases');
	    const srcMap = source.toJSON(null, ctx, Map);
	    for (const [key, value] of srcMap) {
	        if (map instanceof Map) {
	            if (!map.has(key))
	                map.set(key, value);
	        }
	        else if (map instanceof Set) {
	            map.add(key);
	        }
	        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
	            Object.defineProperty(map, key, {
	                value,
	                writable: true,
	                enumerable: true,
	                configurable: true
	            });
	        }
	    }
	    return map;
	}
	function resolveAliasValue(ctx, value) {
	    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}

	merge.addMergeToJSMap = addMergeToJSMap;
	merge.isMergeKey = isMergeKey;
	merge.merge = merge$1;
	return merge;
}

var hasRequiredAddPairToJSMap;

function requireAddPairToJSMap () {
	if (hasRequiredAddPairToJSMap) return addPairToJSMap;
	hasRequiredAddPairToJSMap = 1;

	var log = requireLog();
	var merge = requireMerge();
	var stringify = requireStringify();
	var identity = requireIdentity();
	var toJS = requireToJS();

	function addPairToJSMap$1(ctx, map, { key, value }) {
	    if (identity.isNode(key) && key.addToJSMap)
	        key.addToJSMap(ctx, map, value);
	    // TODO: Should drop this special case for bare << handling
	    else if (merge.isMergeKey(ctx, key))
	        merge.addMergeToJSMap(ctx, map, value);
	    else {
	        const jsKey = toJS.toJS(key, '', ctx);
	        if (map instanceof Map) {
	            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
	        }
	        else if (map instanceof Set) {
	            map.add(jsKey);
	        }
	        else {
	            const stringKey = stringifyKey(key, jsKey, ctx);
	            const jsValue = toJS.toJS(value, stringKey, ctx);
	            if (stringKey in map)
	                Object.defineProperty(map, stringKey, {
	                    value: jsValue,
	                    writable: true,
	                    enumerable: true,
	                    configurable: true
	                });
	            else
	                map[stringKey] = jsValue;
	        }
	    }
	    return map;
	}
	function stringifyKey(key, jsKey, ctx) {
	    if (jsKey === null)
	        return '';
	    // eslint-disable-next-line @typescript-eslint/no-base-to-string
	    if (typeof jsKey !== 'object')
	        return String(jsKey);
	    if (identity.isNode(key) && ctx?.doc) {
	        const strCtx = stringify.createStringifyContext(ctx.doc, {});
	        strCtx.anchors = new Set();
	        for (const node of ctx.anchors.keys())
	            strCtx.anchors.add(node.anchor);
	        strCtx.inFlow = true;
	        strCtx.inStringifyKey = true;
	        const strKey = key.toString(strCtx);
	        if (!ctx.mapKeyWarned) {
	            let jsonStr = JSON.stringify(strKey);
	            if (jsonStr.length > 40)
	                jsonStr = jsonStr.substring(0, 36) + '..."';
	            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
	            ctx.mapKeyWarned = true;
	        }
	        return strKey;
	    }
	    return JSON.stringify(jsKey);
	}

	addPairToJSMap.addPairToJSMap = addPairToJSMap$1;
	return addPairToJSMap;
}

var hasRequiredPair;

function requirePair () {
	if (hasRequiredPair) return Pair;
	hasRequiredPair = 1;

	var createNode = requireCreateNode();
	var stringifyPair = requireStringifyPair();
	var addPairToJSMap = requireAddPairToJSMap();
	var identity = requireIdentity();

	function createPair(key, value, ctx) {
	    const k = createNode.createNode(key, undefined, ctx);
	    const v = createNode.createNode(value, undefined, ctx);
	    return new Pair$1(k, v);
	}
	let Pair$1 = class Pair {
	    constructor(key, value = null) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
	        this.key = key;
	        this.value = value;
	    }
	    clone(schema) {
	        let { key, value } = this;
	        if (identity.isNode(key))
	            key = key.clone(schema);
	        if (identity.isNode(value))
	            value = value.clone(schema);
	        return new Pair(key, value);
	    }
	    toJSON(_, ctx) {
	        const pair = ctx?.mapAsMap ? new Map() : {};
	        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        return ctx?.doc
	            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
	            : JSON.stringify(this);
	    }
	};

	Pair.Pair = Pair$1;
	Pair.createPair = createPair;
	return Pair;
}

var Schema = {};

var map = {};

var YAMLMap = {};

var stringifyCollection = {};

var hasRequiredStringifyCollection;

function requireStringifyCollection () {
	if (hasRequiredStringifyCollection) return stringifyCollection;
	hasRequiredStringifyCollection = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyCollection$1(collection, ctx, options) {
	    const flow = ctx.inFlow ?? collection.flow;
	    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
	    return stringify(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
	    const { indent, options: { commentString } } = ctx;
	    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
	    let chompKeep = false; // flag for the preceding node's status
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (!chompKeep && item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (!chompKeep && ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
	            }
	        }
	        chompKeep = false;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        if (chompKeep && comment)
	            chompKeep = false;
	        lines.push(blockItemPrefix + str);
	    }
	    let str;
	    if (lines.length === 0) {
	        str = flowChars.start + flowChars.end;
	    }
	    else {
	        str = lines[0];
	        for (let i = 1; i < lines.length; ++i) {
	            const line = lines[i];
	            str += line ? `\n${indent}${line}` : '\n';
	        }
	    }
	    if (comment) {
	        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
	        if (onComment)
	            onComment();
	    }
	    else if (chompKeep && onChompKeep)
	        onChompKeep();
	    return str;
	}
	function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
	    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
	    itemIndent += indentStep;
	    const itemCtx = Object.assign({}, ctx, {
	        indent: itemIndent,
	        inFlow: true,
	        type: null
	    });
	    let reqNewline = false;
	    let linesAtValue = 0;
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, false);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, false);
	                if (ik.comment)
	                    reqNewline = true;
	            }
	            const iv = identity.isNode(item.value) ? item.value : null;
	            if (iv) {
	                if (iv.comment)
	                    comment = iv.comment;
	                if (iv.commentBefore)
	                    reqNewline = true;
	            }
	            else if (item.value == null && ik?.comment) {
	                comment = ik.comment;
	            }
	        }
	        if (comment)
	            reqNewline = true;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null));
	        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
	        if (i < items.length - 1) {
	            str += ',';
	        }
	        else if (ctx.options.trailingComma) {
	            if (ctx.options.lineWidth > 0) {
	                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
	                    (str.length + 2) >
	                    ctx.options.lineWidth);
	            }
	            if (reqNewline) {
	                str += ',';
	            }
	        }
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        lines.push(str);
	        linesAtValue = lines.length;
	    }
	    const { start, end } = flowChars;
	    if (lines.length === 0) {
	        return start + end;
	    }
	    else {
	        if (!reqNewline) {
	            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
	            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
	        }
	        if (reqNewline) {
	            let str = start;
	            for (const line of lines)
	                str += line ? `\n${indentStep}${indent}${line}` : '\n';
	            return `${str}\n${indent}${end}`;
	        }
	        else {
	            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
	        }
	    }
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
	    if (comment && chompKeep)
	        comment = comment.replace(/^\n+/, '');
	    if (comment) {
	        const ic = stringifyComment.indentComment(commentString(comment), indent);
	        lines.push(ic.trimStart()); // Avoid double indent on first line
	    }
	}

	stringifyCollection.stringifyCollection = stringifyCollection$1;
	return stringifyCollection;
}

var hasRequiredYAMLMap;

function requireYAMLMap () {
	if (hasRequiredYAMLMap) return YAMLMap;
	hasRequiredYAMLMap = 1;

	var stringifyCollection = requireStringifyCollection();
	var addPairToJSMap = requireAddPairToJSMap();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();

	function findPair(items, key) {
	    const k = identity.isScalar(key) ? key.value : key;
	    for (const it of items) {
	        if (identity.isPair(it)) {
	            if (it.key === key || it.key === k)
	                return it;
	            if (identity.isScalar(it.key) && it.key.value === k)
	                return it;
	        }
	    }
	    return undefined;
	}
	let YAMLMap$1 = class YAMLMap extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:map';
	    }
	    constructor(schema) {
	        super(identity.MAP, schema);
	        this.items = [];
	    }
	    /**
	     * A generic collection parsing method that can be extended
	     * to other node classes that inherit from YAMLMap
	     */
	    static from(schema, obj, ctx) {
	        const { keepUndefined, replacer } = ctx;
	        const map = new this(schema);
	        const add = (key, value) => {
	            if (typeof replacer === 'function')
	                value = replacer.call(obj, key, value);
	            else if (Array.isArray(replacer) && !replacer.includes(key))
	                return;
	            if (value !== undefined || keepUndefined)
	                map.items.push(Pair.createPair(key, value, ctx));
	        };
	        if (obj instanceof Map) {
	            for (const [key, value] of obj)
	                add(key, value);
	        }
	        else if (obj && typeof obj === 'object') {
	            for (const key of Object.keys(obj))
	                add(key, obj[key]);
	        }
	        if (typeof schema.sortMapEntries === 'function') {
	            map.items.sort(schema.sortMapEntries);
	        }
	        return map;
	    }
	    /**
	     * Adds a value to the collection.
	     *
	     * @param overwrite - If not set `true`, using a key that is already in the
	     *   collection will throw. Otherwise, overwrites the previous value.
	     */
	    add(pair, overwrite) {
	        let _pair;
	        if (identity.isPair(pair))
	            _pair = pair;
	        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
	            // In TypeScript, this never happens.
	            _pair = new Pair.Pair(pair, pair?.value);
	        }
	        else
	            _pair = new Pair.Pair(pair.key, pair.value);
	        const prev = findPair(this.items, _pair.key);
	        const sortEntries = this.schema?.sortMapEntries;
	        if (prev) {
	            if (!overwrite)
	                throw new Error(`Key ${_pair.key} already set`);
	            // For scalars, keep the old node & its comments and anchors
	            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
	                prev.value.value = _pair.value;
	            else
	                prev.value = _pair.value;
	        }
	        else if (sortEntries) {
	            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
	            if (i === -1)
	                this.items.push(_pair);
	            else
	                this.items.splice(i, 0, _pair);
	        }
	        else {
	            this.items.push(_pair);
	        }
	    }
	    delete(key) {
	        const it = findPair(this.items, key);
	        if (!it)
	            return false;
	        const del = this.items.splice(this.items.indexOf(it), 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const it = findPair(this.items, key);
	        const node = it?.value;
	        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
	    }
	    has(key) {
	        return !!findPair(this.items, key);
	    }
	    set(key, value) {
	        this.add(new Pair.Pair(key, value), true);
	    }
	    /**
	     * @param ctx - Conversion context, originally set in Document#toJS()
	     * @param {Class} Type - If set, forces the returned collection type
	     * @returns Instance of Type, Map, or Object
	     */
	    toJSON(_, ctx, Type) {
	        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const item of this.items)
	            addPairToJSMap.addPairToJSMap(ctx, map, item);
	        return map;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        for (const item of this.items) {
	            if (!identity.isPair(item))
	                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
	        }
	        if (!ctx.allNullValues && this.hasAllNullValues(false))
	            ctx = Object.assign({}, ctx, { allNullValues: true });
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '',
	            flowChars: { start: '{', end: '}' },
	            itemIndent: ctx.indent || '',
	            onChompKeep,
	            onComment
	        });
	    }
	};

	YAMLMap.YAMLMap = YAMLMap$1;
	YAMLMap.findPair = findPair;
	return YAMLMap;
}

var hasRequiredMap;

function requireMap () {
	if (hasRequiredMap) return map;
	hasRequiredMap = 1;

	var identity = requireIdentity();
	var YAMLMap = requireYAMLMap();

	const map$1 = {
	    collection: 'map',
	    default: true,
	    nodeClass: YAMLMap.YAMLMap,
	    tag: 'tag:yaml.org,2002:map',
	    resolve(map, onError) {
	        if (!identity.isMap(map))
	            onError('Expected a mapping for this tag');
	        return map;
	    },
	    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
	};

	map.map = map$1;
	return map;
}

var seq = {};

var YAMLSeq = {};

var hasRequiredYAMLSeq;

function requireYAMLSeq () {
	if (hasRequiredYAMLSeq) return YAMLSeq;
	hasRequiredYAMLSeq = 1;

	var createNode = requireCreateNode();
	var stringifyCollection = requireStringifyCollection();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Scalar = requireScalar();
	var toJS = requireToJS();

	let YAMLSeq$1 = class YAMLSeq extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:seq';
	    }
	    constructor(schema) {
	        super(identity.SEQ, schema);
	        this.items = [];
	    }
	    add(value) {
	        this.items.push(value);
	    }
	    /**
	     * Removes a value from the collection.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     *
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return false;
	        const del = this.items.splice(idx, 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return undefined;
	        const it = this.items[idx];
	        return !keepScalar && identity.isScalar(it) ? it.value : it;
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     */
	    has(key) {
	        const idx = asItemIndex(key);
	        return typeof idx === 'number' && idx < this.items.length;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     *
	     * If `key` does not contain a representation of an integer, this will throw.
	     * It may be wrapped in a `Scalar`.
	     */
	    set(key, value) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            throw new Error(`Expected a valid index, not ${key}.`);
	        const prev = this.items[idx];
	        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
	            prev.value = value;
	        else
	            this.items[idx] = value;
	    }
	    toJSON(_, ctx) {
	        const seq = [];
	        if (ctx?.onCreate)
	            ctx.onCreate(seq);
	        let i = 0;
	        for (const item of this.items)
	            seq.push(toJS.toJS(item, String(i++), ctx));
	        return seq;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '- ',
	            flowChars: { start: '[', end: ']' },
	            itemIndent: (ctx.indent || '') + '  ',
	            onChompKeep,
	            onComment
	        });
	    }
	    static from(schema, obj, ctx) {
	        const { replacer } = ctx;
	        const seq = new this(schema);
	        if (obj && Symbol.iterator in Object(obj)) {
	            let i = 0;
	            for (let it of obj) {
	                if (typeof replacer === 'function') {
	                    const key = obj instanceof Set ? it : String(i++);
	                    it = replacer.call(obj, key, it);
	                }
	                seq.items.push(createNode.createNode(it, undefined, ctx));
	            }
	        }
	        return seq;
	    }
	};
	function asItemIndex(key) {
	    let idx = identity.isScalar(key) ? key.value : key;
	    if (idx && typeof idx === 'string')
	        idx = Number(idx);
	    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
	        ? idx
	        : null;
	}

	YAMLSeq.YAMLSeq = YAMLSeq$1;
	return YAMLSeq;
}

var hasRequiredSeq;

function requireSeq () {
	if (hasRequiredSeq) return seq;
	hasRequiredSeq = 1;

	var identity = requireIdentity();
	var YAMLSeq = requireYAMLSeq();

	const seq$1 = {
	    collection: 'seq',
	    default: true,
	    nodeClass: YAMLSeq.YAMLSeq,
	    tag: 'tag:yaml.org,2002:seq',
	    resolve(seq, onError) {
	        if (!identity.isSeq(seq))
	            onError('Expected a sequence for this tag');
	        return seq;
	    },
	    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
	};

	seq.seq = seq$1;
	return seq;
}

var string = {};

var hasRequiredString;

function requireString () {
	if (hasRequiredString) return string;
	hasRequiredString = 1;

	var stringifyString = requireStringifyString();

	const string$1 = {
	    identify: value => typeof value === 'string',
	    default: true,
	    tag: 'tag:yaml.org,2002:str',
	    resolve: str => str,
	    stringify(item, ctx, onComment, onChompKeep) {
	        ctx = Object.assign({ actualString: true }, ctx);
	        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
	    }
	};

	string.string = string$1;
	return string;
}

var tags = {};

var _null = {};

var hasRequired_null;

function require_null () {
	if (hasRequired_null) return _null;
	hasRequired_null = 1;

	var Scalar = requireScalar();

	const nullTag = {
	    identify: value => value == null,
	    createNode: () => new Scalar.Scalar(null),
	    default: true,
	    tag: 'tag:yaml.org,2002:null',
	    test: /^(?:~|[Nn]ull|NULL)?$/,
	    resolve: () => new Scalar.Scalar(null),
	    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
	        ? source
	        : ctx.options.nullStr
	};

	_null.nullTag = nullTag;
	return _null;
}

var bool$1 = {};

var hasRequiredBool$1;

function requireBool$1 () {
	if (hasRequiredBool$1) return bool$1;
	hasRequiredBool$1 = 1;

	var Scalar = requireScalar();

	const boolTag = {
	    identify: value => typeof value === 'boolean',
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
	    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
	    stringify({ source, value }, ctx) {
	        if (source && boolTag.test.test(source)) {
	            const sv = source[0] === 't' || source[0] === 'T';
	            if (value === sv)
	                return source;
	        }
	        return value ? ctx.options.trueStr : ctx.options.falseStr;
	    }
	};

	bool$1.boolTag = boolTag;
	return bool$1;
}

var float$1 = {};

var stringifyNumber = {};

var hasRequiredStringifyNumber;

function requireStringifyNumber () {
	if (hasRequiredStringifyNumber) return stringifyNumber;
	hasRequiredStringifyNumber = 1;

	function stringifyNumber$1({ format, minFractionDigits, tag, value }) {
	    if (typeof value === 'bigint')
	        return String(value);
	    const num = typeof value === 'number' ? value : Number(value);
	    if (!isFinite(num))
	        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
	    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
	    if (!format &&
	        minFractionDigits &&
	        (!tag || tag === 'tag:yaml.org,2002:float') &&
	        /^-?\d/.test(n) &&
	        !n.includes('e')) {
	        let i = n.indexOf('.');
	        if (i < 0) {
	            i = n.length;
	            n += '.';
	        }
	        let d = minFractionDigits - (n.length - i - 1);
	        while (d-- > 0)
	            n += '0';
	    }
	    return n;
	}

	stringifyNumber.stringifyNumber = stringifyNumber$1;
	return stringifyNumber;
}

var hasRequiredFloat$1;

function requireFloat$1 () {
	if (hasRequiredFloat$1) return float$1;
	hasRequiredFloat$1 = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: str => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
	    resolve: str => parseFloat(str),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str));
	        const dot = str.indexOf('.');
	        if (dot !== -1 && str[str.length - 1] === '0')
	            node.minFractionDigits = str.length - dot - 1;
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float$1.float = float;
	float$1.floatExp = floatExp;
	float$1.floatNaN = floatNaN;
	return float$1;
}

var int$1 = {};

var hasRequiredInt$1;

function requireInt$1 () {
	if (hasRequiredInt$1) return int$1;
	hasRequiredInt$1 = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value) && value >= 0)
	        return prefix + value.toString(radix);
	    return stringifyNumber.stringifyNumber(node);
	}
	const intOct = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^0o[0-7]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
	    stringify: node => intStringify(node, 8, '0o')
	};
	const int = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^0x[0-9a-fA-F]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int$1.int = int;
	int$1.intHex = intHex;
	int$1.intOct = intOct;
	return int$1;
}

var schema$2 = {};

var hasRequiredSchema$3;

function requireSchema$3 () {
	if (hasRequiredSchema$3) return schema$2;
	hasRequiredSchema$3 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();

	const schema = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.boolTag,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float
	];

	schema$2.schema = schema;
	return schema$2;
}

var schema$1 = {};

var hasRequiredSchema$2;

function requireSchema$2 () {
	if (hasRequiredSchema$2) return schema$1;
	hasRequiredSchema$2 = 1;

	var Scalar = requireScalar();
	var map = requireMap();
	var seq = requireSeq();

	function intIdentify(value) {
	    return typeof value === 'bigint' || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
	    {
	        identify: value => typeof value === 'string',
	        default: true,
	        tag: 'tag:yaml.org,2002:str',
	        resolve: str => str,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => value == null,
	        createNode: () => new Scalar.Scalar(null),
	        default: true,
	        tag: 'tag:yaml.org,2002:null',
	        test: /^null$/,
	        resolve: () => null,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => typeof value === 'boolean',
	        default: true,
	        tag: 'tag:yaml.org,2002:bool',
	        test: /^true$|^false$/,
	        resolve: str => str === 'true',
	        stringify: stringifyJSON
	    },
	    {
	        identify: intIdentify,
	        default: true,
	        tag: 'tag:yaml.org,2002:int',
	        test: /^-?(?:0|[1-9][0-9]*)$/,
	        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
	        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
	    },
	    {
	        identify: value => typeof value === 'number',
	        default: true,
	        tag: 'tag:yaml.org,2002:float',
	        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
	        resolve: str => parseFloat(str),
	        stringify: stringifyJSON
	    }
	];
	const jsonError = {
	    default: true,
	    tag: '',
	    test: /^/,
	    resolve(str, onError) {
	        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
	        return str;
	    }
	};
	const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

	schema$1.schema = schema;
	return schema$1;
}

var binary$1 = {};

var hasRequiredBinary;

function requireBinary () {
	if (hasRequiredBinary) return binary$1;
	hasRequiredBinary = 1;

	var node_buffer = require$$0$1;
	var Scalar = requireScalar();
	var stringifyString = requireStringifyString();

	const binary = {
	    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
	    default: false,
	    tag: 'tag:yaml.org,2002:binary',
	    /**
	     * Returns a Buffer in node and an Uint8Array in browsers
	     *
	     * To use the resulting buffer as an image, you'll want to do something like:
	     *
	     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
	     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
	     */
	    resolve(src, onError) {
	        if (typeof node_buffer.Buffer === 'function') {
	            return node_buffer.Buffer.from(src, 'base64');
	        }
	        else if (typeof atob === 'function') {
	            // On IE 11, atob() can't handle newlines
	            const str = atob(src.replace(/[\n\r]/g, ''));
	            const buffer = new Uint8Array(str.length);
	            for (let i = 0; i < str.length; ++i)
	                buffer[i] = str.charCodeAt(i);
	            return buffer;
	        }
	        else {
	            onError('This environment does not support reading binary tags; either Buffer or atob is required');
	            return src;
	        }
	    },
	    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
	        if (!value)
	            return '';
	        const buf = value; // checked earlier by binary.identify()
	        let str;
	        if (typeof node_buffer.Buffer === 'function') {
	            str =
	                buf instanceof node_buffer.Buffer
	                    ? buf.toString('base64')
	                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
	        }
	        else if (typeof btoa === 'function') {
	            let s = '';
	            for (let i = 0; i < buf.length; ++i)
	                s += String.fromCharCode(buf[i]);
	            str = btoa(s);
	        }
	        else {
	            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
	        }
	        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
	        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
	            const n = Math.ceil(str.length / lineWidth);
	            const lines = new Array(n);
	            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
	                lines[i] = str.substr(o, lineWidth);
	            }
	            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
	        }
	        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
	    }
	};

	binary$1.binary = binary;
	return binary$1;
}

var omap = {};

var pairs = {};

var hasRequiredPairs;

function requirePairs () {
	if (hasRequiredPairs) return pairs;
	hasRequiredPairs = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLSeq = requireYAMLSeq();

	function resolvePairs(seq, onError) {
	    if (identity.isSeq(seq)) {
	        for (let i = 0; i < seq.items.length; ++i) {
	            let item = seq.items[i];
	            if (identity.isPair(item))
	                continue;
	            else if (identity.isMap(item)) {
	                if (item.items.length > 1)
	                    onError('Each pair must have its own sequence indicator');
	                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
	                if (item.commentBefore)
	                    pair.key.commentBefore = pair.key.commentBefore
	                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
	                        : item.commentBefore;
	                if (item.comment) {
	                    const cn = pair.value ?? pair.key;
	                    cn.comment = cn.comment
	                        ? `${item.comment}\n${cn.comment}`
	                        : item.comment;
	                }
	                item = pair;
	            }
	            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
	        }
	    }
	    else
	        onError('Expected a sequence for this tag');
	    return seq;
	}
	function createPairs(schema, iterable, ctx) {
	    const { replacer } = ctx;
	    const pairs = new YAMLSeq.YAMLSeq(schema);
	    pairs.tag = 'tag:yaml.org,2002:pairs';
	    let i = 0;
	    if (iterable && Symbol.iterator in Object(iterable))
	        for (let it of iterable) {
	            if (typeof replacer === 'function')
	                it = replacer.call(iterable, String(i++), it);
	            let key, value;
	            if (Array.isArray(it)) {
	                if (it.length === 2) {
	                    key = it[0];
	                    value = it[1];
	                }
	                else
	                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
	            }
	            else if (it && it instanceof Object) {
	                const keys = Object.keys(it);
	                if (keys.length === 1) {
	                    key = keys[0];
	                    value = it[key];
	                }
	                else {
	                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
	                }
	            }
	            else {
	                key = it;
	            }
	            pairs.items.push(Pair.createPair(key, value, ctx));
	        }
	    return pairs;
	}
	const pairs$1 = {
	    collection: 'seq',
	    default: false,
	    tag: 'tag:yaml.org,2002:pairs',
	    resolve: resolvePairs,
	    createNode: createPairs
	};

	pairs.createPairs = createPairs;
	pairs.pairs = pairs$1;
	pairs.resolvePairs = resolvePairs;
	return pairs;
}

var hasRequiredOmap;

function requireOmap () {
	if (hasRequiredOmap) return omap;
	hasRequiredOmap = 1;

	var identity = requireIdentity();
	var toJS = requireToJS();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var pairs = requirePairs();

	class YAMLOMap extends YAMLSeq.YAMLSeq {
	    constructor() {
	        super();
	        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
	        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
	        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
	        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
	        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
	        this.tag = YAMLOMap.tag;
	    }
	    /**
	     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
	     * but TypeScript won't allow widening the signature of a child method.
	     */
	    toJSON(_, ctx) {
	        if (!ctx)
	            return super.toJSON(_);
	        const map = new Map();
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const pair of this.items) {
	            let key, value;
	            if (identity.isPair(pair)) {
	                key = toJS.toJS(pair.key, '', ctx);
	                value = toJS.toJS(pair.value, key, ctx);
	            }
	            else {
	                key = toJS.toJS(pair, '', ctx);
	            }
	            if (map.has(key))
	                throw new Error('Ordered maps must not include duplicate keys');
	            map.set(key, value);
	        }
	        return map;
	    }
	    static from(schema, iterable, ctx) {
	        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
	        const omap = new this();
	        omap.items = pairs$1.items;
	        return omap;
	    }
	}
	YAMLOMap.tag = 'tag:yaml.org,2002:omap';
	const omap$1 = {
	    collection: 'seq',
	    identify: value => value instanceof Map,
	    nodeClass: YAMLOMap,
	    default: false,
	    tag: 'tag:yaml.org,2002:omap',
	    resolve(seq, onError) {
	        const pairs$1 = pairs.resolvePairs(seq, onError);
	        const seenKeys = [];
	        for (const { key } of pairs$1.items) {
	            if (identity.isScalar(key)) {
	                if (seenKeys.includes(key.value)) {
	                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
	                }
	                else {
	                    seenKeys.push(key.value);
	                }
	            }
	        }
	        return Object.assign(new YAMLOMap(), pairs$1);
	    },
	    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};

	omap.YAMLOMap = YAMLOMap;
	omap.omap = omap$1;
	return omap;
}

var schema = {};

var bool = {};

var hasRequiredBool;

function requireBool () {
	if (hasRequiredBool) return bool;
	hasRequiredBool = 1;

	var Scalar = requireScalar();

	function boolStringify({ value, source }, ctx) {
	    const boolObj = value ? trueTag : falseTag;
	    if (source && boolObj.test.test(source))
	        return source;
	    return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
	    identify: value => value === true,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
	    resolve: () => new Scalar.Scalar(true),
	    stringify: boolStringify
	};
	const falseTag = {
	    identify: value => value === false,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
	    resolve: () => new Scalar.Scalar(false),
	    stringify: boolStringify
	};

	bool.falseTag = falseTag;
	bool.trueTag = trueTag;
	return bool;
}

var float = {};

var hasRequiredFloat;

function requireFloat () {
	if (hasRequiredFloat) return float;
	hasRequiredFloat = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
	    resolve: (str) => parseFloat(str.replace(/_/g, '')),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float$1 = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
	        const dot = str.indexOf('.');
	        if (dot !== -1) {
	            const f = str.substring(dot + 1).replace(/_/g, '');
	            if (f[f.length - 1] === '0')
	                node.minFractionDigits = f.length;
	        }
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float.float = float$1;
	float.floatExp = floatExp;
	float.floatNaN = floatNaN;
	return float;
}

var int = {};

var hasRequiredInt;

function requireInt () {
	if (hasRequiredInt) return int;
	hasRequiredInt = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
	    const sign = str[0];
	    if (sign === '-' || sign === '+')
	        offset += 1;
	    str = str.substring(offset).replace(/_/g, '');
	    if (intAsBigInt) {
	        switch (radix) {
	            case 2:
	                str = `0b${str}`;
	                break;
	            case 8:
	                str = `0o${str}`;
	                break;
	            case 16:
	                str = `0x${str}`;
	                break;
	        }
	        const n = BigInt(str);
	        return sign === '-' ? BigInt(-1) * n : n;
	    }
	    const n = parseInt(str, radix);
	    return sign === '-' ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value)) {
	        const str = value.toString(radix);
	        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
	    }
	    return stringifyNumber.stringifyNumber(node);
	}
	const intBin = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'BIN',
	    test: /^[-+]?0b[0-1_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
	    stringify: node => intStringify(node, 2, '0b')
	};
	const intOct = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^[-+]?0[0-7_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
	    stringify: node => intStringify(node, 8, '0')
	};
	const int$1 = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9][0-9_]*$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^[-+]?0x[0-9a-fA-F_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int.int = int$1;
	int.intBin = intBin;
	int.intHex = intHex;
	int.intOct = intOct;
	return int;
}

var set = {};

var hasRequiredSet;

function requireSet () {
	if (hasRequiredSet) return set;
	hasRequiredSet = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();

	class YAMLSet extends YAMLMap.YAMLMap {
	    constructor(schema) {
	        super(schema);
	        this.tag = YAMLSet.tag;
	    }
	    add(key) {
	        let pair;
	        if (identity.isPair(key))
	            pair = key;
	        else if (key &&
	            typeof key === 'object' &&
	            'key' in key &&
	            'value' in key &&
	            key.value === null)
	            pair = new Pair.Pair(key.key, null);
	        else
	            pair = new Pair.Pair(key, null);
	        const prev = YAMLMap.findPair(this.items, pair.key);
	        if (!prev)
	            this.items.push(pair);
	    }
	    /**
	     * If `keepPair` is `true`, returns the Pair matching `key`.
	     * Otherwise, returns the value of that Pair's key.
	     */
	    get(key, keepPair) {
	        const pair = YAMLMap.findPair(this.items, key);
	        return !keepPair && identity.isPair(pair)
	            ? identity.isScalar(pair.key)
	                ? pair.key.value
	                : pair.key
	            : pair;
	    }
	    set(key, value) {
	        if (typeof value !== 'boolean')
	            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
	        const prev = YAMLMap.findPair(this.items, key);
	        if (prev && !value) {
	            this.items.splice(this.items.indexOf(prev), 1);
	        }
	        else if (!prev && value) {
	            this.items.push(new Pair.Pair(key));
	        }
	    }
	    toJSON(_, ctx) {
	        return super.toJSON(_, ctx, Set);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        if (this.hasAllNullValues(true))
	            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
	        else
	            throw new Error('Set items must all have null values');
	    }
	    static from(schema, iterable, ctx) {
	        const { replacer } = ctx;
	        const set = new this(schema);
	        if (iterable && Symbol.iterator in Object(iterable))
	            for (let value of iterable) {
	                if (typeof replacer === 'function')
	                    value = replacer.call(iterable, value, value);
	                set.items.push(Pair.createPair(value, null, ctx));
	            }
	        return set;
	    }
	}
	YAMLSet.tag = 'tag:yaml.org,2002:set';
	const set$1 = {
	    collection: 'map',
	    identify: value => value instanceof Set,
	    nodeClass: YAMLSet,
	    default: false,
	    tag: 'tag:yaml.org,2002:set',
	    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
	    resolve(map, onError) {
	        if (identity.isMap(map)) {
	            if (map.hasAllNullValues(true))
	                return Object.assign(new YAMLSet(), map);
	            else
	                onError('Set items must all have null values');
	        }
	        else
	            onError('Expected a mapping for this tag');
	        return map;
	    }
	};

	set.YAMLSet = YAMLSet;
	set.set = set$1;
	return set;
}

var timestamp = {};

var hasRequiredTimestamp;

function requireTimestamp () {
	if (hasRequiredTimestamp) return timestamp;
	hasRequiredTimestamp = 1;

	var stringifyNumber = requireStringifyNumber();

	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
	    const sign = str[0];
	    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
	    const num = (n) => asBigInt ? BigInt(n) : Number(n);
	    const res = parts
	        .replace(/_/g, '')
	        .split(':')
	        .reduce((res, p) => res * num(60) + num(p), num(0));
	    return (sign === '-' ? num(-1) * res : res);
	}
	/**
	 * hhhh:mm:ss.sss
	 *
	 * Internal types handle bigint as number, because TS can't figure it out.
	 */
	function stringifySexagesimal(node) {
	    let { value } = node;
	    let num = (n) => n;
	    if (typeof value === 'bigint')
	        num = n => BigInt(n);
	    else if (isNaN(value) || !isFinite(value))
	        return stringifyNumber.stringifyNumber(node);
	    let sign = '';
	    if (value < 0) {
	        sign = '-';
	        value *= num(-1);
	    }
	    const _60 = num(60);
	    const parts = [value % _60]; // seconds, including ms
	    if (value < 60) {
	        parts.unshift(0); // at least one : is required
	    }
	    else {
	        value = (value - parts[0]) / _60;
	        parts.unshift(value % _60); // minutes
	        if (value >= 60) {
	            value = (value - parts[0]) / _60;
	            parts.unshift(value); // hours
	        }
	    }
	    return (sign +
	        parts
	            .map(n => String(n).padStart(2, '0'))
	            .join(':')
	            .replace(/000000\d*$/, '') // % 60 may introduce error
	    );
	}
	const intTime = {
	    identify: value => typeof value === 'bigint' || Number.isInteger(value),
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
	    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
	    stringify: stringifySexagesimal
	};
	const floatTime = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
	    resolve: str => parseSexagesimal(str, false),
	    stringify: stringifySexagesimal
	};
	const timestamp$1 = {
	    identify: value => value instanceof Date,
	    default: true,
	    tag: 'tag:yaml.org,2002:timestamp',
	    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
	    // may be omitted altogether, resulting in a date format. In such a case, the time part is
	    // assumed to be 00:00:00Z (start of day, UTC).
	    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
	        '(?:' + // time is optional
	        '(?:t|T|[ \\t]+)' + // t | T | whitespace
	        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
	        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
	        ')?$'),
	    resolve(str) {
	        const match = str.match(timestamp$1.test);
	        if (!match)
	            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
	        const [, year, month, day, hour, minute, second] = match.map(Number);
	        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
	        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
	        const tz = match[8];
	        if (tz && tz !== 'Z') {
	            let d = parseSexagesimal(tz, false);
	            if (Math.abs(d) < 30)
	                d *= 60;
	            date -= 60000 * d;
	        }
	        return new Date(date);
	    },
	    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
	};

	timestamp.floatTime = floatTime;
	timestamp.intTime = intTime;
	timestamp.timestamp = timestamp$1;
	return timestamp;
}

var hasRequiredSchema$1;

function requireSchema$1 () {
	if (hasRequiredSchema$1) return schema;
	hasRequiredSchema$1 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var binary = requireBinary();
	var bool = requireBool();
	var float = requireFloat();
	var int = requireInt();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schema$1 = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.trueTag,
	    bool.falseTag,
	    int.intBin,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float,
	    binary.binary,
	    merge.merge,
	    omap.omap,
	    pairs.pairs,
	    set.set,
	    timestamp.intTime,
	    timestamp.floatTime,
	    timestamp.timestamp
	];

	schema.schema = schema$1;
	return schema;
}

var hasRequiredTags;

function requireTags () {
	if (hasRequiredTags) return tags;
	hasRequiredTags = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();
	var schema = requireSchema$3();
	var schema$1 = requireSchema$2();
	var binary = requireBinary();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var schema$2 = requireSchema$1();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schemas = new Map([
	    ['core', schema.schema],
	    ['failsafe', [map.map, seq.seq, string.string]],
	    ['json', schema$1.schema],
	    ['yaml11', schema$2.schema],
	    ['yaml-1.1', schema$2.schema]
	]);
	const tagsByName = {
	    binary: binary.binary,
	    bool: bool.boolTag,
	    float: float.float,
	    floatExp: float.floatExp,
	    floatNaN: float.floatNaN,
	    floatTime: timestamp.floatTime,
	    int: int.int,
	    intHex: int.intHex,
	    intOct: int.intOct,
	    intTime: timestamp.intTime,
	    map: map.map,
	    merge: merge.merge,
	    null: _null.nullTag,
	    omap: omap.omap,
	    pairs: pairs.pairs,
	    seq: seq.seq,
	    set: set.set,
	    timestamp: timestamp.timestamp
	};
	const coreKnownTags = {
	    'tag:yaml.org,2002:binary': binary.binary,
	    'tag:yaml.org,2002:merge': merge.merge,
	    'tag:yaml.org,2002:omap': omap.omap,
	    'tag:yaml.org,2002:pairs': pairs.pairs,
	    'tag:yaml.org,2002:set': set.set,
	    'tag:yaml.org,2002:timestamp': timestamp.timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
	    const schemaTags = schemas.get(schemaName);
	    if (schemaTags && !customTags) {
	        return addMergeTag && !schemaTags.includes(merge.merge)
	            ? schemaTags.concat(merge.merge)
	            : schemaTags.slice();
	    }
	    let tags = schemaTags;
	    if (!tags) {
	        if (Array.isArray(customTags))
	            tags = [];
	        else {
	            const keys = Array.from(schemas.keys())
	                .filter(key => key !== 'yaml11')
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
	        }
	    }
	    if (Array.isArray(customTags)) {
	        for (const tag of customTags)
	            tags = tags.concat(tag);
	    }
	    else if (typeof customTags === 'function') {
	        tags = customTags(tags.slice());
	    }
	    if (addMergeTag)
	        tags = tags.concat(merge.merge);
	    return tags.reduce((tags, tag) => {
	        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
	        if (!tagObj) {
	            const tagName = JSON.stringify(tag);
	            const keys = Object.keys(tagsByName)
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
	        }
	        if (!tags.includes(tagObj))
	            tags.push(tagObj);
	        return tags;
	    }, []);
	}

	tags.coreKnownTags = coreKnownTags;
	tags.getTags = getTags;
	return tags;
}

var hasRequiredSchema;

function requireSchema () {
	if (hasRequiredSchema) return Schema;
	hasRequiredSchema = 1;

	var identity = requireIdentity();
	var map = requireMap();
	var seq = requireSeq();
	var string = requireString();
	var tags = requireTags();

	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	let Schema$1 = class Schema {
	    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
	        this.compat = Array.isArray(compat)
	            ? tags.getTags(compat, 'compat')
	            : compat
	                ? tags.getTags(null, compat)
	                : null;
	        this.name = (typeof schema === 'string' && schema) || 'core';
	        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
	        this.tags = tags.getTags(customTags, this.name, merge);
	        this.toStringOptions = toStringDefaults ?? null;
	        Object.defineProperty(this, identity.MAP, { value: map.map });
	        Object.defineProperty(this, identity.SCALAR, { value: string.string });
	        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
	        // Used by createMap()
	        this.sortMapEntries =
	            typeof sortMapEntries === 'function'
	                ? sortMapEntries
	                : sortMapEntries === true
	                    ? sortMapEntriesByKey
	                    : null;
	    }
	    clone() {
	        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
	        copy.tags = this.tags.slice();
	        return copy;
	    }
	};

	Schema.Schema = Schema$1;
	return Schema;
}

var stringifyDocument = {};

var hasRequiredStringifyDocument;

function requireStringifyDocument () {
	if (hasRequiredStringifyDocument) return stringifyDocument;
	hasRequiredStringifyDocument = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyDocument$1(doc, options) {
	    const lines = [];
	    let hasDirectives = options.directives === true;
	    if (options.directives !== false && doc.directives) {
	        const dir = doc.directives.toString(doc);
	        if (dir) {
	            lines.push(dir);
	            hasDirectives = true;
	        }
	        else if (doc.directives.docStart)
	            hasDirectives = true;
	    }
	    if (hasDirectives)
	        lines.push('---');
	    const ctx = stringify.createStringifyContext(doc, options);
	    const { commentString } = ctx.options;
	    if (doc.commentBefore) {
	        if (lines.length !== 1)
	            lines.unshift('');
	        const cs = commentString(doc.commentBefore);
	        lines.unshift(stringifyComment.indentComment(cs, ''));
	    }
	    let chompKeep = false;
	    let contentComment = null;
	    if (doc.contents) {
	        if (identity.isNode(doc.contents)) {
	            if (doc.contents.spaceBefore && hasDirectives)
	                lines.push('');
	            if (doc.contents.commentBefore) {
	                const cs = commentString(doc.contents.commentBefore);
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            // top-level block scalars need to be indented if followed by a comment
	            ctx.forceBlockIndent = !!doc.comment;
	            contentComment = doc.contents.comment;
	        }
	        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
	        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
	        if (contentComment)
	            body += stringifyComment.lineComment(body, '', commentString(contentComment));
	        if ((body[0] === '|' || body[0] === '>') &&
	            lines[lines.length - 1] === '---') {
	            // Top-level block scalars with a preceding doc marker ought to use the
	            // same line for their header.
	            lines[lines.length - 1] = `--- ${body}`;
	        }
	        else
	            lines.push(body);
	    }
	    else {
	        lines.push(stringify.stringify(doc.contents, ctx));
	    }
	    if (doc.directives?.docEnd) {
	        if (doc.comment) {
	            const cs = commentString(doc.comment);
	            if (cs.includes('\n')) {
	                lines.push('...');
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            else {
	                lines.push(`... ${cs}`);
	            }
	        }
	        else {
	            lines.push('...');
	        }
	    }
	    else {
	        let dc = doc.comment;
	        if (dc && chompKeep)
	            dc = dc.replace(/^\n+/, '');
	        if (dc) {
	            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
	                lines.push('');
	            lines.push(stringifyComment.indentComment(commentString(dc), ''));
	        }
	    }
	    return lines.join('\n') + '\n';
	}

	stringifyDocument.stringifyDocument = stringifyDocument$1;
	return stringifyDocument;
}

var hasRequiredDocument;

function requireDocument () {
	if (hasRequiredDocument) return Document;
	hasRequiredDocument = 1;

	var Alias = requireAlias();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var toJS = requireToJS();
	var Schema = requireSchema();
	var stringifyDocument = requireStringifyDocument();
	var anchors = requireAnchors();
	var applyReviver = requireApplyReviver();
	var createNode = requireCreateNode();
	var directives = requireDirectives();

	let Document$1 = class Document {
	    constructor(value, replacer, options) {
	        /** A comment before this Document */
	        this.commentBefore = null;
	        /** A comment immediately after this Document */
	        this.comment = null;
	        /** Errors encountered during parsing. */
	        this.errors = [];
	        /** Warnings encountered during parsing. */
	        this.warnings = [];
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
	        let _replacer = null;
	        if (typeof replacer === 'function' || Array.isArray(replacer)) {
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const opt = Object.assign({
	            intAsBigInt: false,
	            keepSourceTokens: false,
	            logLevel: 'warn',
	            prettyErrors: true,
	            strict: true,
	            stringKeys: false,
	            uniqueKeys: true,
	            version: '1.2'
	        }, options);
	        this.options = opt;
	        let { version } = opt;
	        if (options?._directives) {
	            this.directives = options._directives.atDocument();
	            if (this.directives.yaml.explicit)
	                version = this.directives.yaml.version;
	        }
	        else
	            this.directives = new directives.Directives({ version });
	        this.setSchema(version, options);
	        // @ts-expect-error We can't really know that this matches Contents.
	        this.contents =
	            value === undefined ? null : this.createNode(value, _replacer, options);
	    }
	    /**
	     * Create a deep copy of this Document and its contents.
	     *
	     * Custom Node values that inherit from `Object` still refer to their original instances.
	     */
	    clone() {
	        const copy = Object.create(Document.prototype, {
	            [identity.NODE_TYPE]: { value: identity.DOC }
	        });
	        copy.commentBefore = this.commentBefore;
	        copy.comment = this.comment;
	        copy.errors = this.errors.slice();
	        copy.warnings = this.warnings.slice();
	        copy.options = Object.assign({}, this.options);
	        if (this.directives)
	            copy.directives = this.directives.clone();
	        copy.schema = this.schema.clone();
	        // @ts-expect-error We can't really know that this matches Contents.
	        copy.contents = identity.isNode(this.contents)
	            ? this.contents.clone(copy.schema)
	            : this.contents;
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** Adds a value to the document. */
	    add(value) {
	        if (assertCollection(this.contents))
	            this.contents.add(value);
	    }
	    /** Adds a value to the document. */
	    addIn(path, value) {
	        if (assertCollection(this.contents))
	            this.contents.addIn(path, value);
	    }
	    /**
	     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
	     *
	     * If `node` already has an anchor, `name` is ignored.
	     * Otherwise, the `node.anchor` value will be set to `name`,
	     * or if an anchor with that name is already present in the document,
	     * `name` will be used as a prefix for a new unique anchor.
	     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
	     */
	    createAlias(node, name) {
	        if (!node.anchor) {
	            const prev = anchors.anchorNames(this);
	            node.anchor =
	                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
	        }
	        return new Alias.Alias(node.anchor);
	    }
	    createNode(value, replacer, options) {
	        let _replacer = undefined;
	        if (typeof replacer === 'function') {
	            value = replacer.call({ '': value }, '', value);
	            _replacer = replacer;
	        }
	        else if (Array.isArray(replacer)) {
	            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
	            const asStr = replacer.filter(keyToStr).map(String);
	            if (asStr.length > 0)
	                replacer = replacer.concat(asStr);
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
	        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        anchorPrefix || 'a');
	        const ctx = {
	            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
	            keepUndefined: keepUndefined ?? false,
	            onAnchor,
	            onTagObj,
	            replacer: _replacer,
	            schema: this.schema,
	            sourceObjects
	        };
	        const node = createNode.createNode(value, tag, ctx);
	        if (flow && identity.isCollection(node))
	            node.flow = true;
	        setAnchors();
	        return node;
	    }
	    /**
	     * Convert a key and a value into a `Pair` using the current schema,
	     * recursively wrapping all values as `Scalar` or `Collection` nodes.
	     */
	    createPair(key, value, options = {}) {
	        const k = this.createNode(key, null, options);
	        const v = this.createNode(value, null, options);
	        return new Pair.Pair(k, v);
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        return assertCollection(this.contents) ? this.contents.delete(key) : false;
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        if (Collection.isEmptyPath(path)) {
	            if (this.contents == null)
	                return false;
	            // @ts-expect-error Presumed impossible if Strict extends false
	            this.contents = null;
	            return true;
	        }
	        return assertCollection(this.contents)
	            ? this.contents.deleteIn(path)
	            : false;
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    get(key, keepScalar) {
	        return identity.isCollection(this.contents)
	            ? this.contents.get(key, keepScalar)
	            : undefined;
	    }
	    /**
	     * Returns item at `path`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        if (Collection.isEmptyPath(path))
	            return !keepScalar && identity.isScalar(this.contents)
	                ? this.contents.value
	                : this.contents;
	        return identity.isCollection(this.contents)
	            ? this.contents.getIn(path, keepScalar)
	            : undefined;
	    }
	    /**
	     * Checks if the document includes a value with the key `key`.
	     */
	    has(key) {
	        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
	    }
	    /**
	     * Checks if the document includes a value at `path`.
	     */
	    hasIn(path) {
	        if (Collection.isEmptyPath(path))
	            return this.contents !== undefined;
	        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    set(key, value) {
	        if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, [key], value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.set(key, value);
	        }
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        if (Collection.isEmptyPath(path)) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = value;
	        }
	        else if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.setIn(path, value);
	        }
	    }
	    /**
	     * Change the YAML version and schema used by the document.
	     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
	     * It also requires the `schema` option to be given as a `Schema` instance value.
	     *
	     * Overrides all previously set schema options.
	     */
	    setSchema(version, options = {}) {
	        if (typeof version === 'number')
	            version = String(version);
	        let opt;
	        switch (version) {
	            case '1.1':
	                if (this.directives)
	                    this.directives.yaml.version = '1.1';
	                else
	                    this.directives = new directives.Directives({ version: '1.1' });
	                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
	                break;
	            case '1.2':
	            case 'next':
	                if (this.directives)
	                    this.directives.yaml.version = version;
	                else
	                    this.directives = new directives.Directives({ version });
	                opt = { resolveKnownTags: true, schema: 'core' };
	                break;
	            case null:
	                if (this.directives)
	                    delete this.directives;
	                opt = null;
	                break;
	            default: {
	                const sv = JSON.stringify(version);
	                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
	            }
	        }
	        // Not using `instanceof Schema` to allow for duck typing
	        if (options.schema instanceof Object)
	            this.schema = options.schema;
	        else if (opt)
	            this.schema = new Schema.Schema(Object.assign(opt, options));
	        else
	            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
	    }
	    // json & jsonArg are only used from toJSON()
	    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        const ctx = {
	            anchors: new Map(),
	            doc: this,
	            keep: !json,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	    /**
	     * A JSON representation of the document `contents`.
	     *
	     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
	     *   property name.
	     */
	    toJSON(jsonArg, onAnchor) {
	        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
	    }
	    /** A YAML representation of the document. */
	    toString(options = {}) {
	        if (this.errors.length > 0)
	            throw new Error('Document with errors cannot be stringified');
	        if ('indent' in options &&
	            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
	            const s = JSON.stringify(options.indent);
	            throw new Error(`"indent" option must be a positive integer, not ${s}`);
	        }
	        return stringifyDocument.stringifyDocument(this, options);
	    }
	};
	function assertCollection(contents) {
	    if (identity.isCollection(contents))
	        return true;
	    throw new Error('Expected a YAML collection as document contents');
	}

	Document.Document = Document$1;
	return Document;
}

var errors = {};

var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;

	class YAMLError extends Error {
	    constructor(name, pos, code, message) {
	        super();
	        this.name = name;
	        this.code = code;
	        this.message = message;
	        this.pos = pos;
	    }
	}
	class YAMLParseError extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLParseError', pos, code, message);
	    }
	}
	class YAMLWarning extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLWarning', pos, code, message);
	    }
	}
	const prettifyError = (src, lc) => (error) => {
	    if (error.pos[0] === -1)
	        return;
	    error.linePos = error.pos.map(pos => lc.linePos(pos));
	    const { line, col } = error.linePos[0];
	    error.message += ` at line ${line}, column ${col}`;
	    let ci = col - 1;
	    let lineStr = src
	        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
	        .replace(/[\n\r]+$/, '');
	    // Trim to max 80 chars, keeping col position near the middle
	    if (ci >= 60 && lineStr.length > 80) {
	        const trimStart = Math.min(ci - 39, lineStr.length - 79);
	        lineStr = '…' + lineStr.substring(trimStart);
	        ci -= trimStart - 1;
	    }
	    if (lineStr.length > 80)
	        lineStr = lineStr.substring(0, 79) + '…';
	    // Include previous line in context if pointing at line start
	    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
	        // Regexp won't match if start is trimmed
	        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
	        if (prev.length > 80)
	            prev = prev.substring(0, 79) + '…\n';
	        lineStr = prev + lineStr;
	    }
	    if (/[^ ]/.test(lineStr)) {
	        let count = 1;
	        const end = error.linePos[1];
	        if (end?.line === line && end.col > col) {
	            count = Math.max(1, Math.min(end.col - col, 80 - ci));
	        }
	        const pointer = ' '.repeat(ci) + '^'.repeat(count);
	        error.message += `:\n\n${lineStr}\n${pointer}\n`;
	    }
	};

	errors.YAMLError = YAMLError;
	errors.YAMLParseError = YAMLParseError;
	errors.YAMLWarning = YAMLWarning;
	errors.prettifyError = prettifyError;
	return errors;
}

var composeDoc = {};

var composeNode = {};

var composeCollection = {};

var resolveBlockMap = {};

var resolveProps = {};

var hasRequiredResolveProps;

function requireResolveProps () {
	if (hasRequiredResolveProps) return resolveProps;
	hasRequiredResolveProps = 1;

	function resolveProps$1(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
	    let spaceBefore = false;
	    let atNewline = startOnNewline;
	    let hasSpace = startOnNewline;
	    let comment = '';
	    let commentSep = '';
	    let hasNewline = false;
	    let reqSpace = false;
	    let tab = null;
	    let anchor = null;
	    let tag = null;
	    let newlineAfterProp = null;
	    let comma = null;
	    let found = null;
	    let start = null;
	    for (const token of tokens) {
	        if (reqSpace) {
	            if (token.type !== 'space' &&
	                token.type !== 'newline' &&
	                token.type !== 'comma')
	                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	            reqSpace = false;
	        }
	        if (tab) {
	            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
	                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	            }
	            tab = null;
	        }
	        switch (token.type) {
	            case 'space':
	                // At the doc level, tabs at line start may be parsed
	                // as leading white space rather than indentation.
	                // In a flow collection, only the parser handles indent.
	                if (!flow &&
	                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
	                    token.source.includes('\t')) {
	                    tab = token;
	                }
	                hasSpace = true;
	                break;
	            case 'comment': {
	                if (!hasSpace)
	                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                const cb = token.source.substring(1) || ' ';
	                if (!comment)
	                    comment = cb;
	                else
	                    comment += commentSep + cb;
	                commentSep = '';
	                atNewline = false;
	                break;
	            }
	            case 'newline':
	                if (atNewline) {
	                    if (comment)
	                        comment += token.source;
	                    else if (!found || indicator !== 'seq-item-ind')
	                        spaceBefore = true;
	                }
	                else
	                    commentSep += token.source;
	                atNewline = true;
	                hasNewline = true;
	                if (anchor || tag)
	                    newlineAfterProp = token;
	                hasSpace = true;
	                break;
	            case 'anchor':
	                if (anchor)
	                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
	                if (token.source.endsWith(':'))
	                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
	                anchor = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            case 'tag': {
	                if (tag)
	                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
	                tag = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            }
	            case indicator:
	                // Could here handle preceding comments differently
	                if (anchor || tag)
	                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
	                if (found)
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
	                found = token;
	                atNewline =
	                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
	                hasSpace = false;
	                break;
	            case 'comma':
	                if (flow) {
	                    if (comma)
	                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
	                    comma = token;
	                    atNewline = false;
	                    hasSpace = false;
	                    break;
	                }
	            // else fallthrough
	            default:
	                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
	                atNewline = false;
	                hasSpace = false;
	        }
	    }
	    const last = tokens[tokens.length - 1];
	    const end = last ? last.offset + last.source.length : offset;
	    if (reqSpace &&
	        next &&
	        next.type !== 'space' &&
	        next.type !== 'newline' &&
	        next.type !== 'comma' &&
	        (next.type !== 'scalar' || next.source !== '')) {
	        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	    }
	    if (tab &&
	        ((atNewline && tab.indent <= parentIndent) ||
	            next?.type === 'block-map' ||
	            next?.type === 'block-seq'))
	        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	    return {
	        comma,
	        found,
	        spaceBefore,
	        comment,
	        hasNewline,
	        anchor,
	        tag,
	        newlineAfterProp,
	        end,
	        start: start ?? end
	    };
	}

	resolveProps.resolveProps = resolveProps$1;
	return resolveProps;
}

var utilContainsNewline = {};

var hasRequiredUtilContainsNewline;

function requireUtilContainsNewline () {
	if (hasRequiredUtilContainsNewline) return utilContainsNewline;
	hasRequiredUtilContainsNewline = 1;

	function containsNewline(key) {
	    if (!key)
	        return null;
	    switch (key.type) {
	        case 'alias':
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            if (key.source.includes('\n'))
	                return true;
	            if (key.end)
	                for (const st of key.end)
	                    if (st.type === 'newline')
	                        return true;
	            return false;
	        case 'flow-collection':
	            for (const it of key.items) {
	                for (const st of it.start)
	                    if (st.type === 'newline')
	                        return true;
	                if (it.sep)
	                    for (const st of it.sep)
	                        if (st.type === 'newline')
	                            return true;
	                if (containsNewline(it.key) || containsNewline(it.value))
	                    return true;
	            }
	            return false;
	        default:
	            return true;
	    }
	}

	utilContainsNewline.containsNewline = containsNewline;
	return utilContainsNewline;
}

var utilFlowIndentCheck = {};

var hasRequiredUtilFlowIndentCheck;

function requireUtilFlowIndentCheck () {
	if (hasRequiredUtilFlowIndentCheck) return utilFlowIndentCheck;
	hasRequiredUtilFlowIndentCheck = 1;

	var utilContainsNewline = requireUtilContainsNewline();

	function flowIndentCheck(indent, fc, onError) {
	    if (fc?.type === 'flow-collection') {
	        const end = fc.end[0];
	        if (end.indent === indent &&
	            (end.source === ']' || end.source === '}') &&
	            utilContainsNewline.containsNewline(fc)) {
	            const msg = 'Flow end indicator should be more indented than parent';
	            onError(end, 'BAD_INDENT', msg, true);
	        }
	    }
	}

	utilFlowIndentCheck.flowIndentCheck = flowIndentCheck;
	return utilFlowIndentCheck;
}

var utilMapIncludes = {};

var hasRequiredUtilMapIncludes;

function requireUtilMapIncludes () {
	if (hasRequiredUtilMapIncludes) return utilMapIncludes;
	hasRequiredUtilMapIncludes = 1;

	var identity = requireIdentity();

	function mapIncludes(ctx, items, search) {
	    const { uniqueKeys } = ctx.options;
	    if (uniqueKeys === false)
	        return false;
	    const isEqual = typeof uniqueKeys === 'function'
	        ? uniqueKeys
	        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
	    return items.some(pair => isEqual(pair.key, search));
	}

	utilMapIncludes.mapIncludes = mapIncludes;
	return utilMapIncludes;
}

var hasRequiredResolveBlockMap;

function requireResolveBlockMap () {
	if (hasRequiredResolveBlockMap) return resolveBlockMap;
	hasRequiredResolveBlockMap = 1;

	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();
	var utilMapIncludes = requireUtilMapIncludes();

	const startColMsg = 'All mapping items must start at the same column';
	function resolveBlockMap$1({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
	    const map = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    let offset = bm.offset;
	    let commentEnd = null;
	    for (const collItem of bm.items) {
	        const { start, key, sep, value } = collItem;
	        // key properties
	        const keyProps = resolveProps.resolveProps(start, {
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: true
	        });
	        const implicitKey = !keyProps.found;
	        if (implicitKey) {
	            if (key) {
	                if (key.type === 'block-seq')
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
	                else if ('indent' in key && key.indent !== bm.indent)
	                    onError(offset, 'BAD_INDENT', startColMsg);
	            }
	            if (!keyProps.anchor && !keyProps.tag && !sep) {
	                commentEnd = keyProps.end;
	                if (keyProps.comment) {
	                    if (map.comment)
	                        map.comment += '\n' + keyProps.comment;
	                    else
	                        map.comment = keyProps.comment;
	                }
	                continue;
	            }
	            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
	                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
	            }
	        }
	        else if (keyProps.found?.indent !== bm.indent) {
	            onError(offset, 'BAD_INDENT', startColMsg);
	        }
	        // key value
	        ctx.atKey = true;
	        const keyStart = keyProps.end;
	        const keyNode = key
	            ? composeNode(ctx, key, keyProps, onError)
	            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
	        ctx.atKey = false;
	        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	        // value properties
	        const valueProps = resolveProps.resolveProps(sep ?? [], {
	            indicator: 'map-value-ind',
	            next: value,
	            offset: keyNode.range[2],
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: !key || key.type === 'block-scalar'
	        });
	        offset = valueProps.end;
	        if (valueProps.found) {
	            if (implicitKey) {
	                if (value?.type === 'block-map' && !valueProps.hasNewline)
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
	                if (ctx.options.strict &&
	                    keyProps.start < valueProps.found.offset - 1024)
	                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
	            if (ctx.schema.compat)
	                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
	            offset = valueNode.range[2];
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	        else {
	            // key with no value
	            if (implicitKey)
	                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
	            if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	    }
	    if (commentEnd && commentEnd < offset)
	        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
	    map.range = [bm.offset, offset, commentEnd ?? offset];
	    return map;
	}

	resolveBlockMap.resolveBlockMap = resolveBlockMap$1;
	return resolveBlockMap;
}

var resolveBlockSeq = {};

var hasRequiredResolveBlockSeq;

function requireResolveBlockSeq () {
	if (hasRequiredResolveBlockSeq) return resolveBlockSeq;
	hasRequiredResolveBlockSeq = 1;

	var YAMLSeq = requireYAMLSeq();
	var resolveProps = requireResolveProps();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();

	function resolveBlockSeq$1({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
	    const seq = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = bs.offset;
	    let commentEnd = null;
	    for (const { start, value } of bs.items) {
	        const props = resolveProps.resolveProps(start, {
	            indicator: 'seq-item-ind',
	            next: value,
	            offset,
	            onError,
	            parentIndent: bs.indent,
	            startOnNewline: true
	        });
	        if (!props.found) {
	            if (props.anchor || props.tag || value) {
	                if (value?.type === 'block-seq')
	                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
	                else
	                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
	            }
	            else {
	                commentEnd = props.end;
	                if (props.comment)
	                    seq.comment = props.comment;
	                continue;
	            }
	        }
	        const node = value
	            ? composeNode(ctx, value, props, onError)
	            : composeEmptyNode(ctx, props.end, start, null, props, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
	        offset = node.range[2];
	        seq.items.push(node);
	    }
	    seq.range = [bs.offset, offset, commentEnd ?? offset];
	    return seq;
	}

	resolveBlockSeq.resolveBlockSeq = resolveBlockSeq$1;
	return resolveBlockSeq;
}

var resolveFlowCollection = {};

var resolveEnd = {};

var hasRequiredResolveEnd;

function requireResolveEnd () {
	if (hasRequiredResolveEnd) return resolveEnd;
	hasRequiredResolveEnd = 1;

	function resolveEnd$1(end, offset, reqSpace, onError) {
	    let comment = '';
	    if (end) {
	        let hasSpace = false;
	        let sep = '';
	        for (const token of end) {
	            const { source, type } = token;
	            switch (type) {
	                case 'space':
	                    hasSpace = true;
	                    break;
	                case 'comment': {
	                    if (reqSpace && !hasSpace)
	                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                    const cb = source.substring(1) || ' ';
	                    if (!comment)
	                        comment = cb;
	                    else
	                        comment += sep + cb;
	                    sep = '';
	                    break;
	                }
	                case 'newline':
	                    if (comment)
	                        sep += source;
	                    hasSpace = true;
	                    break;
	                default:
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
	            }
	            offset += source.length;
	        }
	    }
	    return { comment, offset };
	}

	resolveEnd.resolveEnd = resolveEnd$1;
	return resolveEnd;
}

var hasRequiredResolveFlowCollection;

function requireResolveFlowCollection () {
	if (hasRequiredResolveFlowCollection) return resolveFlowCollection;
	hasRequiredResolveFlowCollection = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilMapIncludes = requireUtilMapIncludes();

	const blockMsg = 'Block collections are not allowed within flow collections';
	const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
	function resolveFlowCollection$1({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
	    const isMap = fc.start.source === '{';
	    const fcName = isMap ? 'flow map' : 'flow sequence';
	    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
	    const coll = new NodeClass(ctx.schema);
	    coll.flow = true;
	    const atRoot = ctx.atRoot;
	    if (atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = fc.offset + fc.start.source.length;
	    for (let i = 0; i < fc.items.length; ++i) {
	        const collItem = fc.items[i];
	        const { start, key, sep, value } = collItem;
	        const props = resolveProps.resolveProps(start, {
	            flow: fcName,
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: fc.indent,
	            startOnNewline: false
	        });
	        if (!props.found) {
	            if (!props.anchor && !props.tag && !sep && !value) {
	                if (i === 0 && props.comma)
	                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	                else if (i < fc.items.length - 1)
	                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
	                if (props.comment) {
	                    if (coll.comment)
	                        coll.comment += '\n' + props.comment;
	                    else
	                        coll.comment = props.comment;
	                }
	                offset = props.end;
	                continue;
	            }
	            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
	                onError(key, // checked by containsNewline()
	                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	        }
	        if (i === 0) {
	            if (props.comma)
	                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	        }
	        else {
	            if (!props.comma)
	                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
	            if (props.comment) {
	                let prevItemComment = '';
	                loop: for (const st of start) {
	                    switch (st.type) {
	                        case 'comma':
	                        case 'space':
	                            break;
	                        case 'comment':
	                            prevItemComment = st.source.substring(1);
	                            break loop;
	                        default:
	                            break loop;
	                    }
	                }
	                if (prevItemComment) {
	                    let prev = coll.items[coll.items.length - 1];
	                    if (identity.isPair(prev))
	                        prev = prev.value ?? prev.key;
	                    if (prev.comment)
	                        prev.comment += '\n' + prevItemComment;
	                    else
	                        prev.comment = prevItemComment;
	                    props.comment = props.comment.substring(prevItemComment.length + 1);
	                }
	            }
	        }
	        if (!isMap && !sep && !props.found) {
	            // item is a value in a seq
	            // → key & sep are empty, start does not include ? or :
	            const valueNode = value
	                ? composeNode(ctx, value, props, onError)
	                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
	            coll.items.push(valueNode);
	            offset = valueNode.range[2];
	            if (isBlock(value))
	                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	        }
	        else {
	            // item is a key+value pair
	            // key value
	            ctx.atKey = true;
	            const keyStart = props.end;
	            const keyNode = key
	                ? composeNode(ctx, key, props, onError)
	                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
	            if (isBlock(key))
	                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            ctx.atKey = false;
	            // value properties
	            const valueProps = resolveProps.resolveProps(sep ?? [], {
	                flow: fcName,
	                indicator: 'map-value-ind',
	                next: value,
	                offset: keyNode.range[2],
	                onError,
	                parentIndent: fc.indent,
	                startOnNewline: false
	            });
	            if (valueProps.found) {
	                if (!isMap && !props.found && ctx.options.strict) {
	                    if (sep)
	                        for (const st of sep) {
	                            if (st === valueProps.found)
	                                break;
	                            if (st.type === 'newline') {
	                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	                                break;
	                            }
	                        }
	                    if (props.start < valueProps.found.offset - 1024)
	                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
	                }
	            }
	            else if (value) {
	                if ('source' in value && value.source?.[0] === ':')
	                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
	                else
	                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : valueProps.found
	                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
	                    : null;
	            if (valueNode) {
	                if (isBlock(value))
	                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            }
	            else if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            if (isMap) {
	                const map = coll;
	                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	                map.items.push(pair);
	            }
	            else {
	                const map = new YAMLMap.YAMLMap(ctx.schema);
	                map.flow = true;
	                map.items.push(pair);
	                const endRange = (valueNode ?? keyNode).range;
	                map.range = [keyNode.range[0], endRange[1], endRange[2]];
	                coll.items.push(map);
	            }
	            offset = valueNode ? valueNode.range[2] : valueProps.end;
	        }
	    }
	    const expectedEnd = isMap ? '}' : ']';
	    const [ce, ...ee] = fc.end;
	    let cePos = offset;
	    if (ce?.source === expectedEnd)
	        cePos = ce.offset + ce.source.length;
	    else {
	        const name = fcName[0].toUpperCase() + fcName.substring(1);
	        const msg = atRoot
	            ? `${name} must end with a ${expectedEnd}`
	            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
	        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
	        if (ce && ce.source.length !== 1)
	            ee.unshift(ce);
	    }
	    if (ee.length > 0) {
	        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
	        if (end.comment) {
	            if (coll.comment)
	                coll.comment += '\n' + end.comment;
	            else
	                coll.comment = end.comment;
	        }
	        coll.range = [fc.offset, cePos, end.offset];
	    }
	    else {
	        coll.range = [fc.offset, cePos, cePos];
	    }
	    return coll;
	}

	resolveFlowCollection.resolveFlowCollection = resolveFlowCollection$1;
	return resolveFlowCollection;
}

var hasRequiredComposeCollection;

function requireComposeCollection () {
	if (hasRequiredComposeCollection) return composeCollection;
	hasRequiredComposeCollection = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveBlockMap = requireResolveBlockMap();
	var resolveBlockSeq = requireResolveBlockSeq();
	var resolveFlowCollection = requireResolveFlowCollection();

	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
	    const coll = token.type === 'block-map'
	        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
	        : token.type === 'block-seq'
	            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
	            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
	    const Coll = coll.constructor;
	    // If we got a tagName matching the class, or the tag name is '!',
	    // then use the tagName from the node class used to create it.
	    if (tagName === '!' || tagName === Coll.tagName) {
	        coll.tag = Coll.tagName;
	        return coll;
	    }
	    if (tagName)
	        coll.tag = tagName;
	    return coll;
	}
	function composeCollection$1(CN, ctx, token, props, onError) {
	    const tagToken = props.tag;
	    const tagName = !tagToken
	        ? null
	        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
	    if (token.type === 'block-seq') {
	        const { anchor, newlineAfterProp: nl } = props;
	        const lastProp = anchor && tagToken
	            ? anchor.offset > tagToken.offset
	                ? anchor
	                : tagToken
	            : (anchor ?? tagToken);
	        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
	            const message = 'Missing newline after block sequence props';
	            onError(lastProp, 'MISSING_CHAR', message);
	        }
	    }
	    const expType = token.type === 'block-map'
	        ? 'map'
	        : token.type === 'block-seq'
	            ? 'seq'
	            : token.start.source === '{'
	                ? 'map'
	                : 'seq';
	    // shortcut: check if it's a generic YAMLMap or YAMLSeq
	    // before jumping into the custom tag logic.
	    if (!tagToken ||
	        !tagName ||
	        tagName === '!' ||
	        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
	        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
	        return resolveCollection(CN, ctx, token, onError, tagName);
	    }
	    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
	    if (!tag) {
	        const kt = ctx.schema.knownTags[tagName];
	        if (kt?.collection === expType) {
	            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
	            tag = kt;
	        }
	        else {
	            if (kt) {
	                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
	            }
	            else {
	                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
	            }
	            return resolveCollection(CN, ctx, token, onError, tagName);
	        }
	    }
	    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
	    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
	    const node = identity.isNode(res)
	        ? res
	        : new Scalar.Scalar(res);
	    node.range = coll.range;
	    node.tag = tagName;
	    if (tag?.format)
	        node.format = tag.format;
	    return node;
	}

	composeCollection.composeCollection = composeCollection$1;
	return composeCollection;
}

var composeScalar = {};

var resolveBlockScalar = {};

var hasRequiredResolveBlockScalar;

function requireResolveBlockScalar () {
	if (hasRequiredResolveBlockScalar) return resolveBlockScalar;
	hasRequiredResolveBlockScalar = 1;

	var Scalar = requireScalar();

	function resolveBlockScalar$1(ctx, scalar, onError) {
	    const start = scalar.offset;
	    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
	    if (!header)
	        return { value: '', type: null, comment: '', range: [start, start, start] };
	    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
	    const lines = scalar.source ? splitLines(scalar.source) : [];
	    // determine the end of content & start of chomping
	    let chompStart = lines.length;
	    for (let i = lines.length - 1; i >= 0; --i) {
	        const content = lines[i][1];
	        if (content === '' || content === '\r')
	            chompStart = i;
	        else
	            break;
	    }
	    // shortcut for empty contents
	    if (chompStart === 0) {
	        const value = header.chomp === '+' && lines.length > 0
	            ? '\n'.repeat(Math.max(1, lines.length - 1))
	            : '';
	        let end = start + header.length;
	        if (scalar.source)
	            end += scalar.source.length;
	        return { value, type, comment: header.comment, range: [start, end, end] };
	    }
	    // find the indentation level to trim from start
	    let trimIndent = scalar.indent + header.indent;
	    let offset = scalar.offset + header.length;
	    let contentStart = 0;
	    for (let i = 0; i < chompStart; ++i) {
	        const [indent, content] = lines[i];
	        if (content === '' || content === '\r') {
	            if (header.indent === 0 && indent.length > trimIndent)
	                trimIndent = indent.length;
	        }
	        else {
	            if (indent.length < trimIndent) {
	                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
	                onError(offset + indent.length, 'MISSING_CHAR', message);
	            }
	            if (header.indent === 0)
	                trimIndent = indent.length;
	            contentStart = i;
	            if (trimIndent === 0 && !ctx.atRoot) {
	                const message = 'Block scalar values in collections must be indented';
	                onError(offset, 'BAD_INDENT', message);
	            }
	            break;
	        }
	        offset += indent.length + content.length + 1;
	    }
	    // include trailing more-indented empty lines in content
	    for (let i = lines.length - 1; i >= chompStart; --i) {
	        if (lines[i][0].length > trimIndent)
	            chompStart = i + 1;
	    }
	    let value = '';
	    let sep = '';
	    let prevMoreIndented = false;
	    // leading whitespace is kept intact
	    for (let i = 0; i < contentStart; ++i)
	        value += lines[i][0].slice(trimIndent) + '\n';
	    for (let i = contentStart; i < chompStart; ++i) {
	        let [indent, content] = lines[i];
	        offset += indent.length + content.length + 1;
	        const crlf = content[content.length - 1] === '\r';
	        if (crlf)
	            content = content.slice(0, -1);
	        /* istanbul ignore if already caught in lexer */
	        if (content && indent.length < trimIndent) {
	            const src = header.indent
	                ? 'explicit indentation indicator'
	                : 'first line';
	            const message = `Block scalar lines must not be less indented than their ${src}`;
	            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
	            indent = '';
	        }
	        if (type === Scalar.Scalar.BLOCK_LITERAL) {
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	        }
	        else if (indent.length > trimIndent || content[0] === '\t') {
	            // more-indented content within a folded block
	            if (sep === ' ')
	                sep = '\n';
	            else if (!prevMoreIndented && sep === '\n')
	                sep = '\n\n';
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	            prevMoreIndented = true;
	        }
	        else if (content === '') {
	            // empty line
	            if (sep === '\n')
	                value += '\n';
	            else
	                sep = '\n';
	        }
	        else {
	            value += sep + content;
	            sep = ' ';
	            prevMoreIndented = false;
	        }
	    }
	    switch (header.chomp) {
	        case '-':
	            break;
	        case '+':
	            for (let i = chompStart; i < lines.length; ++i)
	                value += '\n' + lines[i][0].slice(trimIndent);
	            if (value[value.length - 1] !== '\n')
	                value += '\n';
	            break;
	        default:
	            value += '\n';
	    }
	    const end = start + header.length + scalar.source.length;
	    return { value, type, comment: header.comment, range: [start, end, end] };
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
	    /* istanbul ignore if should not happen */
	    if (props[0].type !== 'block-scalar-header') {
	        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
	        return null;
	    }
	    const { source } = props[0];
	    const mode = source[0];
	    let indent = 0;
	    let chomp = '';
	    let error = -1;
	    for (let i = 1; i < source.length; ++i) {
	        const ch = source[i];
	        if (!chomp && (ch === '-' || ch === '+'))
	            chomp = ch;
	        else {
	            const n = Number(ch);
	            if (!indent && n)
	                indent = n;
	            else if (error === -1)
	                error = offset + i;
	        }
	    }
	    if (error !== -1)
	        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
	    let hasSpace = false;
	    let comment = '';
	    let length = source.length;
	    for (let i = 1; i < props.length; ++i) {
	        const token = props[i];
	        switch (token.type) {
	            case 'space':
	                hasSpace = true;
	            // fallthrough
	            case 'newline':
	                length += token.source.length;
	                break;
	            case 'comment':
	                if (strict && !hasSpace) {
	                    const message = 'Comments must be separated from other tokens by white space characters';
	                    onError(token, 'MISSING_CHAR', message);
	                }
	                length += token.source.length;
	                comment = token.source.substring(1);
	                break;
	            case 'error':
	                onError(token, 'UNEXPECTED_TOKEN', token.message);
	                length += token.source.length;
	                break;
	            /* istanbul ignore next should not happen */
	            default: {
	                const message = `Unexpected token in block scalar header: ${token.type}`;
	                onError(token, 'UNEXPECTED_TOKEN', message);
	                const ts = token.source;
	                if (ts && typeof ts === 'string')
	                    length += ts.length;
	            }
	        }
	    }
	    return { mode, indent, chomp, comment, length };
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
	    const split = source.split(/\n( *)/);
	    const first = split[0];
	    const m = first.match(/^( *)/);
	    const line0 = m?.[1]
	        ? [m[1], first.slice(m[1].length)]
	        : ['', first];
	    const lines = [line0];
	    for (let i = 1; i < split.length; i += 2)
	        lines.push([split[i], split[i + 1]]);
	    return lines;
	}

	resolveBlockScalar.resolveBlockScalar = resolveBlockScalar$1;
	return resolveBlockScalar;
}

var resolveFlowScalar = {};

var hasRequiredResolveFlowScalar;

function requireResolveFlowScalar () {
	if (hasRequiredResolveFlowScalar) return resolveFlowScalar;
	hasRequiredResolveFlowScalar = 1;

	var Scalar = requireScalar();
	var resolveEnd = requireResolveEnd();

	function resolveFlowScalar$1(scalar, strict, onError) {
	    const { offset, type, source, end } = scalar;
	    let _type;
	    let value;
	    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
	    switch (type) {
	        case 'scalar':
	            _type = Scalar.Scalar.PLAIN;
	            value = plainValue(source, _onError);
	            break;
	        case 'single-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_SINGLE;
	            value = singleQuotedValue(source, _onError);
	            break;
	        case 'double-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_DOUBLE;
	            value = doubleQuotedValue(source, _onError);
	            break;
	        /* istanbul ignore next should not happen */
	        default:
	            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
	            return {
	                value: '',
	                type: null,
	                comment: '',
	                range: [offset, offset + source.length, offset + source.length]
	            };
	    }
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
	    return {
	        value,
	        type: _type,
	        comment: re.comment,
	        range: [offset, valueEnd, re.offset]
	    };
	}
	function plainValue(source, onError) {
	    let badChar = '';
	    switch (source[0]) {
	        /* istanbul ignore next should not happen */
	        case '\t':
	            badChar = 'a tab character';
	            break;
	        case ',':
	            badChar = 'flow indicator character ,';
	            break;
	        case '%':
	            badChar = 'directive indicator character %';
	            break;
	        case '|':
	        case '>': {
	            badChar = `block scalar indicator ${source[0]}`;
	            break;
	        }
	        case '@':
	        case '`': {
	            badChar = `reserved character ${source[0]}`;
	            break;
	        }
	    }
	    if (badChar)
	        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
	    return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
	    if (source[source.length - 1] !== "'" || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
	    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
	    const line = /(.*?)\r?\n/sy;
	    let match = line.exec(source);
	    if (!match)
	        return source;
	    /**
	     * The negative lookbehinds in these RegExps are to
	     * prevent causing a polynomial search time in certain cases.
	     *
	     * The try-catch is for Safari < 16.4 and other old browsers:
	     * https://caniuse.com/js-regexp-lookbehind
	     */
	    let trimEnd, trimBoth;
	    try {
	        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
	        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
	    }
	    catch {
	        trimEnd = /[ \t]+$/;
	        trimBoth = /^[ \t]+|[ \t]+$/g;
	    }
	    let res = match[1].replace(trimEnd, '');
	    let sep = ' ';
	    let pos = line.lastIndex;
	    while ((match = line.exec(source))) {
	        const lm = match[1].replace(trimBoth, '');
	        if (lm === '') {
	            if (sep === '\n')
	                res += sep;
	            else
	                sep = '\n';
	        }
	        else {
	            res += sep + lm;
	            sep = ' ';
	        }
	        pos = line.lastIndex;
	    }
	    const last = /[ \t]*(.*)/sy;
	    last.lastIndex = pos;
	    match = last.exec(source);
	    return res + sep + (match?.[1] ?? '');
	}
	function doubleQuotedValue(source, onError) {
	    let res = '';
	    for (let i = 1; i < source.length - 1; ++i) {
	        const ch = source[i];
	        if (ch === '\r' && source[i + 1] === '\n')
	            continue;
	        if (ch === '\n') {
	            const { fold, offset } = foldNewline(source, i);
	            res += fold;
	            i = offset;
	        }
	        else if (ch === '\\') {
	            let next = source[++i];
	            const cc = escapeCodes[next];
	            if (cc)
	                res += cc;
	            else if (next === '\n') {
	                // skip escaped newlines, but still trim the following line
	                next = source[i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === '\r' && source[i + 1] === '\n') {
	                // skip escaped CRLF newlines, but still trim the following line
	                next = source[++i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === 'x' || next === 'u' || next === 'U') {
	                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
	                res += parseCharCode(source, i + 1, length, onError);
	                i += length;
	            }
	            else {
	                const raw = source.substr(i - 1, 2);
	                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	                res += raw;
	            }
	        }
	        else if (ch === ' ' || ch === '\t') {
	            // trim trailing whitespace
	            const wsStart = i;
	            let next = source[i + 1];
	            while (next === ' ' || next === '\t')
	                next = source[++i + 1];
	            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
	                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
	        }
	        else {
	            res += ch;
	        }
	    }
	    if (source[source.length - 1] !== '"' || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
	    return res;
	}
	/**
	 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
	 * Presumes `source[offset] === '\n'`
	 */
	function foldNewline(source, offset) {
	    let fold = '';
	    let ch = source[offset + 1];
	    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
	        if (ch === '\r' && source[offset + 2] !== '\n')
	            break;
	        if (ch === '\n')
	            fold += '\n';
	        offset += 1;
	        ch = source[offset + 1];
	    }
	    if (!fold)
	        fold = ' ';
	    return { fold, offset };
	}
	const escapeCodes = {
	    '0': '\0', // null character
	    a: '\x07', // bell character
	    b: '\b', // backspace
	    e: '\x1b', // escape character
	    f: '\f', // form feed
	    n: '\n', // line feed
	    r: '\r', // carriage return
	    t: '\t', // horizontal tab
	    v: '\v', // vertical tab
	    N: '\u0085', // Unicode next line
	    _: '\u00a0', // Unicode non-breaking space
	    L: '\u2028', // Unicode line separator
	    P: '\u2029', // Unicode paragraph separator
	    ' ': ' ',
	    '"': '"',
	    '/': '/',
	    '\\': '\\',
	    '\t': '\t'
	};
	function parseCharCode(source, offset, length, onError) {
	    const cc = source.substr(offset, length);
	    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
	    const code = ok ? parseInt(cc, 16) : NaN;
	    try {
	        return String.fromCodePoint(code);
	    }
	    catch {
	        const raw = source.substr(offset - 2, length + 2);
	        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	        return raw;
	    }
	}

	resolveFlowScalar.resolveFlowScalar = resolveFlowScalar$1;
	return resolveFlowScalar;
}

var hasRequiredComposeScalar;

function requireComposeScalar () {
	if (hasRequiredComposeScalar) return composeScalar;
	hasRequiredComposeScalar = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();

	function composeScalar$1(ctx, token, tagToken, onError) {
	    const { value, type, comment, range } = token.type === 'block-scalar'
	        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
	        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
	    const tagName = tagToken
	        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
	        : null;
	    let tag;
	    if (ctx.options.stringKeys && ctx.atKey) {
	        tag = ctx.schema[identity.SCALAR];
	    }
	    else if (tagName)
	        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
	    else if (token.type === 'scalar')
	        tag = findScalarTagByTest(ctx, value, token, onError);
	    else
	        tag = ctx.schema[identity.SCALAR];
	    let scalar;
	    try {
	        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
	        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
	    }
	    catch (error) {
	        const msg = error instanceof Error ? error.message : String(error);
	        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
	        scalar = new Scalar.Scalar(value);
	    }
	    scalar.range = range;
	    scalar.source = value;
	    if (type)
	        scalar.type = type;
	    if (tagName)
	        scalar.tag = tagName;
	    if (tag.format)
	        scalar.format = tag.format;
	    if (comment)
	        scalar.comment = comment;
	    return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
	    if (tagName === '!')
	        return schema[identity.SCALAR]; // non-specific tag
	    const matchWithTest = [];
	    for (const tag of schema.tags) {
	        if (!tag.collection && tag.tag === tagName) {
	            if (tag.default && tag.test)
	                matchWithTest.push(tag);
	            else
	                return tag;
	        }
	    }
	    for (const tag of matchWithTest)
	        if (tag.test?.test(value))
	            return tag;
	    const kt = schema.knownTags[tagName];
	    if (kt && !kt.collection) {
	        // Ensure that the known tag is available for stringifying,
	        // but does not get used by default.
	        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
	        return kt;
	    }
	    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
	    return schema[identity.SCALAR];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
	    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
	        tag.test?.test(value)) || schema[identity.SCALAR];
	    if (schema.compat) {
	        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
	            schema[identity.SCALAR];
	        if (tag.tag !== compat.tag) {
	            const ts = directives.tagString(tag.tag);
	            const cs = directives.tagString(compat.tag);
	            const msg = `Value may be parsed as either ${ts} or ${cs}`;
	            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
	        }
	    }
	    return tag;
	}

	composeScalar.composeScalar = composeScalar$1;
	return composeScalar;
}

var utilEmptyScalarPosition = {};

var hasRequiredUtilEmptyScalarPosition;

function requireUtilEmptyScalarPosition () {
	if (hasRequiredUtilEmptyScalarPosition) return utilEmptyScalarPosition;
	hasRequiredUtilEmptyScalarPosition = 1;

	function emptyScalarPosition(offset, before, pos) {
	    if (before) {
	        pos ?? (pos = before.length);
	        for (let i = pos - 1; i >= 0; --i) {
	            let st = before[i];
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                case 'newline':
	                    offset -= st.source.length;
	                    continue;
	            }
	            // Technically, an empty scalar is immediately after the last non-empty
	            // node, but it's more useful to place it after any whitespace.
	            st = before[++i];
	            while (st?.type === 'space') {
	                offset += st.source.length;
	                st = before[++i];
	            }
	            break;
	        }
	    }
	    return offset;
	}

	utilEmptyScalarPosition.emptyScalarPosition = emptyScalarPosition;
	return utilEmptyScalarPosition;
}

var hasRequiredComposeNode;

function requireComposeNode () {
	if (hasRequiredComposeNode) return composeNode;
	hasRequiredComposeNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var composeCollection = requireComposeCollection();
	var composeScalar = requireComposeScalar();
	var resolveEnd = requireResolveEnd();
	var utilEmptyScalarPosition = requireUtilEmptyScalarPosition();

	const CN = { composeNode: composeNode$1, composeEmptyNode };
	function composeNode$1(ctx, token, props, onError) {
	    const atKey = ctx.atKey;
	    const { spaceBefore, comment, anchor, tag } = props;
	    let node;
	    let isSrcToken = true;
	    switch (token.type) {
	        case 'alias':
	            node = composeAlias(ctx, token, onError);
	            if (anchor || tag)
	                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
	            break;
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'block-scalar':
	            node = composeScalar.composeScalar(ctx, token, tag, onError);
	            if (anchor)
	                node.anchor = anchor.source.substring(1);
	            break;
	        case 'block-map':
	        case 'block-seq':
	        case 'flow-collection':
	            try {
	                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
	                if (anchor)
	                    node.anchor = anchor.source.substring(1);
	            }
	            catch (error) {
	                // Almost certainly here due to a stack overflow
	                const message = error instanceof Error ? error.message : String(error);
	                onError(token, 'RESOURCE_EXHAUSTION', message);
	            }
	            break;
	        default: {
	            const message = token.type === 'error'
	                ? token.message
	                : `Unsupported token (type: ${token.type})`;
	            onError(token, 'UNEXPECTED_TOKEN', message);
	            isSrcToken = false;
	        }
	    }
	    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
	    if (anchor && node.anchor === '')
	        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    if (atKey &&
	        ctx.options.stringKeys &&
	        (!identity.isScalar(node) ||
	            typeof node.value !== 'string' ||
	            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
	        const msg = 'With stringKeys, all keys must be strings';
	        onError(tag ?? token, 'NON_STRING_KEY', msg);
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        if (token.type === 'scalar' && token.source === '')
	            node.comment = comment;
	        else
	            node.commentBefore = comment;
	    }
	    // @ts-expect-error Type checking misses meaning of isSrcToken
	    if (ctx.options.keepSourceTokens && isSrcToken)
	        node.srcToken = token;
	    return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
	    const token = {
	        type: 'scalar',
	        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
	        indent: -1,
	        source: ''
	    };
	    const node = composeScalar.composeScalar(ctx, token, tag, onError);
	    if (anchor) {
	        node.anchor = anchor.source.substring(1);
	        if (node.anchor === '')
	            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        node.comment = comment;
	        node.range[2] = end;
	    }
	    return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
	    const alias = new Alias.Alias(source.substring(1));
	    if (alias.source === '')
	        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
	    if (alias.source.endsWith(':'))
	        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
	    alias.range = [offset, valueEnd, re.offset];
	    if (re.comment)
	        alias.comment = re.comment;
	    return alias;
	}

	composeNode.composeEmptyNode = composeEmptyNode;
	composeNode.composeNode = composeNode$1;
	return composeNode;
}

var hasRequiredComposeDoc;

function requireComposeDoc () {
	if (hasRequiredComposeDoc) return composeDoc;
	hasRequiredComposeDoc = 1;

	var Document = requireDocument();
	var composeNode = requireComposeNode();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();

	function composeDoc$1(options, directives, { offset, start, value, end }, onError) {
	    const opts = Object.assign({ _directives: directives }, options);
	    const doc = new Document.Document(undefined, opts);
	    const ctx = {
	        atKey: false,
	        atRoot: true,
	        directives: doc.directives,
	        options: doc.options,
	        schema: doc.schema
	    };
	    const props = resolveProps.resolveProps(start, {
	        indicator: 'doc-start',
	        next: value ?? end?.[0],
	        offset,
	        onError,
	        parentIndent: 0,
	        startOnNewline: true
	    });
	    if (props.found) {
	        doc.directives.docStart = true;
	        if (value &&
	            (value.type === 'block-map' || value.type === 'block-seq') &&
	            !props.hasNewline)
	            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
	    }
	    // @ts-expect-error If Contents is set, let's trust the user
	    doc.contents = value
	        ? composeNode.composeNode(ctx, value, props, onError)
	        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
	    const contentEnd = doc.contents.range[2];
	    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
	    if (re.comment)
	        doc.comment = re.comment;
	    doc.range = [offset, contentEnd, re.offset];
	    return doc;
	}

	composeDoc.composeDoc = composeDoc$1;
	return composeDoc;
}

var hasRequiredComposer;

function requireComposer () {
	if (hasRequiredComposer) return composer;
	hasRequiredComposer = 1;

	var node_process = require$$0;
	var directives = requireDirectives();
	var Document = requireDocument();
	var errors = requireErrors();
	var identity = requireIdentity();
	var composeDoc = requireComposeDoc();
	var resolveEnd = requireResolveEnd();

	function getErrorPos(src) {
	    if (typeof src === 'number')
	        return [src, src + 1];
	    if (Array.isArray(src))
	        return src.length === 2 ? src : [src[0], src[1]];
	    const { offset, source } = src;
	    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
	}
	function parsePrelude(prelude) {
	    let comment = '';
	    let atComment = false;
	    let afterEmptyLine = false;
	    for (let i = 0; i < prelude.length; ++i) {
	        const source = prelude[i];
	        switch (source[0]) {
	            case '#':
	                comment +=
	                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
	                        (source.substring(1) || ' ');
	                atComment = true;
	                afterEmptyLine = false;
	                break;
	            case '%':
	                if (prelude[i + 1]?.[0] !== '#')
	                    i += 1;
	                atComment = false;
	                break;
	            default:
	                // This may be wrong after doc-end, but in that case it doesn't matter
	                if (!atComment)
	                    afterEmptyLine = true;
	                atComment = false;
	        }
	    }
	    return { comment, afterEmptyLine };
	}
	/**
	 * Compose a stream of CST nodes into a stream of YAML Documents.
	 *
	 * ```ts
	 * import { Composer, Parser } from 'yaml'
	 *
	 * const src: string = ...
	 * const tokens = new Parser().parse(src)
	 * const docs = new Composer().compose(tokens)
	 * ```
	 */
	class Composer {
	    constructor(options = {}) {
	        this.doc = null;
	        this.atDirectives = false;
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	        this.onError = (source, code, message, warning) => {
	            const pos = getErrorPos(source);
	            if (warning)
	                this.warnings.push(new errors.YAMLWarning(pos, code, message));
	            else
	                this.errors.push(new errors.YAMLParseError(pos, code, message));
	        };
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        this.directives = new directives.Directives({ version: options.version || '1.2' });
	        this.options = options;
	    }
	    decorate(doc, afterDoc) {
	        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
	        //console.log({ dc: doc.comment, prelude, comment })
	        if (comment) {
	            const dc = doc.contents;
	            if (afterDoc) {
	                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
	            }
	            else if (afterEmptyLine || doc.directives.docStart || !dc) {
	                doc.commentBefore = comment;
	            }
	            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
	                let it = dc.items[0];
	                if (identity.isPair(it))
	                    it = it.key;
	                const cb = it.commentBefore;
	                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	            else {
	                const cb = dc.commentBefore;
	                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	        }
	        if (afterDoc) {
	            for (let i = 0; i < this.errors.length; ++i)
	                doc.errors.push(this.errors[i]);
	            for (let i = 0; i < this.warnings.length; ++i)
	                doc.warnings.push(this.warnings[i]);
	        }
	        else {
	            doc.errors = this.errors;
	            doc.warnings = this.warnings;
	        }
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	    }
	    /**
	     * Current stream status information.
	     *
	     * Mostly useful at the end of input for an empty stream.
	     */
	    streamInfo() {
	        return {
	            comment: parsePrelude(this.prelude).comment,
	            directives: this.directives,
	            errors: this.errors,
	            warnings: this.warnings
	        };
	    }
	    /**
	     * Compose tokens into documents.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *compose(tokens, forceDoc = false, endOffset = -1) {
	        for (const token of tokens)
	            yield* this.next(token);
	        yield* this.end(forceDoc, endOffset);
	    }
	    /** Advance the composer by one CST token. */
	    *next(token) {
	        if (node_process.env.LOG_STREAM)
	            console.dir(token, { depth: null });
	        switch (token.type) {
	            case 'directive':
	                this.directives.add(token.source, (offset, message, warning) => {
	                    const pos = getErrorPos(token);
	                    pos[0] += offset;
	                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
	                });
	                this.prelude.push(token.source);
	                this.atDirectives = true;
	                break;
	            case 'document': {
	                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
	                if (this.atDirectives && !doc.directives.docStart)
	                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
	                this.decorate(doc, false);
	                if (this.doc)
	                    yield this.doc;
	                this.doc = doc;
	                this.atDirectives = false;
	                break;
	            }
	            case 'byte-order-mark':
	            case 'space':
	                break;
	            case 'comment':
	            case 'newline':
	                this.prelude.push(token.source);
	                break;
	            case 'error': {
	                const msg = token.source
	                    ? `${token.message}: ${JSON.stringify(token.source)}`
	                    : token.message;
	                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
	                if (this.atDirectives || !this.doc)
	                    this.errors.push(error);
	                else
	                    this.doc.errors.push(error);
	                break;
	            }
	            case 'doc-end': {
	                if (!this.doc) {
	                    const msg = 'Unexpected doc-end without preceding document';
	                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
	                    break;
	                }
	                this.doc.directives.docEnd = true;
	                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
	                this.decorate(this.doc, true);
	                if (end.comment) {
	                    const dc = this.doc.comment;
	                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
	                }
	                this.doc.range[2] = end.offset;
	                break;
	            }
	            default:
	                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
	        }
	    }
	    /**
	     * Call at end of input to yield any remaining document.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *end(forceDoc = false, endOffset = -1) {
	        if (this.doc) {
	            this.decorate(this.doc, true);
	            yield this.doc;
	            this.doc = null;
	        }
	        else if (forceDoc) {
	            const opts = Object.assign({ _directives: this.directives }, this.options);
	            const doc = new Document.Document(undefined, opts);
	            if (this.atDirectives)
	                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
	            doc.range = [0, endOffset, endOffset];
	            this.decorate(doc, false);
	            yield doc;
	        }
	    }
	}

	composer.Composer = Composer;
	return composer;
}

var cst = {};

var cstScalar = {};

var hasRequiredCstScalar;

function requireCstScalar () {
	if (hasRequiredCstScalar) return cstScalar;
	hasRequiredCstScalar = 1;

	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();
	var errors = requireErrors();
	var stringifyString = requireStringifyString();

	function resolveAsScalar(token, strict = true, onError) {
	    if (token) {
	        const _onError = (pos, code, message) => {
	            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
	            if (onError)
	                onError(offset, code, message);
	            else
	                throw new errors.YAMLParseError([offset, offset + 1], code, message);
	        };
	        switch (token.type) {
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
	            case 'block-scalar':
	                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
	        }
	    }
	    return null;
	}
	/**
	 * Create a new scalar token with `value`
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.indent The indent level of the token.
	 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
	 * @param context.offset The offset position of the token.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function createScalarToken(value, context) {
	    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey,
	        indent: indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    const end = context.end ?? [
	        { type: 'newline', offset: -1, indent, source: '\n' }
	    ];
	    switch (source[0]) {
	        case '|':
	        case '>': {
	            const he = source.indexOf('\n');
	            const head = source.substring(0, he);
	            const body = source.substring(he + 1) + '\n';
	            const props = [
	                { type: 'block-scalar-header', offset, indent, source: head }
	            ];
	            if (!addEndtoBlockProps(props, end))
	                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	            return { type: 'block-scalar', offset, indent, props, source: body };
	        }
	        case '"':
	            return { type: 'double-quoted-scalar', offset, indent, source, end };
	        case "'":
	            return { type: 'single-quoted-scalar', offset, indent, source, end };
	        default:
	            return { type: 'scalar', offset, indent, source, end };
	    }
	}
	/**
	 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
	 *
	 * Best efforts are made to retain any comments previously associated with the `token`,
	 * though all contents within a collection's `items` will be overwritten.
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function setScalarValue(token, value, context = {}) {
	    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
	    let indent = 'indent' in token ? token.indent : null;
	    if (afterKey && typeof indent === 'number')
	        indent += 2;
	    if (!type)
	        switch (token.type) {
	            case 'single-quoted-scalar':
	                type = 'QUOTE_SINGLE';
	                break;
	            case 'double-quoted-scalar':
	                type = 'QUOTE_DOUBLE';
	                break;
	            case 'block-scalar': {
	                const header = token.props[0];
	                if (header.type !== 'block-scalar-header')
	                    throw new Error('Invalid block scalar header');
	                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
	                break;
	            }
	            default:
	                type = 'PLAIN';
	        }
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey: implicitKey || indent === null,
	        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    switch (source[0]) {
	        case '|':
	        case '>':
	            setBlockScalarValue(token, source);
	            break;
	        case '"':
	            setFlowScalarValue(token, source, 'double-quoted-scalar');
	            break;
	        case "'":
	            setFlowScalarValue(token, source, 'single-quoted-scalar');
	            break;
	        default:
	            setFlowScalarValue(token, source, 'scalar');
	    }
	}
	function setBlockScalarValue(token, source) {
	    const he = source.indexOf('\n');
	    const head = source.substring(0, he);
	    const body = source.substring(he + 1) + '\n';
	    if (token.type === 'block-scalar') {
	        const header = token.props[0];
	        if (header.type !== 'block-scalar-header')
	            throw new Error('Invalid block scalar header');
	        header.source = head;
	        token.source = body;
	    }
	    else {
	        const { offset } = token;
	        const indent = 'indent' in token ? token.indent : -1;
	        const props = [
	            { type: 'block-scalar-header', offset, indent, source: head }
	        ];
	        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
	            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	        for (const key of Object.keys(token))
	            if (key !== 'type' && key !== 'offset')
	                delete token[key];
	        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
	    }
	}
	/** @returns `true` if last token is a newline */
	function addEndtoBlockProps(props, end) {
	    if (end)
	        for (const st of end)
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                    props.push(st);
	                    break;
	                case 'newline':
	                    props.push(st);
	                    return true;
	            }
	    return false;
	}
	function setFlowScalarValue(token, source, type) {
	    switch (token.type) {
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            token.type = type;
	            token.source = source;
	            break;
	        case 'block-scalar': {
	            const end = token.props.slice(1);
	            let oa = source.length;
	            if (token.props[0].type === 'block-scalar-header')
	                oa -= token.props[0].source.length;
	            for (const tok of end)
	                tok.offset += oa;
	            delete token.props;
	            Object.assign(token, { type, source, end });
	            break;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            const offset = token.offset + source.length;
	            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
	            delete token.items;
	            Object.assign(token, { type, source, end: [nl] });
	            break;
	        }
	        default: {
	            const indent = 'indent' in token ? token.indent : -1;
	            const end = 'end' in token && Array.isArray(token.end)
	                ? token.end.filter(st => st.type === 'space' ||
	                    st.type === 'comment' ||
	                    st.type === 'newline')
	                : [];
	            for (const key of Object.keys(token))
	                if (key !== 'type' && key !== 'offset')
	                    delete token[key];
	            Object.assign(token, { type, indent, source, end });
	        }
	    }
	}

	cstScalar.createScalarToken = createScalarToken;
	cstScalar.resolveAsScalar = resolveAsScalar;
	cstScalar.setScalarValue = setScalarValue;
	return cstScalar;
}

var cstStringify = {};

var hasRequiredCstStringify;

function requireCstStringify () {
	if (hasRequiredCstStringify) return cstStringify;
	hasRequiredCstStringify = 1;

	/**
	 * Stringify a CST document, token, or collection item
	 *
	 * Fair warning: This applies no validation whatsoever, and
	 * simply concatenates the sources in their logical order.
	 */
	const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
	function stringifyToken(token) {
	    switch (token.type) {
	        case 'block-scalar': {
	            let res = '';
	            for (const tok of token.props)
	                res += stringifyToken(tok);
	            return res + token.source;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            let res = '';
	            for (const item of token.items)
	                res += stringifyItem(item);
	            return res;
	        }
	        case 'flow-collection': {
	            let res = token.start.source;
	            for (const item of token.items)
	                res += stringifyItem(item);
	            for (const st of token.end)
	                res += st.source;
	            return res;
	        }
	        case 'document': {
	            let res = stringifyItem(token);
	            if (token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	        default: {
	            let res = token.source;
	            if ('end' in token && token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	    }
	}
	function stringifyItem({ start, key, sep, value }) {
	    let res = '';
	    for (const st of start)
	        res += st.source;
	    if (key)
	        res += stringifyToken(key);
	    if (sep)
	        for (const st of sep)
	            res += st.source;
	    if (value)
	        res += stringifyToken(value);
	    return res;
	}

	cstStringify.stringify = stringify;
	return cstStringify;
}

var cstVisit = {};

var hasRequiredCstVisit;

function requireCstVisit () {
	if (hasRequiredCstVisit) return cstVisit;
	hasRequiredCstVisit = 1;

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove item');
	/**
	 * Apply a visitor to a CST document or item.
	 *
	 * Walks through the tree (depth-first) starting from the root, calling a
	 * `visitor` function with two arguments when entering each item:
	 *   - `item`: The current item, which included the following members:
	 *     - `start: SourceToken[]` – Source tokens before the key or value,
	 *       possibly including its anchor or tag.
	 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
	 *       the key before the `:` separator is empty.
	 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
	 *       which should include the `:` map value indicator if `value` is set.
	 *     - `value?: Token` – The value of a sequence item, or of a map pair.
	 *   - `path`: The steps from the root to the current node, as an array of
	 *     `['key' | 'value', number]` tuples.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this token, continue with
	 *      next sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
	 *   - `number`: Set the index of the next step. This is useful especially if
	 *     the index of the current token has changed.
	 *   - `function`: Define the next visitor for this item. After the original
	 *     visitor is called on item entry, next visitors are called after handling
	 *     a non-empty `key` and when exiting the item.
	 */
	function visit(cst, visitor) {
	    if ('type' in cst && cst.type === 'document')
	        cst = { start: cst.start, value: cst.value };
	    _visit(Object.freeze([]), cst, visitor);
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current item */
	visit.SKIP = SKIP;
	/** Remove the current item */
	visit.REMOVE = REMOVE;
	/** Find the item at `path` from `cst` as the root */
	visit.itemAtPath = (cst, path) => {
	    let item = cst;
	    for (const [field, index] of path) {
	        const tok = item?.[field];
	        if (tok && 'items' in tok) {
	            item = tok.items[index];
	        }
	        else
	            return undefined;
	    }
	    return item;
	};
	/**
	 * Get the immediate parent collection of the item at `path` from `cst` as the root.
	 *
	 * Throws an error if the collection is not found, which should never happen if the item itself exists.
	 */
	visit.parentCollection = (cst, path) => {
	    const parent = visit.itemAtPath(cst, path.slice(0, -1));
	    const field = path[path.length - 1][0];
	    const coll = parent?.[field];
	    if (coll && 'items' in coll)
	        return coll;
	    throw new Error('Parent collection not found');
	};
	function _visit(path, item, visitor) {
	    let ctrl = visitor(item, path);
	    if (typeof ctrl === 'symbol')
	        return ctrl;
	    for (const field of ['key', 'value']) {
	        const token = item[field];
	        if (token && 'items' in token) {
	            for (let i = 0; i < token.items.length; ++i) {
	                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    token.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	            if (typeof ctrl === 'function' && field === 'key')
	                ctrl = ctrl(item, path);
	        }
	    }
	    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
	}

	cstVisit.visit = visit;
	return cstVisit;
}

var hasRequiredCst;

function requireCst () {
	if (hasRequiredCst) return cst;
	hasRequiredCst = 1;

	var cstScalar = requireCstScalar();
	var cstStringify = requireCstStringify();
	var cstVisit = requireCstVisit();

	/** The byte order mark */
	const BOM = '\u{FEFF}';
	/** Start of doc-mode */
	const DOCUMENT = '\x02'; // C0: Start of Text
	/** Unexpected end of flow-mode */
	const FLOW_END = '\x18'; // C0: Cancel
	/** Next token is a scalar value */
	const SCALAR = '\x1f'; // C0: Unit Separator
	/** @returns `true` if `token` is a flow or block collection */
	const isCollection = (token) => !!token && 'items' in token;
	/** @returns `true` if `token` is a flow or block scalar; not an alias */
	const isScalar = (token) => !!token &&
	    (token.type === 'scalar' ||
	        token.type === 'single-quoted-scalar' ||
	        token.type === 'double-quoted-scalar' ||
	        token.type === 'block-scalar');
	/* istanbul ignore next */
	/** Get a printable representation of a lexer token */
	function prettyToken(token) {
	    switch (token) {
	        case BOM:
	            return '<BOM>';
	        case DOCUMENT:
	            return '<DOC>';
	        case FLOW_END:
	            return '<FLOW_END>';
	        case SCALAR:
	            return '<SCALAR>';
	        default:
	            return JSON.stringify(token);
	    }
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
	    switch (source) {
	        case BOM:
	            return 'byte-order-mark';
	        case DOCUMENT:
	            return 'doc-mode';
	        case FLOW_END:
	            return 'flow-error-end';
	        case SCALAR:
	            return 'scalar';
	        case '---':
	            return 'doc-start';
	        case '...':
	            return 'doc-end';
	        case '':
	        case '\n':
	        case '\r\n':
	            return 'newline';
	        case '-':
	            return 'seq-item-ind';
	        case '?':
	            return 'explicit-key-ind';
	        case ':':
	            return 'map-value-ind';
	        case '{':
	            return 'flow-map-start';
	        case '}':
	            return 'flow-map-end';
	        case '[':
	            return 'flow-seq-start';
	        case ']':
	            return 'flow-seq-end';
	        case ',':
	            return 'comma';
	    }
	    switch (source[0]) {
	        case ' ':
	        case '\t':
	            return 'space';
	        case '#':
	            return 'comment';
	        case '%':
	            return 'directive-line';
	        case '*':
	            return 'alias';
	        case '&':
	            return 'anchor';
	        case '!':
	            return 'tag';
	        case "'":
	            return 'single-quoted-scalar';
	        case '"':
	            return 'double-quoted-scalar';
	        case '|':
	        case '>':
	            return 'block-scalar-header';
	    }
	    return null;
	}

	cst.createScalarToken = cstScalar.createScalarToken;
	cst.resolveAsScalar = cstScalar.resolveAsScalar;
	cst.setScalarValue = cstScalar.setScalarValue;
	cst.stringify = cstStringify.stringify;
	cst.visit = cstVisit.visit;
	cst.BOM = BOM;
	cst.DOCUMENT = DOCUMENT;
	cst.FLOW_END = FLOW_END;
	cst.SCALAR = SCALAR;
	cst.isCollection = isCollection;
	cst.isScalar = isScalar;
	cst.prettyToken = prettyToken;
	cst.tokenType = tokenType;
	return cst;
}

var lexer = {};

var hasRequiredLexer;

function requireLexer () {
	if (hasRequiredLexer) return lexer;
	hasRequiredLexer = 1;

	var cst = requireCst();

	/*
	START -> stream

	stream
	  directive -> line-end -> stream
	  indent + line-end -> stream
	  [else] -> line-start

	line-end
	  comment -> line-end
	  newline -> .
	  input-end -> END

	line-start
	  doc-start -> doc
	  doc-end -> stream
	  [else] -> indent -> block-start

	block-start
	  seq-item-start -> block-start
	  explicit-key-start -> block-start
	  map-value-start -> block-start
	  [else] -> doc

	doc
	  line-end -> line-start
	  spaces -> doc
	  anchor -> doc
	  tag -> doc
	  flow-start -> flow -> doc
	  flow-end -> error -> doc
	  seq-item-start -> error -> doc
	  explicit-key-start -> error -> doc
	  map-value-start -> doc
	  alias -> doc
	  quote-start -> quoted-scalar -> doc
	  block-scalar-header -> line-end -> block-scalar(min) -> line-start
	  [else] -> plain-scalar(false, min) -> doc

	flow
	  line-end -> flow
	  spaces -> flow
	  anchor -> flow
	  tag -> flow
	  flow-start -> flow -> flow
	  flow-end -> .
	  seq-item-start -> error -> flow
	  explicit-key-start -> flow
	  map-value-start -> flow
	  alias -> flow
	  quote-start -> quoted-scalar -> flow
	  comma -> flow
	  [else] -> plain-scalar(true, 0) -> flow

	quoted-scalar
	  quote-end -> .
	  [else] -> quoted-scalar

	block-scalar(min)
	  newline + peek(indent < min) -> .
	  [else] -> block-scalar(min)

	plain-scalar(is-flow, min)
	  scalar-end(is-flow) -> .
	  peek(newline + (indent < min)) -> .
	  [else] -> plain-scalar(min)
	*/
	function isEmpty(ch) {
	    switch (ch) {
	        case undefined:
	        case ' ':
	        case '\n':
	        case '\r':
	        case '\t':
	            return true;
	        default:
	            return false;
	    }
	}
	const hexDigits = new Set('0123456789ABCDEFabcdef');
	const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = new Set(',[]{}');
	const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
	const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
	/**
	 * Splits an input string into lexical tokens, i.e. smaller strings that are
	 * easily identifiable by `tokens.tokenType()`.
	 *
	 * Lexing starts always in a "stream" context. Incomplete input may be buffered
	 * until a complete token can be emitted.
	 *
	 * In addition to slices of the original input, the following control characters
	 * may also be emitted:
	 *
	 * - `\x02` (Start of Text): A document starts with the next token
	 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
	 * - `\x1f` (Unit Separator): Next token is a scalar value
	 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
	 */
	class Lexer {
	    constructor() {
	        /**
	         * Flag indicating whether the end of the current buffer marks the end of
	         * all input
	         */
	        this.atEnd = false;
	        /**
	         * Explicit indent set in block scalar header, as an offset from the current
	         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
	         * explicitly set.
	         */
	        this.blockScalarIndent = -1;
	        /**
	         * Block scalars that include a + (keep) chomping indicator in their header
	         * include trailing empty lines, which are otherwise excluded from the
	         * scalar's contents.
	         */
	        this.blockScalarKeep = false;
	        /** Current input */
	        this.buffer = '';
	        /**
	         * Flag noting whether the map value indicator : can immediately follow this
	         * node within a flow context.
	         */
	        this.flowKey = false;
	        /** Count of surrounding flow collection levels. */
	        this.flowLevel = 0;
	        /**
	         * Minimum level of indentation required for next lines to be parsed as a
	         * part of the current scalar value.
	         */
	        this.indentNext = 0;
	        /** Indentation level of the current line. */
	        this.indentValue = 0;
	        /** Position of the next \n character. */
	        this.lineEndPos = null;
	        /** Stores the state of the lexer if reaching the end of incpomplete input */
	        this.next = null;
	        /** A pointer to `buffer`; the current position of the lexer. */
	        this.pos = 0;
	    }
	    /**
	     * Generate YAML tokens from the `source` string. If `incomplete`,
	     * a part of the last line may be left as a buffer for the next call.
	     *
	     * @returns A generator of lexical tokens
	     */
	    *lex(source, incomplete = false) {
	        if (source) {
	            if (typeof source !== 'string')
	                throw TypeError('source is not a string');
	            this.buffer = this.buffer ? this.buffer + source : source;
	            this.lineEndPos = null;
	        }
	        this.atEnd = !incomplete;
	        let next = this.next ?? 'stream';
	        while (next && (incomplete || this.hasChars(1)))
	            next = yield* this.parseNext(next);
	    }
	    atLineEnd() {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (ch === ' ' || ch === '\t')
	            ch = this.buffer[++i];
	        if (!ch || ch === '#' || ch === '\n')
	            return true;
	        if (ch === '\r')
	            return this.buffer[i + 1] === '\n';
	        return false;
	    }
	    charAt(n) {
	        return this.buffer[this.pos + n];
	    }
	    continueScalar(offset) {
	        let ch = this.buffer[offset];
	        if (this.indentNext > 0) {
	            let indent = 0;
	            while (ch === ' ')
	                ch = this.buffer[++indent + offset];
	            if (ch === '\r') {
	                const next = this.buffer[indent + offset + 1];
	                if (next === '\n' || (!next && !this.atEnd))
	                    return offset + indent + 1;
	            }
	            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
	                ? offset + indent
	                : -1;
	        }
	        if (ch === '-' || ch === '.') {
	            const dt = this.buffer.substr(offset, 3);
	            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
	                return -1;
	        }
	        return offset;
	    }
	    getLine() {
	        let end = this.lineEndPos;
	        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
	            end = this.buffer.indexOf('\n', this.pos);
	            this.lineEndPos = end;
	        }
	        if (end === -1)
	            return this.atEnd ? this.buffer.substring(this.pos) : null;
	        if (this.buffer[end - 1] === '\r')
	            end -= 1;
	        return this.buffer.substring(this.pos, end);
	    }
	    hasChars(n) {
	        return this.pos + n <= this.buffer.length;
	    }
	    setNext(state) {
	        this.buffer = this.buffer.substring(this.pos);
	        this.pos = 0;
	        this.lineEndPos = null;
	        this.next = state;
	        return null;
	    }
	    peek(n) {
	        return this.buffer.substr(this.pos, n);
	    }
	    *parseNext(next) {
	        switch (next) {
	            case 'stream':
	                return yield* this.parseStream();
	            case 'line-start':
	                return yield* this.parseLineStart();
	            case 'block-start':
	                return yield* this.parseBlockStart();
	            case 'doc':
	                return yield* this.parseDocument();
	            case 'flow':
	                return yield* this.parseFlowCollection();
	            case 'quoted-scalar':
	                return yield* this.parseQuotedScalar();
	            case 'block-scalar':
	                return yield* this.parseBlockScalar();
	            case 'plain-scalar':
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseStream() {
	        let line = this.getLine();
	        if (line === null)
	            return this.setNext('stream');
	        if (line[0] === cst.BOM) {
	            yield* this.pushCount(1);
	            line = line.substring(1);
	        }
	        if (line[0] === '%') {
	            let dirEnd = line.length;
	            let cs = line.indexOf('#');
	            while (cs !== -1) {
	                const ch = line[cs - 1];
	                if (ch === ' ' || ch === '\t') {
	                    dirEnd = cs - 1;
	                    break;
	                }
	                else {
	                    cs = line.indexOf('#', cs + 1);
	                }
	            }
	            while (true) {
	                const ch = line[dirEnd - 1];
	                if (ch === ' ' || ch === '\t')
	                    dirEnd -= 1;
	                else
	                    break;
	            }
	            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
	            yield* this.pushCount(line.length - n); // possible comment
	            this.pushNewline();
	            return 'stream';
	        }
	        if (this.atLineEnd()) {
	            const sp = yield* this.pushSpaces(true);
	            yield* this.pushCount(line.length - sp);
	            yield* this.pushNewline();
	            return 'stream';
	        }
	        yield cst.DOCUMENT;
	        return yield* this.parseLineStart();
	    }
	    *parseLineStart() {
	        const ch = this.charAt(0);
	        if (!ch && !this.atEnd)
	            return this.setNext('line-start');
	        if (ch === '-' || ch === '.') {
	            if (!this.atEnd && !this.hasChars(4))
	                return this.setNext('line-start');
	            const s = this.peek(3);
	            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
	                yield* this.pushCount(3);
	                this.indentValue = 0;
	                this.indentNext = 0;
	                return s === '---' ? 'doc' : 'stream';
	            }
	        }
	        this.indentValue = yield* this.pushSpaces(false);
	        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
	            this.indentNext = this.indentValue;
	        return yield* this.parseBlockStart();
	    }
	    *parseBlockStart() {
	        const [ch0, ch1] = this.peek(2);
	        if (!ch1 && !this.atEnd)
	            return this.setNext('block-start');
	        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
	            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
	            this.indentNext = this.indentValue + 1;
	            this.indentValue += n;
	            return 'block-start';
	        }
	        return 'doc';
	    }
	    *parseDocument() {
	        yield* this.pushSpaces(true);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('doc');
	        let n = yield* this.pushIndicators();
	        switch (line[n]) {
	            case '#':
	                yield* this.pushCount(line.length - n);
	            // fallthrough
	            case undefined:
	                yield* this.pushNewline();
	                return yield* this.parseLineStart();
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel = 1;
	                return 'flow';
	            case '}':
	            case ']':
	                // this is an error
	                yield* this.pushCount(1);
	                return 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'doc';
	            case '"':
	            case "'":
	                return yield* this.parseQuotedScalar();
	            case '|':
	            case '>':
	                n += yield* this.parseBlockScalarHeader();
	                n += yield* this.pushSpaces(true);
	                yield* this.pushCount(line.length - n);
	                yield* this.pushNewline();
	                return yield* this.parseBlockScalar();
	            default:
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseFlowCollection() {
	        let nl, sp;
	        let indent = -1;
	        do {
	            nl = yield* this.pushNewline();
	            if (nl > 0) {
	                sp = yield* this.pushSpaces(false);
	                this.indentValue = indent = sp;
	            }
	            else {
	                sp = 0;
	            }
	            sp += yield* this.pushSpaces(true);
	        } while (nl + sp > 0);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('flow');
	        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
	            (indent === 0 &&
	                (line.startsWith('---') || line.startsWith('...')) &&
	                isEmpty(line[3]))) {
	            // Allowing for the terminal ] or } at the same (rather than greater)
	            // indent level as the initial [ or { is technically invalid, but
	            // failing here would be surprising to users.
	            const atFlowEndMarker = indent === this.indentNext - 1 &&
	                this.flowLevel === 1 &&
	                (line[0] === ']' || line[0] === '}');
	            if (!atFlowEndMarker) {
	                // this is an error
	                this.flowLevel = 0;
	                yield cst.FLOW_END;
	                return yield* this.parseLineStart();
	            }
	        }
	        let n = 0;
	        while (line[n] === ',') {
	            n += yield* this.pushCount(1);
	            n += yield* this.pushSpaces(true);
	            this.flowKey = false;
	        }
	        n += yield* this.pushIndicators();
	        switch (line[n]) {
	            case undefined:
	                return 'flow';
	            case '#':
	                yield* this.pushCount(line.length - n);
	                return 'flow';
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel += 1;
	                return 'flow';
	            case '}':
	            case ']':
	                yield* this.pushCount(1);
	                this.flowKey = true;
	                this.flowLevel -= 1;
	                return this.flowLevel ? 'flow' : 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'flow';
	            case '"':
	            case "'":
	                this.flowKey = true;
	                return yield* this.parseQuotedScalar();
	            case ':': {
	                const next = this.charAt(1);
	                if (this.flowKey || isEmpty(next) || next === ',') {
	                    this.flowKey = false;
	                    yield* this.pushCount(1);
	                    yield* this.pushSpaces(true);
	                    return 'flow';
	                }
	            }
	            // fallthrough
	            default:
	                this.flowKey = false;
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseQuotedScalar() {
	        const quote = this.charAt(0);
	        let end = this.buffer.indexOf(quote, this.pos + 1);
	        if (quote === "'") {
	            while (end !== -1 && this.buffer[end + 1] === "'")
	                end = this.buffer.indexOf("'", end + 2);
	        }
	        else {
	            // double-quote
	            while (end !== -1) {
	                let n = 0;
	                while (this.buffer[end - 1 - n] === '\\')
	                    n += 1;
	                if (n % 2 === 0)
	                    break;
	                end = this.buffer.indexOf('"', end + 1);
	            }
	        }
	        // Only looking for newlines within the quotes
	        const qb = this.buffer.substring(0, end);
	        let nl = qb.indexOf('\n', this.pos);
	        if (nl !== -1) {
	            while (nl !== -1) {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = qb.indexOf('\n', cs);
	            }
	            if (nl !== -1) {
	                // this is an error caused by an unexpected unindent
	                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
	            }
	        }
	        if (end === -1) {
	            if (!this.atEnd)
	                return this.setNext('quoted-scalar');
	            end = this.buffer.length;
	        }
	        yield* this.pushToIndex(end + 1, false);
	        return this.flowLevel ? 'flow' : 'doc';
	    }
	    *parseBlockScalarHeader() {
	        this.blockScalarIndent = -1;
	        this.blockScalarKeep = false;
	        let i = this.pos;
	        while (true) {
	            const ch = this.buffer[++i];
	            if (ch === '+')
	                this.blockScalarKeep = true;
	            else if (ch > '0' && ch <= '9')
	                this.blockScalarIndent = Number(ch) - 1;
	            else if (ch !== '-')
	                break;
	        }
	        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
	    }
	    *parseBlockScalar() {
	        let nl = this.pos - 1; // may be -1 if this.pos === 0
	        let indent = 0;
	        let ch;
	        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
	            switch (ch) {
	                case ' ':
	                    indent += 1;
	                    break;
	                case '\n':
	                    nl = i;
	                    indent = 0;
	                    break;
	                case '\r': {
	                    const next = this.buffer[i + 1];
	                    if (!next && !this.atEnd)
	                        return this.setNext('block-scalar');
	                    if (next === '\n')
	                        break;
	                } // fallthrough
	                default:
	                    break loop;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('block-scalar');
	        if (indent >= this.indentNext) {
	            if (this.blockScalarIndent === -1)
	                this.indentNext = indent;
	            else {
	                this.indentNext =
	                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
	            }
	            do {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = this.buffer.indexOf('\n', cs);
	            } while (nl !== -1);
	            if (nl === -1) {
	                if (!this.atEnd)
	                    return this.setNext('block-scalar');
	                nl = this.buffer.length;
	            }
	        }
	        // Trailing insufficiently indented tabs are invalid.
	        // To catch that during parsing, we include them in the block scalar value.
	        let i = nl + 1;
	        ch = this.buffer[i];
	        while (ch === ' ')
	            ch = this.buffer[++i];
	        if (ch === '\t') {
	            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
	                ch = this.buffer[++i];
	            nl = i - 1;
	        }
	        else if (!this.blockScalarKeep) {
	            do {
	                let i = nl - 1;
	                let ch = this.buffer[i];
	                if (ch === '\r')
	                    ch = this.buffer[--i];
	                const lastChar = i; // Drop the line if last char not more indented
	                while (ch === ' ')
	                    ch = this.buffer[--i];
	                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
	                    nl = i;
	                else
	                    break;
	            } while (true);
	        }
	        yield cst.SCALAR;
	        yield* this.pushToIndex(nl + 1, true);
	        return yield* this.parseLineStart();
	    }
	    *parsePlainScalar() {
	        const inFlow = this.flowLevel > 0;
	        let end = this.pos - 1;
	        let i = this.pos - 1;
	        let ch;
	        while ((ch = this.buffer[++i])) {
	            if (ch === ':') {
	                const next = this.buffer[i + 1];
	                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                end = i;
	            }
	            else if (isEmpty(ch)) {
	                let next = this.buffer[i + 1];
	                if (ch === '\r') {
	                    if (next === '\n') {
	                        i += 1;
	                        ch = '\n';
	                        next = this.buffer[i + 1];
	                    }
	                    else
	                        end = i;
	                }
	                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                if (ch === '\n') {
	                    const cs = this.continueScalar(i + 1);
	                    if (cs === -1)
	                        break;
	                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
	                }
	            }
	            else {
	                if (inFlow && flowIndicatorChars.has(ch))
	                    break;
	                end = i;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('plain-scalar');
	        yield cst.SCALAR;
	        yield* this.pushToIndex(end + 1, true);
	        return inFlow ? 'flow' : 'doc';
	    }
	    *pushCount(n) {
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos += n;
	            return n;
	        }
	        return 0;
	    }
	    *pushToIndex(i, allowEmpty) {
	        const s = this.buffer.slice(this.pos, i);
	        if (s) {
	            yield s;
	            this.pos += s.length;
	            return s.length;
	        }
	        else if (allowEmpty)
	            yield '';
	        return 0;
	    }
	    *pushIndicators() {
	        let n = 0;
	        loop: while (true) {
	            switch (this.charAt(0)) {
	                case '!':
	                    n += yield* this.pushTag();
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '&':
	                    n += yield* this.pushUntil(isNotAnchorChar);
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '-': // this is an error
	                case '?': // this is an error outside flow collections
	                case ':': {
	                    const inFlow = this.flowLevel > 0;
	                    const ch1 = this.charAt(1);
	                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
	                        if (!inFlow)
	                            this.indentNext = this.indentValue + 1;
	                        else if (this.flowKey)
	                            this.flowKey = false;
	                        n += yield* this.pushCount(1);
	                        n += yield* this.pushSpaces(true);
	                        continue loop;
	                    }
	                }
	            }
	            break loop;
	        }
	        return n;
	    }
	    *pushTag() {
	        if (this.charAt(1) === '<') {
	            let i = this.pos + 2;
	            let ch = this.buffer[i];
	            while (!isEmpty(ch) && ch !== '>')
	                ch = this.buffer[++i];
	            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
	        }
	        else {
	            let i = this.pos + 1;
	            let ch = this.buffer[i];
	            while (ch) {
	                if (tagChars.has(ch))
	                    ch = this.buffer[++i];
	                else if (ch === '%' &&
	                    hexDigits.has(this.buffer[i + 1]) &&
	                    hexDigits.has(this.buffer[i + 2])) {
	                    ch = this.buffer[(i += 3)];
	                }
	                else
	                    break;
	            }
	            return yield* this.pushToIndex(i, false);
	        }
	    }
	    *pushNewline() {
	        const ch = this.buffer[this.pos];
	        if (ch === '\n')
	            return yield* this.pushCount(1);
	        else if (ch === '\r' && this.charAt(1) === '\n')
	            return yield* this.pushCount(2);
	        else
	            return 0;
	    }
	    *pushSpaces(allowTabs) {
	        let i = this.pos - 1;
	        let ch;
	        do {
	            ch = this.buffer[++i];
	        } while (ch === ' ' || (allowTabs && ch === '\t'));
	        const n = i - this.pos;
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos = i;
	        }
	        return n;
	    }
	    *pushUntil(test) {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (!test(ch))
	            ch = this.buffer[++i];
	        return yield* this.pushToIndex(i, false);
	    }
	}

	lexer.Lexer = Lexer;
	return lexer;
}

var lineCounter = {};

var hasRequiredLineCounter;

function requireLineCounter () {
	if (hasRequiredLineCounter) return lineCounter;
	hasRequiredLineCounter = 1;

	/**
	 * Tracks newlines during parsing in order to provide an efficient API for
	 * determining the one-indexed `{ line, col }` position for any offset
	 * within the input.
	 */
	class LineCounter {
	    constructor() {
	        this.lineStarts = [];
	        /**
	         * Should be called in ascending order. Otherwise, call
	         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
	         */
	        this.addNewLine = (offset) => this.lineStarts.push(offset);
	        /**
	         * Performs a binary search and returns the 1-indexed { line, col }
	         * position of `offset`. If `line === 0`, `addNewLine` has never been
	         * called or `offset` is before the first known newline.
	         */
	        this.linePos = (offset) => {
	            let low = 0;
	            let high = this.lineStarts.length;
	            while (low < high) {
	                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
	                if (this.lineStarts[mid] < offset)
	                    low = mid + 1;
	                else
	                    high = mid;
	            }
	            if (this.lineStarts[low] === offset)
	                return { line: low + 1, col: 1 };
	            if (low === 0)
	                return { line: 0, col: offset };
	            const start = this.lineStarts[low - 1];
	            return { line: low, col: offset - start + 1 };
	        };
	    }
	}

	lineCounter.LineCounter = LineCounter;
	return lineCounter;
}

var parser = {};

var hasRequiredParser;

function requireParser () {
	if (hasRequiredParser) return parser;
	hasRequiredParser = 1;

	var node_process = require$$0;
	var cst = requireCst();
	var lexer = requireLexer();

	function includesToken(list, type) {
	    for (let i = 0; i < list.length; ++i)
	        if (list[i].type === type)
	            return true;
	    return false;
	}
	function findNonEmptyIndex(list) {
	    for (let i = 0; i < list.length; ++i) {
	        switch (list[i].type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                break;
	            default:
	                return i;
	        }
	    }
	    return -1;
	}
	function isFlowToken(token) {
	    switch (token?.type) {
	        case 'alias':
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'flow-collection':
	            return true;
	        default:
	            return false;
	    }
	}
	function getPrevProps(parent) {
	    switch (parent.type) {
	        case 'document':
	            return parent.start;
	        case 'block-map': {
	            const it = parent.items[parent.items.length - 1];
	            return it.sep ?? it.start;
	        }
	        case 'block-seq':
	            return parent.items[parent.items.length - 1].start;
	        /* istanbul ignore next should not happen */
	        default:
	            return [];
	    }
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
	    if (prev.length === 0)
	        return [];
	    let i = prev.length;
	    loop: while (--i >= 0) {
	        switch (prev[i].type) {
	            case 'doc-start':
	            case 'explicit-key-ind':
	            case 'map-value-ind':
	            case 'seq-item-ind':
	            case 'newline':
	                break loop;
	        }
	    }
	    while (prev[++i]?.type === 'space') {
	        /* loop */
	    }
	    return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
	    // May exhaust call stack with large `source` array
	    if (source.length < 1e5)
	        Array.prototype.push.apply(target, source);
	    else
	        for (let i = 0; i < source.length; ++i)
	            target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
	    if (fc.start.type === 'flow-seq-start') {
	        for (const it of fc.items) {
	            if (it.sep &&
	                !it.value &&
	                !includesToken(it.start, 'explicit-key-ind') &&
	                !includesToken(it.sep, 'map-value-ind')) {
	                if (it.key)
	                    it.value = it.key;
	                delete it.key;
	                if (isFlowToken(it.value)) {
	                    if (it.value.end)
	                        arrayPushArray(it.value.end, it.sep);
	                    else
	                        it.value.end = it.sep;
	                }
	                else
	                    arrayPushArray(it.start, it.sep);
	                delete it.sep;
	            }
	        }
	    }
	}
	/**
	 * A YAML concrete syntax tree (CST) parser
	 *
	 * ```ts
	 * const src: string = ...
	 * for (const token of new Parser().parse(src)) {
	 *   // token: Token
	 * }
	 * ```
	 *
	 * To use the parser with a user-provided lexer:
	 *
	 * ```ts
	 * function* parse(source: string, lexer: Lexer) {
	 *   const parser = new Parser()
	 *   for (const lexeme of lexer.lex(source))
	 *     yield* parser.next(lexeme)
	 *   yield* parser.end()
	 * }
	 *
	 * const src: string = ...
	 * const lexer = new Lexer()
	 * for (const token of parse(src, lexer)) {
	 *   // token: Token
	 * }
	 * ```
	 */
	class Parser {
	    /**
	     * @param onNewLine - If defined, called separately with the start position of
	     *   each new line (in `parse()`, including the start of input).
	     */
	    constructor(onNewLine) {
	        /** If true, space and sequence indicators count as indentation */
	        this.atNewLine = true;
	        /** If true, next token is a scalar value */
	        this.atScalar = false;
	        /** Current indentation level */
	        this.indent = 0;
	        /** Current offset since the start of parsing */
	        this.offset = 0;
	        /** On the same line with a block map key */
	        this.onKeyLine = false;
	        /** Top indicates the node that's currently being built */
	        this.stack = [];
	        /** The source of the current token, set in parse() */
	        this.source = '';
	        /** The type of the current token, set in parse() */
	        this.type = '';
	        // Must be defined after `next()`
	        this.lexer = new lexer.Lexer();
	        this.onNewLine = onNewLine;
	    }
	    /**
	     * Parse `source` as a YAML stream.
	     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
	     *
	     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
	     *
	     * @returns A generator of tokens representing each directive, document, and other structure.
	     */
	    *parse(source, incomplete = false) {
	        if (this.onNewLine && this.offset === 0)
	            this.onNewLine(0);
	        for (const lexeme of this.lexer.lex(source, incomplete))
	            yield* this.next(lexeme);
	        if (!incomplete)
	            yield* this.end();
	    }
	    /**
	     * Advance the parser by the `source` of one lexical token.
	     */
	    *next(source) {
	        this.source = source;
	        if (node_process.env.LOG_TOKENS)
	            console.log('|', cst.prettyToken(source));
	        if (this.atScalar) {
	            this.atScalar = false;
	            yield* this.step();
	            this.offset += source.length;
	            return;
	        }
	        const type = cst.tokenType(source);
	        if (!type) {
	            const message = `Not a YAML token: ${source}`;
	            yield* this.pop({ type: 'error', offset: this.offset, message, source });
	            this.offset += source.length;
	        }
	        else if (type === 'scalar') {
	            this.atNewLine = false;
	            this.atScalar = true;
	            this.type = 'scalar';
	        }
	        else {
	            this.type = type;
	            yield* this.step();
	            switch (type) {
	                case 'newline':
	                    this.atNewLine = true;
	                    this.indent = 0;
	                    if (this.onNewLine)
	                        this.onNewLine(this.offset + source.length);
	                    break;
	                case 'space':
	                    if (this.atNewLine && source[0] === ' ')
	                        this.indent += source.length;
	                    break;
	                case 'explicit-key-ind':
	                case 'map-value-ind':
	                case 'seq-item-ind':
	                    if (this.atNewLine)
	                        this.indent += source.length;
	                    break;
	                case 'doc-mode':
	                case 'flow-error-end':
	                    return;
	                default:
	                    this.atNewLine = false;
	            }
	            this.offset += source.length;
	        }
	    }
	    /** Call at end of input to push out any remaining constructions */
	    *end() {
	        while (this.stack.length > 0)
	            yield* this.pop();
	    }
	    get sourceToken() {
	        const st = {
	            type: this.type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	        return st;
	    }
	    *step() {
	        const top = this.peek(1);
	        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
	            while (this.stack.length > 0)
	                yield* this.pop();
	            this.stack.push({
	                type: 'doc-end',
	                offset: this.offset,
	                source: this.source
	            });
	            return;
	        }
	        if (!top)
	            return yield* this.stream();
	        switch (top.type) {
	            case 'document':
	                return yield* this.document(top);
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return yield* this.scalar(top);
	            case 'block-scalar':
	                return yield* this.blockScalar(top);
	            case 'block-map':
	                return yield* this.blockMap(top);
	            case 'block-seq':
	                return yield* this.blockSequence(top);
	            case 'flow-collection':
	                return yield* this.flowCollection(top);
	            case 'doc-end':
	                return yield* this.documentEnd(top);
	        }
	        /* istanbul ignore next should not happen */
	        yield* this.pop();
	    }
	    peek(n) {
	        return this.stack[this.stack.length - n];
	    }
	    *pop(error) {
	        const token = error ?? this.stack.pop();
	        /* istanbul ignore if should not happen */
	        if (!token) {
	            const message = 'Tried to pop an empty stack';
	            yield { type: 'error', offset: this.offset, source: '', message };
	        }
	        else if (this.stack.length === 0) {
	            yield token;
	        }
	        else {
	            const top = this.peek(1);
	            if (token.type === 'block-scalar') {
	                // Block scalars use their parent rather than header indent
	                token.indent = 'indent' in top ? top.indent : 0;
	            }
	            else if (token.type === 'flow-collection' && top.type === 'document') {
	                // Ignore all indent for top-level flow collections
	                token.indent = 0;
	            }
	            if (token.type === 'flow-collection')
	                fixFlowSeqItems(token);
	            switch (top.type) {
	                case 'document':
	                    top.value = token;
	                    break;
	                case 'block-scalar':
	                    top.props.push(token); // error
	                    break;
	                case 'block-map': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value) {
	                        top.items.push({ start: [], key: token, sep: [] });
	                        this.onKeyLine = true;
	                        return;
	                    }
	                    else if (it.sep) {
	                        it.value = token;
	                    }
	                    else {
	                        Object.assign(it, { key: token, sep: [] });
	                        this.onKeyLine = !it.explicitKey;
	                        return;
	                    }
	                    break;
	                }
	                case 'block-seq': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value)
	                        top.items.push({ start: [], value: token });
	                    else
	                        it.value = token;
	                    break;
	                }
	                case 'flow-collection': {
	                    const it = top.items[top.items.length - 1];
	                    if (!it || it.value)
	                        top.items.push({ start: [], key: token, sep: [] });
	                    else if (it.sep)
	                        it.value = token;
	                    else
	                        Object.assign(it, { key: token, sep: [] });
	                    return;
	                }
	                /* istanbul ignore next should not happen */
	                default:
	                    yield* this.pop();
	                    yield* this.pop(token);
	            }
	            if ((top.type === 'document' ||
	                top.type === 'block-map' ||
	                top.type === 'block-seq') &&
	                (token.type === 'block-map' || token.type === 'block-seq')) {
	                const last = token.items[token.items.length - 1];
	                if (last &&
	                    !last.sep &&
	                    !last.value &&
	                    last.start.length > 0 &&
	                    findNonEmptyIndex(last.start) === -1 &&
	                    (token.indent === 0 ||
	                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
	                    if (top.type === 'document')
	                        top.end = last.start;
	                    else
	                        top.items.push({ start: last.start });
	                    token.items.splice(-1, 1);
	                }
	            }
	        }
	    }
	    *stream() {
	        switch (this.type) {
	            case 'directive-line':
	                yield { type: 'directive', offset: this.offset, source: this.source };
	                return;
	            case 'byte-order-mark':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                yield this.sourceToken;
	                return;
	            case 'doc-mode':
	            case 'doc-start': {
	                const doc = {
	                    type: 'document',
	                    offset: this.offset,
	                    start: []
	                };
	                if (this.type === 'doc-start')
	                    doc.start.push(this.sourceToken);
	                this.stack.push(doc);
	                return;
	            }
	        }
	        yield {
	            type: 'error',
	            offset: this.offset,
	            message: `Unexpected ${this.type} token in YAML stream`,
	            source: this.source
	        };
	    }
	    *document(doc) {
	        if (doc.value)
	            return yield* this.lineEnd(doc);
	        switch (this.type) {
	            case 'doc-start': {
	                if (findNonEmptyIndex(doc.start) !== -1) {
	                    yield* this.pop();
	                    yield* this.step();
	                }
	                else
	                    doc.start.push(this.sourceToken);
	                return;
	            }
	            case 'anchor':
	            case 'tag':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                doc.start.push(this.sourceToken);
	                return;
	        }
	        const bv = this.startBlockValue(doc);
	        if (bv)
	            this.stack.push(bv);
	        else {
	            yield {
	                type: 'error',
	                offset: this.offset,
	                message: `Unexpected ${this.type} token in YAML document`,
	                source: this.source
	            };
	        }
	    }
	    *scalar(scalar) {
	        if (this.type === 'map-value-ind') {
	            const prev = getPrevProps(this.peek(2));
	            const start = getFirstKeyStartProps(prev);
	            let sep;
	            if (scalar.end) {
	                sep = scalar.end;
	                sep.push(this.sourceToken);
	                delete scalar.end;
	            }
	            else
	                sep = [this.sourceToken];
	            const map = {
	                type: 'block-map',
	                offset: scalar.offset,
	                indent: scalar.indent,
	                items: [{ start, key: scalar, sep }]
	            };
	            this.onKeyLine = true;
	            this.stack[this.stack.length - 1] = map;
	        }
	        else
	            yield* this.lineEnd(scalar);
	    }
	    *blockScalar(scalar) {
	        switch (this.type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                scalar.props.push(this.sourceToken);
	                return;
	            case 'scalar':
	                scalar.source = this.source;
	                // block-scalar source includes trailing newline
	                this.atNewLine = true;
	                this.indent = 0;
	                if (this.onNewLine) {
	                    let nl = this.source.indexOf('\n') + 1;
	                    while (nl !== 0) {
	                        this.onNewLine(this.offset + nl);
	                        nl = this.source.indexOf('\n', nl) + 1;
	                    }
	                }
	                yield* this.pop();
	                break;
	            /* istanbul ignore next should not happen */
	            default:
	                yield* this.pop();
	                yield* this.step();
	        }
	    }
	    *blockMap(map) {
	        const it = map.items[map.items.length - 1];
	        // it.sep is true-ish if pair already has key or : separator
	        switch (this.type) {
	            case 'newline':
	                this.onKeyLine = false;
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value) {
	                    map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    if (this.atIndentedComment(it.start, map.indent)) {
	                        const prev = map.items[map.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            map.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	        }
	        if (this.indent >= map.indent) {
	            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
	            const atNextItem = atMapIndent &&
	                (it.sep || it.explicitKey) &&
	                this.type !== 'seq-item-ind';
	            // For empty nodes, assign newline-separated not indented empty tokens to following node
	            let start = [];
	            if (atNextItem && it.sep && !it.value) {
	                const nl = [];
	                for (let i = 0; i < it.sep.length; ++i) {
	                    const st = it.sep[i];
	                    switch (st.type) {
	                        case 'newline':
	                            nl.push(i);
	                            break;
	                        case 'space':
	                            break;
	                        case 'comment':
	                            if (st.indent > map.indent)
	                                nl.length = 0;
	                            break;
	                        default:
	                            nl.length = 0;
	                    }
	                }
	                if (nl.length >= 2)
	                    start = it.sep.splice(nl[1]);
	            }
	            switch (this.type) {
	                case 'anchor':
	                case 'tag':
	                    if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        it.sep.push(this.sourceToken);
	                    }
	                    else {
	                        it.start.push(this.sourceToken);
	                    }
	                    return;
	                case 'explicit-key-ind':
	                    if (!it.sep && !it.explicitKey) {
	                        it.start.push(this.sourceToken);
	                        it.explicitKey = true;
	                    }
	                    else if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start, explicitKey: true });
	                    }
	                    else {
	                        this.stack.push({
	                            type: 'block-map',
	                            offset: this.offset,
	                            indent: this.indent,
	                            items: [{ start: [this.sourceToken], explicitKey: true }]
	                        });
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'map-value-ind':
	                    if (it.explicitKey) {
	                        if (!it.sep) {
	                            if (includesToken(it.start, 'newline')) {
	                                Object.assign(it, { key: null, sep: [this.sourceToken] });
	                            }
	                            else {
	                                const start = getFirstKeyStartProps(it.start);
	                                this.stack.push({
	                                    type: 'block-map',
	                                    offset: this.offset,
	                                    indent: this.indent,
	                                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                                });
	                            }
	                        }
	                        else if (it.value) {
	                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else if (isFlowToken(it.key) &&
	                            !includesToken(it.sep, 'newline')) {
	                            const start = getFirstKeyStartProps(it.start);
	                            const key = it.key;
	                            const sep = it.sep;
	                            sep.push(this.sourceToken);
	                            // @ts-expect-error type guard is wrong here
	                            delete it.key;
	                            // @ts-expect-error type guard is wrong here
	                            delete it.sep;
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key, sep }]
	                            });
	                        }
	                        else if (start.length > 0) {
	                            // Not actually at next item
	                            it.sep = it.sep.concat(start, this.sourceToken);
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    else {
	                        if (!it.sep) {
	                            Object.assign(it, { key: null, sep: [this.sourceToken] });
	                        }
	                        else if (it.value || atNextItem) {
	                            map.items.push({ start, key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (atNextItem || it.value) {
	                        map.items.push({ start, key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        this.stack.push(fs);
	                    }
	                    else {
	                        Object.assign(it, { key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    return;
	                }
	                default: {
	                    const bv = this.startBlockValue(map);
	                    if (bv) {
	                        if (bv.type === 'block-seq') {
	                            if (!it.explicitKey &&
	                                it.sep &&
	                                !includesToken(it.sep, 'newline')) {
	                                yield* this.pop({
	                                    type: 'error',
	                                    offset: this.offset,
	                                    message: 'Unexpected block-seq-ind on same line with key',
	                                    source: this.source
	                                });
	                                return;
	                            }
	                        }
	                        else if (atMapIndent) {
	                            map.items.push({ start });
	                        }
	                        this.stack.push(bv);
	                        return;
	                    }
	                }
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *blockSequence(seq) {
	        const it = seq.items[seq.items.length - 1];
	        switch (this.type) {
	            case 'newline':
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        seq.items.push({ start: [this.sourceToken] });
	                }
	                else
	                    it.start.push(this.sourceToken);
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value)
	                    seq.items.push({ start: [this.sourceToken] });
	                else {
	                    if (this.atIndentedComment(it.start, seq.indent)) {
	                        const prev = seq.items[seq.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            seq.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'anchor':
	            case 'tag':
	                if (it.value || this.indent <= seq.indent)
	                    break;
	                it.start.push(this.sourceToken);
	                return;
	            case 'seq-item-ind':
	                if (this.indent !== seq.indent)
	                    break;
	                if (it.value || includesToken(it.start, 'seq-item-ind'))
	                    seq.items.push({ start: [this.sourceToken] });
	                else
	                    it.start.push(this.sourceToken);
	                return;
	        }
	        if (this.indent > seq.indent) {
	            const bv = this.startBlockValue(seq);
	            if (bv) {
	                this.stack.push(bv);
	                return;
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *flowCollection(fc) {
	        const it = fc.items[fc.items.length - 1];
	        if (this.type === 'flow-error-end') {
	            let top;
	            do {
	                yield* this.pop();
	                top = this.peek(1);
	            } while (top?.type === 'flow-collection');
	        }
	        else if (fc.end.length === 0) {
	            switch (this.type) {
	                case 'comma':
	                case 'explicit-key-ind':
	                    if (!it || it.sep)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'map-value-ind':
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        Object.assign(it, { key: null, sep: [this.sourceToken] });
	                    return;
	                case 'space':
	                case 'comment':
	                case 'newline':
	                case 'anchor':
	                case 'tag':
	                    if (!it || it.value)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: fs, sep: [] });
	                    else if (it.sep)
	                        this.stack.push(fs);
	                    else
	                        Object.assign(it, { key: fs, sep: [] });
	                    return;
	                }
	                case 'flow-map-end':
	                case 'flow-seq-end':
	                    fc.end.push(this.sourceToken);
	                    return;
	            }
	            const bv = this.startBlockValue(fc);
	            /* istanbul ignore else should not happen */
	            if (bv)
	                this.stack.push(bv);
	            else {
	                yield* this.pop();
	                yield* this.step();
	            }
	        }
	        else {
	            const parent = this.peek(2);
	            if (parent.type === 'block-map' &&
	                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
	                    (this.type === 'newline' &&
	                        !parent.items[parent.items.length - 1].sep))) {
	                yield* this.pop();
	                yield* this.step();
	            }
	            else if (this.type === 'map-value-ind' &&
	                parent.type !== 'flow-collection') {
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                fixFlowSeqItems(fc);
	                const sep = fc.end.splice(1, fc.end.length);
	                sep.push(this.sourceToken);
	                const map = {
	                    type: 'block-map',
	                    offset: fc.offset,
	                    indent: fc.indent,
	                    items: [{ start, key: fc, sep }]
	                };
	                this.onKeyLine = true;
	                this.stack[this.stack.length - 1] = map;
	            }
	            else {
	                yield* this.lineEnd(fc);
	            }
	        }
	    }
	    flowScalar(type) {
	        if (this.onNewLine) {
	            let nl = this.source.indexOf('\n') + 1;
	            while (nl !== 0) {
	                this.onNewLine(this.offset + nl);
	                nl = this.source.indexOf('\n', nl) + 1;
	            }
	        }
	        return {
	            type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	    }
	    startBlockValue(parent) {
	        switch (this.type) {
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return this.flowScalar(this.type);
	            case 'block-scalar-header':
	                return {
	                    type: 'block-scalar',
	                    offset: this.offset,
	                    indent: this.indent,
	                    props: [this.sourceToken],
	                    source: ''
	                };
	            case 'flow-map-start':
	            case 'flow-seq-start':
	                return {
	                    type: 'flow-collection',
	                    offset: this.offset,
	                    indent: this.indent,
	                    start: this.sourceToken,
	                    items: [],
	                    end: []
	                };
	            case 'seq-item-ind':
	                return {
	                    type: 'block-seq',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start: [this.sourceToken] }]
	                };
	            case 'explicit-key-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                start.push(this.sourceToken);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, explicitKey: true }]
	                };
	            }
	            case 'map-value-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                };
	            }
	        }
	        return null;
	    }
	    atIndentedComment(start, indent) {
	        if (this.type !== 'comment')
	            return false;
	        if (this.indent <= indent)
	            return false;
	        return start.every(st => st.type === 'newline' || st.type === 'space');
	    }
	    *documentEnd(docEnd) {
	        if (this.type !== 'doc-mode') {
	            if (docEnd.end)
	                docEnd.end.push(this.sourceToken);
	            else
	                docEnd.end = [this.sourceToken];
	            if (this.type === 'newline')
	                yield* this.pop();
	        }
	    }
	    *lineEnd(token) {
	        switch (this.type) {
	            case 'comma':
	            case 'doc-start':
	            case 'doc-end':
	            case 'flow-seq-end':
	            case 'flow-map-end':
	            case 'map-value-ind':
	                yield* this.pop();
	                yield* this.step();
	                break;
	            case 'newline':
	                this.onKeyLine = false;
	            // fallthrough
	            case 'space':
	            case 'comment':
	            default:
	                // all other values are errors
	                if (token.end)
	                    token.end.push(this.sourceToken);
	                else
	                    token.end = [this.sourceToken];
	                if (this.type === 'newline')
	                    yield* this.pop();
	        }
	    }
	}

	parser.Parser = Parser;
	return parser;
}

var publicApi = {};

var hasRequiredPublicApi;

function requirePublicApi () {
	if (hasRequiredPublicApi) return publicApi;
	hasRequiredPublicApi = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var errors = requireErrors();
	var log = requireLog();
	var identity = requireIdentity();
	var lineCounter = requireLineCounter();
	var parser = requireParser();

	function parseOptions(options) {
	    const prettyErrors = options.prettyErrors !== false;
	    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
	    return { lineCounter: lineCounter$1, prettyErrors };
	}
	/**
	 * Parse the input as a stream of YAML documents.
	 *
	 * Documents should be separated from each other by `...` or `---` marker lines.
	 *
	 * @returns If an empty `docs` array is returned, it will be of type
	 *   EmptyStream and contain additional stream information. In
	 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
	 */
	function parseAllDocuments(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
	    if (prettyErrors && lineCounter)
	        for (const doc of docs) {
	            doc.errors.forEach(errors.prettifyError(source, lineCounter));
	            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	        }
	    if (docs.length > 0)
	        return docs;
	    return Object.assign([], { empty: true }, composer$1.streamInfo());
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    // `doc` is always set by compose.end(true) at the very latest
	    let doc = null;
	    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
	        if (!doc)
	            doc = _doc;
	        else if (doc.options.logLevel !== 'silent') {
	            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
	            break;
	        }
	    }
	    if (prettyErrors && lineCounter) {
	        doc.errors.forEach(errors.prettifyError(source, lineCounter));
	        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	    }
	    return doc;
	}
	function parse(src, reviver, options) {
	    let _reviver = undefined;
	    if (typeof reviver === 'function') {
	        _reviver = reviver;
	    }
	    else if (options === undefined && reviver && typeof reviver === 'object') {
	        options = reviver;
	    }
	    const doc = parseDocument(src, options);
	    if (!doc)
	        return null;
	    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
	    if (doc.errors.length > 0) {
	        if (doc.options.logLevel !== 'silent')
	            throw doc.errors[0];
	        else
	            doc.errors = [];
	    }
	    return doc.toJS(Object.assign({ reviver: _reviver }, options));
	}
	function stringify(value, replacer, options) {
	    let _replacer = null;
	    if (typeof replacer === 'function' || Array.isArray(replacer)) {
	        _replacer = replacer;
	    }
	    else if (options === undefined && replacer) {
	        options = replacer;
	    }
	    if (typeof options === 'string')
	        options = options.length;
	    if (typeof options === 'number') {
	        const indent = Math.round(options);
	        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
	    }
	    if (value === undefined) {
	        const { keepUndefined } = options ?? replacer ?? {};
	        if (!keepUndefined)
	            return undefined;
	    }
	    if (identity.isDocument(value) && !_replacer)
	        return value.toString(options);
	    return new Document.Document(value, _replacer, options).toString(options);
	}

	publicApi.parse = parse;
	publicApi.parseAllDocuments = parseAllDocuments;
	publicApi.parseDocument = parseDocument;
	publicApi.stringify = stringify;
	return publicApi;
}

var hasRequiredDist;

function requireDist () {
	if (hasRequiredDist) return dist;
	hasRequiredDist = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var Schema = requireSchema();
	var errors = requireErrors();
	var Alias = requireAlias();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var cst = requireCst();
	var lexer = requireLexer();
	var lineCounter = requireLineCounter();
	var parser = requireParser();
	var publicApi = requirePublicApi();
	var visit = requireVisit();



	dist.Composer = composer.Composer;
	dist.Document = Document.Document;
	dist.Schema = Schema.Schema;
	dist.YAMLError = errors.YAMLError;
	dist.YAMLParseError = errors.YAMLParseError;
	dist.YAMLWarning = errors.YAMLWarning;
	dist.Alias = Alias.Alias;
	dist.isAlias = identity.isAlias;
	dist.isCollection = identity.isCollection;
	dist.isDocument = identity.isDocument;
	dist.isMap = identity.isMap;
	dist.isNode = identity.isNode;
	dist.isPair = identity.isPair;
	dist.isScalar = identity.isScalar;
	dist.isSeq = identity.isSeq;
	dist.Pair = Pair.Pair;
	dist.Scalar = Scalar.Scalar;
	dist.YAMLMap = YAMLMap.YAMLMap;
	dist.YAMLSeq = YAMLSeq.YAMLSeq;
	dist.CST = cst;
	dist.Lexer = lexer.Lexer;
	dist.LineCounter = lineCounter.LineCounter;
	dist.Parser = parser.Parser;
	dist.parse = publicApi.parse;
	dist.parseAllDocuments = publicApi.parseAllDocuments;
	dist.parseDocument = publicApi.parseDocument;
	dist.stringify = publicApi.stringify;
	dist.visit = visit.visit;
	dist.visitAsync = visit.visitAsync;
	return dist;
}

var distExports = requireDist();

const DEFAULT_MAX_BYTES$1 = 1024 * 1024;
function formatSize(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${bytes} bytes`;
}
/** The 1-based line and column of a byte offset; the column counts characters, not bytes. */
function bytePosition(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    const prefix = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(lineStart, offset));
    return { line, column: [...prefix].length + 1 };
}
/** The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        let trailing;
        let minimum;
        if (lead >= 0xc2 && lead <= 0xdf)
            [trailing, minimum] = [1, 0x80];
        else if (lead >= 0xe0 && lead <= 0xef)
            [trailing, minimum] = [2, 0x800];
        else if (lead >= 0xf0 && lead <= 0xf4)
            [trailing, minimum] = [3, 0x10000];
        else
            return i;
        let codePoint = lead & (0xff >> (trailing + 2));
        for (let k = 1; k <= trailing; k++) {
            const next = bytes[i + k];
            if (next === undefined || (next & 0xc0) !== 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3f);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
        if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
            return i;
        i += trailing + 1;
    }
    return bytes.length;
}
function decodeYaml(input, file, kind, maxBytes = DEFAULT_MAX_BYTES$1) {
    const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
    if (size > maxBytes) {
        return {
            ok: false,
            line: 1,
            column: 1,
            message: `${file} is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit for a ${kind.what}; ${kind.whenTooLarge}.`
        };
    }
    if (typeof input === 'string') {
        const nul = input.indexOf('\u0000');
        if (nul >= 0) {
            const before = input.slice(0, nul).split('\n');
            return binary(file, kind, before.length, [...(before.at(-1) ?? '')].length + 1);
        }
        return { ok: true, text: input.replace(/^\uFEFF/, '') };
    }
    const nul = input.indexOf(0);
    if (nul >= 0) {
        const { line, column } = bytePosition(input, nul);
        return binary(file, kind, line, column);
    }
    let text;
    try {
        // ignoreBOM: false (the default) drops a leading UTF-8 BOM.
        text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    }
    catch {
        const { line, column } = bytePosition(input, firstInvalidUtf8(input));
        return {
            ok: false,
            line,
            column,
            message: `${file} is not valid UTF-8 at line ${line}, column ${column}; save the file with UTF-8 encoding.`
        };
    }
    return { ok: true, text };
}
function binary(file, kind, line, column) {
    return {
        ok: false,
        line,
        column,
        message: `${file} contains a NUL byte at line ${line}, column ${column}, so it looks binary; the ${kind.what} must be a YAML text file.`
    };
}

// Turns a path inside a governance file (the manifest, the policy) into a file/line/column by walking
// the parsed YAML document, so that a diagnostic or a finding points at the node it is about, or at its
// nearest existing ancestor.
// Each map's entries by key, built on first use: a map with many keys (a hostile file full of unknown
// keys, each needing a location) must not cost a scan per lookup.
const entriesByMap = new WeakMap();
function findPair(map, key) {
    if (!distExports.isMap(map))
        return undefined;
    let entries = entriesByMap.get(map);
    if (entries === undefined) {
        entries = new Map();
        for (const item of map.items) {
            if (!distExports.isPair(item) || !distExports.isScalar(item.key))
                continue;
            const name = String(item.key.value);
            if (!entries.has(name))
                entries.set(name, item);
        }
        entriesByMap.set(map, entries);
    }
    return entries.get(String(key));
}
function walk(doc, path) {
    let node = (doc.contents ?? undefined);
    let pair;
    let depth = 0;
    for (const segment of path) {
        if (node === undefined)
            break;
        if (distExports.isMap(node)) {
            const next = findPair(node, segment);
            if (next === undefined)
                break;
            pair = next;
            node = (next.value ?? undefined);
        }
        else if (distExports.isSeq(node) && typeof segment === 'number') {
            const next = node.items[segment];
            if (next === undefined)
                break;
            pair = undefined;
            node = next;
        }
        else {
            break;
        }
        depth++;
    }
    return { node, pair, depth };
}
class YamlLocator {
    doc;
    lineCounter;
    file;
    constructor(doc, lineCounter, file) {
        this.doc = doc;
        this.lineCounter = lineCounter;
        this.file = file;
    }
    /** A locator for a file that was never parsed (refused as bytes, or lost to a crash): line 1, column 1. */
    static unparsed(file) {
        return new YamlLocator(undefined, new distExports.LineCounter(), file);
    }
    /** The location of a source offset range. */
    at(start, end) {
        const from = this.lineCounter.linePos(start);
        const location = { file: this.file, line: from.line, column: from.col };
        if (end !== undefined && end > start) {
            const to = this.lineCounter.linePos(end);
            location.endLine = to.line;
            location.endColumn = to.col;
        }
        return location;
    }
    /**
     * The node at `path`, or its nearest existing ancestor. A map entry whose value is a block
     * collection or empty points at its key (`rollback:`), since its value starts on a later line.
     */
    locate = (path) => {
        if (this.doc === undefined)
            return { file: this.file, line: 1, column: 1 };
        let found = walk(this.doc, path);
        let location = this.position(found);
        // Walk back to the nearest ancestor that has a source position (an empty document has none).
        while (location === undefined && found.depth > 0) {
            found = walk(this.doc, path.slice(0, found.depth - 1));
            location = this.position(found);
        }
        return location ?? { file: this.file, line: 1, column: 1 };
    };
    position({ node, pair }) {
        const key = pair !== undefined && distExports.isScalar(pair.key) ? pair.key : undefined;
        const isEmpty = distExports.isScalar(node) && node.range?.[0] === node.range?.[1];
        const isBlock = (distExports.isMap(node) || distExports.isSeq(node)) && node.flow !== true;
        if (key?.range && (node === undefined || isEmpty || isBlock))
            return this.at(key.range[0], key.range[1]);
        if (node?.range)
            return this.at(node.range[0], distExports.isScalar(node) ? node.range[1] : undefined);
        return undefined;
    }
    /** The key of the map entry at `path` (for unknown or duplicate keys), else `locate(path)`. */
    locateKey = (path) => {
        if (this.doc === undefined || path.length === 0)
            return this.locate(path);
        const { pair, depth } = walk(this.doc, path);
        if (depth === path.length && pair !== undefined && distExports.isScalar(pair.key) && pair.key.range) {
            return this.at(pair.key.range[0], pair.key.range[1]);
        }
        return this.locate(path);
    };
}

// One pass over the parsed YAML for what the parser lets through but a governance file must not hold:
// nesting deep enough to exhaust the stack, tags, duplicate keys. It also collects the aliases, which
// are counted before anything expands them. Duplicate keys are checked here rather than by the
// parser's `uniqueKeys`, which compares each key with every earlier one: quadratic on a hostile file.
/** Ancestors (collections and pairs) a node may have; a real governance file needs about a dozen. */
const MAX_DEPTH$1 = 100;
function tooDeepMessage(file, kind) {
    return `${file} nests values too deeply; a ${kind.what} needs only a few levels.`;
}
/** The name a user wrote for a tag: `!!binary` for the YAML core tags, the tag itself otherwise. */
function tagName(tag) {
    return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
/** The offset where a node's tag is written: the token that starts with ! just before the node. */
function tagOffset(text, nodeStart) {
    const bang = text.lastIndexOf('!', nodeStart - 1);
    if (bang < 0)
        return nodeStart;
    let start = bang;
    while (start > 0 && !/[\s,[{]/.test(text[start - 1] ?? ' '))
        start--;
    return start;
}
/** A user's value cut to a length a message can quote. */
function clip(value) {
    return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
function scanDocument(doc, text, file, kind, at) {
    const problems = [];
    const aliases = [];
    distExports.visit(doc, {
        Node(_key, node, path) {
            const start = node.range?.[0] ?? 0;
            if (path.length > MAX_DEPTH$1) {
                problems.push(at(start, tooDeepMessage(file, kind)));
                return distExports.visit.BREAK;
            }
            if (distExports.isAlias(node)) {
                aliases.push(node);
            }
            else if (node.tag !== undefined) {
                problems.push(at(tagOffset(text, start), `YAML tags such as ${tagName(node.tag)} are not used in ${file}; remove the tag and write a plain value (quote it if needed).`));
            }
            if (distExports.isMap(node)) {
                const seen = new Set();
                for (const pair of node.items) {
                    if (!distExports.isScalar(pair.key) || !pair.key.range)
                        continue;
                    // Compared as text, as the keys of the resulting object are: `1` and "1" collide too.
                    const name = String(pair.key.value);
                    if (seen.has(name)) {
                        problems.push(at(pair.key.range[0], `The key "${clip(name)}" appears twice in the same mapping; keep one and remove the other.`, pair.key.range[1]));
                    }
                    seen.add(name);
                }
            }
            return undefined;
        }
    });
    return { problems, aliases };
}

// Parses a governance file's text as one YAML document and turns it into plain data, refusing what such
// a file has no use for and an attacker could abuse: several documents, tags, alias bombs. Every
// problem becomes one diagnostic at its line and column; nothing is thrown.
const DEFAULT_MAX_ALIASES = 20;
function yamlErrorMessage(code, message, text, offset, file, kind) {
    // The parser catches its own stack overflow on absurd nesting and reports it as an error.
    if (/call stack/i.test(message))
        return tooDeepMessage(file, kind);
    const where = message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').replace(/\.$/, '');
    switch (code) {
        case 'TAB_AS_INDENT':
            return 'YAML does not allow tabs for indentation; replace the tab with spaces.';
        case 'MULTIPLE_DOCS':
            return `${file} holds more than one YAML document; keep a single document and remove the --- separator.`;
        case 'BAD_SCALAR_START': {
            const first = text[offset] ?? '';
            if (first === '@')
                return 'A value that starts with @ must be quoted in YAML; write it as "@org/team" in quotes.';
            return `A plain YAML value cannot start with ${first}; put the value in quotes.`;
        }
        default:
            return `${file} is not valid YAML: ${where}; fix the syntax here.`;
    }
}
/** Bytes or text in, a plain value or diagnostics out: `decodeYaml`, then `loadYaml`. */
function loadYamlFile(input, file, kind, options = {}) {
    const decoded = decodeYaml(input, file, kind, options.maxBytes ?? DEFAULT_MAX_BYTES$1);
    if (!decoded.ok) {
        const location = { file, line: decoded.line, column: decoded.column };
        return {
            doc: undefined,
            locator: YamlLocator.unparsed(file),
            value: undefined,
            diagnostics: [{ message: decoded.message, location }]
        };
    }
    return loadYaml(decoded.text, file, kind, options.maxAliases ?? DEFAULT_MAX_ALIASES);
}
function loadYaml(text, file, kind, maxAliases = DEFAULT_MAX_ALIASES) {
    const lineCounter = new distExports.LineCounter();
    const doc = distExports.parseDocument(text, {
        lineCounter,
        // Pin YAML 1.2 core: a `%YAML 1.1` directive must not bring back timestamps, merge keys or yes/no booleans.
        version: '1.2',
        schema: 'core',
        merge: false,
        // Duplicate keys are found by scanDocument, in linear time.
        uniqueKeys: false,
        prettyErrors: false
    });
    const locator = new YamlLocator(doc, lineCounter, file);
    const fail = (diagnostics) => ({
        doc,
        locator,
        value: undefined,
        diagnostics
    });
    const at = (offset, message, end) => ({
        message,
        location: locator.at(offset, end)
    });
    // A syntax error is reported alone: what follows it is often noise.
    const [syntax] = doc.errors;
    if (syntax !== undefined) {
        const offset = syntax.pos[0];
        return fail([at(offset, yamlErrorMessage(syntax.code, syntax.message, text, offset, file, kind))]);
    }
    const contents = doc.contents;
    if (contents === null || (distExports.isScalar(contents) && contents.value === null && contents.tag === undefined)) {
        return fail([at(0, `${file} is empty; ${kind.whenEmpty}.`)]);
    }
    const { problems, aliases } = scanDocument(doc, text, file, kind, at);
    if (problems.length > 0)
        return fail(problems);
    const over = aliases[maxAliases];
    if (over?.range) {
        return fail([
            at(over.range[0], `${file} uses ${aliases.length} YAML aliases, more than the limit of ${maxAliases}; write the values out instead of repeating *aliases.`)
        ]);
    }
    for (const alias of aliases) {
        if (alias.range && alias.resolve(doc) === undefined) {
            return fail([
                at(alias.range[0], `The alias *${alias.source} has no anchor &${alias.source} before it; define the anchor first or write the value out.`)
            ]);
        }
    }
    if (!distExports.isMap(contents)) {
        const found = distExports.isScalar(contents) ? 'a single value' : 'a list';
        return fail([
            at(contents.range?.[0] ?? 0, `${file} must be a mapping at the top level (${kind.shape}), not ${found}.`)
        ]);
    }
    try {
        return { doc, locator, value: doc.toJS({ maxAliasCount: maxAliases }), diagnostics: [] };
    }
    catch {
        // Only alias expansion can throw here: everything else was checked above.
        return fail([
            at(0, `${file} expands its YAML aliases too far; write the values out instead of nesting *aliases.`)
        ]);
    }
}

/** Orders diagnostics as they stand in the file. */
function byPosition(a, b) {
    return a.location.line - b.location.line || a.location.column - b.location.column;
}

const peq = new Uint32Array(0x10000);
const myers_32 = (a, b) => {
    const n = a.length;
    const m = b.length;
    const lst = 1 << (n - 1);
    let pv = -1;
    let mv = 0;
    let sc = n;
    let i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        let eq = peq[b.charCodeAt(i)];
        const xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
const myers_x = (b, a) => {
    const n = a.length;
    const m = b.length;
    const mhc = [];
    const phc = [];
    const hsize = Math.ceil(n / 32);
    const vsize = Math.ceil(m / 32);
    for (let i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    let j = 0;
    for (; j < vsize - 1; j++) {
        let mv = 0;
        let pv = -1;
        const start = j * 32;
        const vlen = Math.min(32, m) + start;
        for (let k = start; k < vlen; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (let i = 0; i < n; i++) {
            const eq = peq[a.charCodeAt(i)];
            const pb = (phc[(i / 32) | 0] >>> i) & 1;
            const mb = (mhc[(i / 32) | 0] >>> i) & 1;
            const xv = eq | mv;
            const xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
            let ph = mv | ~(xh | pv);
            let mh = pv & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }
        for (let k = start; k < vlen; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    let mv = 0;
    let pv = -1;
    const start = j * 32;
    const vlen = Math.min(32, m - start) + start;
    for (let k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    let score = m;
    for (let i = 0; i < n; i++) {
        const eq = peq[a.charCodeAt(i)];
        const pb = (phc[(i / 32) | 0] >>> i) & 1;
        const mb = (mhc[(i / 32) | 0] >>> i) & 1;
        const xv = eq | mv;
        const xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        let ph = mv | ~(xh | pv);
        let mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (let k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
const distance = (a, b) => {
    if (a.length < b.length) {
        const tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
const closest = (str, arr) => {
    let min_distance = Infinity;
    let min_index = 0;
    for (let i = 0; i < arr.length; i++) {
        const dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};

// Looks inside a zod schema along a path into a governance file, to name the keys an object allows (for
// "did you mean") and the description of a field (to say what a missing field holds).
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);
function inspect(schema) {
    const candidate = schema;
    return candidate?._zod?.def ? candidate : undefined;
}
/** Strips optional/default/pipe wrappers down to the schema that decides the shape. */
function unwrap(schema) {
    let current = inspect(schema);
    for (let guard = 0; current !== undefined && guard < 20; guard++) {
        const def = current._zod.def;
        if (WRAPPERS.has(def.type))
            current = inspect(def.innerType);
        else if (def.type === 'pipe')
            current = inspect(def.in);
        else
            break;
    }
    return current;
}
/** The schema at `path` (array indices step into the element), or undefined when the path leaves it. */
function schemaAt(root, path) {
    let current = inspect(root);
    for (const segment of path) {
        const def = unwrap(current)?._zod.def;
        if (def?.type === 'object' && typeof segment === 'string')
            current = inspect(def.shape?.[segment]);
        else if (def?.type === 'array' && typeof segment === 'number')
            current = inspect(def.element);
        else
            return undefined;
    }
    return current;
}
/** The keys the object at `path` allows. */
function allowedKeys(root, path) {
    const def = unwrap(schemaAt(root, path))?._zod.def;
    return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
/** The description of the field at `path`, looking through its wrappers. */
function descriptionAt(root, path) {
    let current = schemaAt(root, path);
    for (let guard = 0; current !== undefined && guard < 20; guard++) {
        if (current.description !== undefined)
            return current.description;
        const def = current._zod.def;
        current = inspect(WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined);
    }
    return undefined;
}
/** The candidate closest to `input` when it is close enough to be a likely typo; case does not count. */
function suggest(input, candidates) {
    if (candidates.length === 0 || input.length === 0)
        return undefined;
    const lowered = input.toLowerCase();
    const loweredCandidates = candidates.map((candidate) => candidate.toLowerCase());
    const best = closest(lowered, loweredCandidates);
    if (distance(lowered, best) <= Math.max(2, Math.floor(input.length / 3)))
        return candidates[loweredCandidates.indexOf(best)];
    // A shortened word (`train` for `training`) is far by edit distance but an obvious intent.
    if (lowered.length < 3)
        return undefined;
    return candidates[loweredCandidates.findIndex((candidate) => candidate.startsWith(lowered))];
}

/** What the per-parse error map returns, so that issues without a schema-specific message are recognised. */
const GENERIC_MESSAGE = '\u0000generic';
/** `models[0].datasets[1].sha256`; the empty path is the top level, "the manifest". */
function dottedPath(path, kind) {
    if (path.length === 0)
        return `the ${kind.what}`;
    return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
function describeInput(input) {
    if (input === null)
        return 'empty';
    if (Array.isArray(input))
        return 'a list';
    if (typeof input === 'string')
        return 'text';
    if (typeof input === 'boolean')
        return 'true or false';
    if (typeof input === 'number')
        return 'a number';
    if (typeof input === 'object')
        return 'a mapping';
    return typeof input;
}
const EXPECTED = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping of keys to values'
};
function asClause(description) {
    if (description === undefined)
        return '';
    const trimmed = description.replace(/\.$/, '');
    const lowered = /^[A-Z][a-z]/.test(trimmed) ? trimmed[0].toLowerCase() + trimmed.slice(1) : trimmed;
    return ` (${lowered})`;
}
/** The fragment that follows the dotted path for an issue that carries no schema-specific message. */
function genericFragment(issue, schema) {
    const input = issue.input;
    switch (issue.code) {
        case 'invalid_type':
            if (input === undefined)
                return `is required; add it${asClause(descriptionAt(schema, issue.path))}`;
            if (input === null)
                return 'is empty; fill it in or remove the key';
            // YAML 1.2 reads yes/no/on/off as text, unlike YAML 1.1.
            if (issue.expected === 'boolean' && typeof input === 'string' && /^(yes|no|on|off|y|n)$/i.test(input)) {
                return 'must be true or false; YAML 1.2 reads yes, no, on and off as text';
            }
            return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeInput(input)}`;
        case 'invalid_value': {
            // A missing literal or enum field (`version`) is reported as a wrong value by zod.
            if (input === undefined)
                return `is required; add it${asClause(descriptionAt(schema, issue.path))}`;
            const values = issue.values.map(String);
            if (values.length === 1)
                return `must be ${values[0]}`;
            const hint = typeof input === 'string' ? suggest(input, values) : undefined;
            return `must be one of ${values.join(', ')}${hint === undefined ? '' : `; did you mean \`${hint}\`?`}`;
        }
        case 'too_small':
            if (issue.origin === 'array')
                return `must list at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
            if (issue.origin === 'string')
                return 'must not be empty';
            return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
        case 'too_big':
            if (issue.origin === 'array')
                return `must list at most ${String(issue.maximum)} items`;
            if (issue.origin === 'string')
                return `must be at most ${String(issue.maximum)} characters long`;
            return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
        default:
            return 'is not valid here; check it against the schema';
    }
}
function sentence(path, fragment, kind) {
    const text = `${dottedPath(path, kind)} ${fragment}`;
    const capitalised = path.length === 0 ? `T${text.slice(1)}` : text;
    return /[.?!]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
function unknownKeys(issue, schema, locator, kind) {
    const parent = issue.path;
    const allowed = allowedKeys(schema, parent);
    return issue.keys.map((key) => {
        const hint = suggest(key, allowed);
        const advice = hint !== undefined ? `did you mean \`${hint}\`?` : `remove it, or use one of: ${allowed.join(', ')}`;
        const path = [...parent, key];
        return {
            message: sentence(parent, `has an unknown key \`${clip(key)}\`; ${advice}`, kind),
            location: locator.locateKey(path),
            path
        };
    });
}
function issuesToDiagnostics(issues, schema, locator, kind) {
    return issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys')
            return unknownKeys(issue, schema, locator, kind);
        const path = issue.path;
        const fragment = issue.message === GENERIC_MESSAGE ? genericFragment(issue, schema) : issue.message;
        // A missing field has no node of its own: point at the entry that should hold it.
        const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
            issue.input === undefined;
        const location = locator.locate(missing ? path.slice(0, -1) : path);
        return [{ message: sentence(path, fragment, kind), location, path }];
    });
}
/** Validates a loaded value against `schema`, with the messages and locations above. */
function validate(schema, value, locator, kind) {
    const result = schema.safeParse(value, { reportInput: true, error: () => GENERIC_MESSAGE });
    if (result.success)
        return { data: result.data, diagnostics: [] };
    return {
        data: undefined,
        diagnostics: issuesToDiagnostics(result.error.issues, schema, locator, kind).sort(byPosition)
    };
}

// JSON with object keys sorted at every depth, so that equal values always serialise, and hash, alike.
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
        return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
    }
    return value;
}

// Every section a fine-tune model needs in every tier: provenance and checksums (data), approvals,
// thresholds (evaluation), a rollback plan, monitoring, and a justification of why a prompt was not
// enough. Identities are not required by default because many fine-tunes run on a platform's own
// credentials; when a model declares identities they are still checked.
const REQUIRED_SECTIONS = [
    'data',
    'approvals',
    'evaluation',
    'rollback',
    'monitoring',
    'justification'
];
const BASE_TIER = {
    require: REQUIRED_SECTIONS,
    // One approver besides the author is the least a governed change can have.
    min_approvals: 1,
    // Quality shows the tune works; leakage shows it does not regurgitate its training data.
    threshold_kinds: ['quality', 'leakage'],
    // A rollback drill older than a quarter no longer proves the rollback still works.
    rollback_drill_max_age_days: 90,
    // Drift and leakage are the failure modes particular to a tuned model in production.
    monitoring_signals: ['drift', 'leakage'],
    // Credentials the training or serving uses are rotated at least yearly.
    identity_max_lifetime_days: 365,
    // Uplift evidence costs an evaluation run: asked of high-risk models only.
    justification_evidence: false,
    // Redaction is required where a dataset declares personal data (MG103), not of every dataset.
    redaction_required: false
};
const DEFAULT_POLICY = {
    version: 1,
    // The gate exists to stop ungoverned fine-tunes, so by default it fails the run.
    mode: 'enforce',
    // A model that does not say how risky it is gets the middle tier, not the most lenient one.
    default_tier: 'medium',
    // No organisation-wide approvers are known by default, so a model new in a pull request cannot be
    // approved until a policy names them or allows self approval: the gate fails closed.
    governance_approvers: [],
    // A new model's own declared approvers were written by the pull request itself: not trusted.
    new_model_self_approval: false,
    // Every rule keeps its catalogue severity.
    rules: {},
    tiers: {
        low: { ...BASE_TIER },
        medium: { ...BASE_TIER },
        high: {
            ...BASE_TIER,
            // High risk: the four eyes principle, a safety threshold, proof that tuning beats prompting,
            // and credentials rotated twice a year.
            min_approvals: 2,
            threshold_kinds: ['quality', 'safety', 'leakage'],
            justification_evidence: true,
            identity_max_lifetime_days: 180
        }
    },
    detect: {
        builtin: true,
        paths: [],
        // A label lets a team flag a fine-tune the built-in signals cannot see (e.g. a job in another repo).
        labels: ['fine-tune'],
        ignore: []
    }
};

function mergePolicy(base, file) {
    const tiers = Object.fromEntries(TIERS.map((tier) => [tier, { ...base.tiers[tier], ...definedOnly(file.tiers?.[tier] ?? {}) }]));
    return {
        version: 1,
        mode: file.mode ?? base.mode,
        default_tier: file.default_tier ?? base.default_tier,
        governance_approvers: file.governance_approvers ?? base.governance_approvers,
        new_model_self_approval: file.new_model_self_approval ?? base.new_model_self_approval,
        rules: { ...base.rules, ...definedOnly(file.rules ?? {}) },
        tiers,
        detect: { ...base.detect, ...definedOnly(file.detect ?? {}) }
    };
}
// A YAML key with no value never reaches here (the schema rejects null), but an optional field can
// still be present as undefined in the parsed object; it must not erase the default.
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** The policy, in the words of the messages the shared YAML loader writes. */
const POLICY_KIND = {
    what: 'policy',
    shape: 'version: 1, mode: ...',
    whenEmpty: 'it must be a mapping that starts with "version: 1"',
    whenTooLarge: 'a policy is a few dozen lines'
};

// Loads a policy: a policy file's bytes become a resolved policy (the file merged over the built-in
// default) or diagnostics with positions. Pure: the caller reads the bytes (from the base commit).
const POLICY_MAX_BYTES = 1024 * 1024;
// A policy is short and hand-written: a few anchors are plausible, hundreds are an expansion attack.
const MAX_ALIASES = 20;
const BUILT_IN_SOURCE = 'built-in default';
/**
 * Parses and validates a policy file and merges it over the built-in default.
 * `source` is recorded as is, e.g. ".github/model-governance-policy.yml@<base sha>"; messages name the
 * file `file`, the source unless given.
 */
function parsePolicy(input, source, file = source) {
    const loaded = loadYamlFile(input, file, POLICY_KIND, {
        maxBytes: POLICY_MAX_BYTES,
        maxAliases: MAX_ALIASES
    });
    if (loaded.diagnostics.length > 0)
        return { diagnostics: positioned(loaded.diagnostics) };
    const { data, diagnostics } = validate(PolicyFileSchema, loaded.value, loaded.locator, POLICY_KIND);
    if (data === undefined)
        return { diagnostics: positioned(diagnostics) };
    // Re-validating the merge guards the engine against a default and a schema that drifted apart.
    const policy = PolicySchema.parse(mergePolicy(structuredClone(DEFAULT_POLICY), data));
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    return { resolved: { policy, source, sha256: sha256Hex(bytes), builtIn: false }, diagnostics: [] };
}
/** The policy's diagnostics carry a line and column only: the caller knows the file. */
function positioned(diagnostics) {
    return diagnostics
        .sort(byPosition)
        .map(({ message, location }) => ({ message, line: location.line, column: location.column }));
}
let builtInHash;
/** The built-in default, as a fresh copy the caller may not share by accident. */
function builtInPolicy() {
    builtInHash ??= sha256Hex(new TextEncoder().encode(canonicalJson(DEFAULT_POLICY)));
    return {
        policy: structuredClone(DEFAULT_POLICY),
        source: BUILT_IN_SOURCE,
        sha256: builtInHash,
        builtIn: true
    };
}
/** A model's risk tier: its own `risk_tier`, else the policy's `default_tier`. */
function tierOf(policy, model) {
    return model.risk_tier ?? policy.default_tier;
}
function sha256Hex(bytes) {
    return createHash('sha256').update(bytes).digest('hex');
}
/** What the policy requires of a model, by its tier. */
function requirementsFor(policy, model) {
    return policy.tiers[tierOf(policy, model)];
}

const FRAMEWORKS = {
    'nist-ai-rmf': {
        name: 'NIST AI RMF 1.0',
        version: '1.0 (NIST AI 100-1, January 2023)',
        url: 'https://nvlpubs.nist.gov/nistpubs/ai/NIST.AI.100-1.pdf'
    },
    'nist-ai-600-1': {
        name: 'NIST AI 600-1',
        version: 'Generative AI Profile, July 2024',
        url: 'https://doi.org/10.6028/NIST.AI.600-1'
    },
    'owasp-llm': {
        name: 'OWASP Top 10 for LLM Applications 2025',
        version: '2025',
        url: 'https://genai.owasp.org/llm-top-10/'
    },
    'owasp-asi': {
        name: 'OWASP Top 10 for Agentic Applications 2026',
        version: '2026',
        url: 'https://genai.owasp.org/resource/owasp-top-10-for-agentic-applications-for-2026/'
    },
    iso42001: {
        name: 'ISO/IEC 42001:2023 Annex A',
        version: '2023',
        url: 'https://www.iso.org/standard/42001'
    },
    'eu-ai-act': {
        name: 'EU AI Act (Regulation (EU) 2024/1689)',
        version: 'Regulation (EU) 2024/1689, OJ L, 12.7.2024',
        url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj'
    },
    'nist-csf': {
        name: 'NIST CSF 2.0',
        version: '2.0 (NIST CSWP 29, February 2024)',
        url: 'https://doi.org/10.6028/NIST.CSWP.29'
    }
};
/** The order of the Mapping table's columns (the NIST AI 600-1 actions follow the AI RMF ones). */
const FRAMEWORK_ORDER = [
    'nist-ai-rmf',
    'nist-ai-600-1',
    'owasp-llm',
    'owasp-asi',
    'iso42001',
    'eu-ai-act',
    'nist-csf'
];
function refs(cells) {
    const out = [];
    for (const framework of FRAMEWORK_ORDER) {
        for (const entry of cells[framework] ?? []) {
            if (typeof entry === 'string')
                out.push({ framework, id: entry });
            else
                out.push({ framework, id: entry[0], condition: entry[1] });
        }
    }
    return Object.freeze(out);
}
const SUBSTANTIAL_MODIFICATION = 'when the fine-tune is a substantial modification of a high-risk system';
/**
 * The Mapping table, row by row. An EU AI Act condition written after a group of ids separated by ";"
 * (MG001: "Art. 3(23), Art. 43(4), Art. 25(1)(b) (when ...)") applies to every id of that group.
 */
const FRAMEWORK_REFS = {
    // ungoverned-fine-tune
    MG001: refs({
        'nist-ai-rmf': ['GOVERN 1.4', 'GOVERN 1.6', 'MANAGE 1.1', 'MANAGE 4.1'],
        'nist-ai-600-1': ['MG-3.1-003', 'MP-4.1-007', 'GV-1.6-003'],
        'owasp-llm': ['LLM03', 'LLM04'],
        'owasp-asi': [['ASI04', 'agentic']],
        iso42001: ['A.6.1.3', 'A.6.2.3', 'A.6.2.5'],
        'eu-ai-act': [
            'Art. 17(1)(a)',
            ['Art. 3(23)', SUBSTANTIAL_MODIFICATION],
            ['Art. 43(4)', SUBSTANTIAL_MODIFICATION],
            ['Art. 25(1)(b)', SUBSTANTIAL_MODIFICATION],
            'Annex IV(2)(a)',
            'Annex IV(6)'
        ],
        'nist-csf': ['ID.AM-08', 'ID.RA-07', 'PR.PS-01']
    }),
    // manifest-invalid
    MG002: refs({
        'nist-ai-rmf': ['GOVERN 1.4', 'GOVERN 1.6', 'MAP 4.2'],
        iso42001: ['A.6.2.3', 'A.6.2.7'],
        'eu-ai-act': ['Art. 11(1)', 'Art. 17(1)(k)'],
        'nist-csf': ['PR.PS-01']
    }),
    // governance-weakened
    MG003: refs({
        'nist-ai-rmf': ['GOVERN 1.3', 'GOVERN 1.4', 'GOVERN 2.1', 'MAP 1.5'],
        iso42001: ['A.3.2', 'A.6.1.3'],
        'eu-ai-act': ['Art. 17(1)(a)', 'Art. 17(1)(m)'],
        'nist-csf': ['ID.RA-07', 'GV.PO-02', 'GV.RR-02']
    }),
    // policy-changed
    MG004: refs({
        'nist-ai-rmf': ['GOVERN 1.4', 'GOVERN 1.5'],
        iso42001: ['A.2.2', 'A.2.4'],
        'eu-ai-act': ['Art. 17(1)'],
        'nist-csf': ['GV.PO-01', 'GV.PO-02']
    }),
    // dataset-provenance-incomplete
    MG101: refs({
        'nist-ai-rmf': ['MAP 2.3', 'MAP 4.1', 'GOVERN 6.1'],
        'nist-ai-600-1': ['GV-1.2-001', 'MP-4.1-004', 'MS-2.5-005'],
        'owasp-llm': ['LLM03', 'LLM04'],
        'owasp-asi': [['ASI04', 'agentic']],
        iso42001: ['A.4.3', 'A.7.3', 'A.7.5'],
        'eu-ai-act': ['Art. 10(2)(b)', 'Art. 17(1)(f)', 'Annex IV(2)(d)'],
        'nist-csf': ['ID.AM-07', 'GV.SC-07', 'GV.OC-03']
    }),
    // dataset-checksum-mismatch
    MG102: refs({
        'nist-ai-rmf': ['MEASURE 2.7', 'MAP 4.2'],
        'nist-ai-600-1': ['MS-2.7-001', 'MG-4.1-006'],
        'owasp-llm': ['LLM04', 'LLM03'],
        'owasp-asi': [['ASI04', 'agentic']],
        iso42001: ['A.7.4', 'A.7.5'],
        'eu-ai-act': ['Art. 15(5)', 'Art. 10(3)'],
        'nist-csf': ['PR.DS-01']
    }),
    // dataset-redaction-missing
    MG103: refs({
        'nist-ai-rmf': ['MEASURE 2.10', 'MAP 4.1', 'GOVERN 1.1'],
        'nist-ai-600-1': ['MP-4.1-005', 'MP-4.1-010', 'MG-2.2-009'],
        'owasp-llm': ['LLM02'],
        iso42001: ['A.7.6', 'A.7.4'],
        'eu-ai-act': ['Art. 10(2)(b)', 'Art. 10(2)(c)'],
        'nist-csf': ['PR.DS-01', 'GV.OC-03']
    }),
    // dataset-contains-secret
    MG104: refs({
        'nist-ai-rmf': ['MEASURE 2.7'],
        'owasp-llm': ['LLM02'],
        iso42001: ['A.7.6', 'A.7.4'],
        'eu-ai-act': ['Art. 15(5)', 'Art. 10(2)(c)'],
        'nist-csf': ['PR.DS-01', 'PR.AA-01']
    }),
    // dataset-contains-personal-data
    MG105: refs({
        'nist-ai-rmf': ['MEASURE 2.10', 'MAP 4.1', 'GOVERN 1.1'],
        'nist-ai-600-1': ['MS-2.6-002', 'MP-4.1-005'],
        'owasp-llm': ['LLM02'],
        iso42001: ['A.7.4', 'A.7.6'],
        'eu-ai-act': ['Art. 10(2)(b)', 'Art. 10(2)(c)'],
        'nist-csf': ['PR.DS-01', 'GV.OC-03', 'ID.AM-07']
    }),
    // dataset-undeclared
    MG106: refs({
        'nist-ai-rmf': ['GOVERN 1.6', 'MAP 4.1', 'MEASURE 2.7'],
        'nist-ai-600-1': ['MG-4.1-006', 'MP-4.1-004'],
        'owasp-llm': ['LLM04', 'LLM03'],
        'owasp-asi': [['ASI04', 'agentic']],
        iso42001: ['A.4.3', 'A.7.2', 'A.7.5'],
        'eu-ai-act': ['Art. 10(2)', 'Art. 15(5)', 'Annex IV(2)(d)'],
        'nist-csf': ['ID.AM-07', 'ID.AM-08']
    }),
    // approvers-undeclared
    MG201: refs({
        'nist-ai-rmf': ['GOVERN 2.1', 'GOVERN 3.2'],
        iso42001: ['A.3.2'],
        'eu-ai-act': ['Art. 17(1)(m)'],
        'nist-csf': ['GV.RR-02']
    }),
    // approval-missing
    MG202: refs({
        'nist-ai-rmf': ['GOVERN 2.1', 'MANAGE 1.1', 'MEASURE 1.3'],
        'nist-ai-600-1': ['GV-1.3-002', 'MS-2.3-003'],
        iso42001: ['A.3.2', 'A.6.2.5'],
        'eu-ai-act': ['Art. 17(1)(m)', 'Annex IV(2)(g)'],
        'nist-csf': ['GV.RR-02', 'PR.AA-05', 'ID.RA-07']
    }),
    // approval-unverifiable
    MG203: refs({
        'nist-ai-rmf': ['GOVERN 1.4', 'MANAGE 1.1'],
        iso42001: ['A.6.2.5'],
        'eu-ai-act': ['Art. 17(1)(m)'],
        'nist-csf': ['GV.RR-02', 'ID.RA-07']
    }),
    // thresholds-incomplete
    MG301: refs({
        'nist-ai-rmf': ['MEASURE 1.1', 'MAP 1.5'],
        'nist-ai-600-1': ['GV-1.3-002'],
        iso42001: ['A.6.2.2', 'A.6.2.4'],
        'eu-ai-act': ['Art. 9(8)', 'Art. 15(1)', 'Annex IV(4)'],
        'nist-csf': ['GV.RM-02']
    }),
    // eval-results-missing
    MG302: refs({
        'nist-ai-rmf': ['MEASURE 2.1', 'MEASURE 2.3'],
        'nist-ai-600-1': ['GV-1.5-003'],
        iso42001: ['A.6.2.4', 'A.6.2.7'],
        'eu-ai-act': [
            'Art. 9(8)',
            'Art. 17(1)(d)',
            'Annex IV(2)(g)',
            ['Art. 53(1)(a)', 'GPAI model providers only']
        ],
        'nist-csf': ['PR.PS-06']
    }),
    // threshold-not-met
    MG303: refs({
        'nist-ai-rmf': [
            'MEASURE 2.3',
            'MEASURE 2.5',
            'MEASURE 2.6',
            'MEASURE 2.10',
            'MEASURE 2.11',
            'MANAGE 1.1'
        ],
        'nist-ai-600-1': ['GV-1.3-002', 'MS-2.6-003', 'MS-2.7-008'],
        'owasp-llm': [
            ['LLM02', 'leakage metrics'],
            ['LLM04', 'safety metrics'],
            ['LLM09', 'quality metrics']
        ],
        iso42001: ['A.6.2.4', 'A.6.2.5'],
        'eu-ai-act': ['Art. 9(8)', 'Art. 15(1)'],
        'nist-csf': ['GV.RM-02', 'PR.PS-06']
    }),
    // eval-regression
    MG304: refs({
        'nist-ai-rmf': ['MEASURE 2.3', 'MEASURE 4.3', 'MANAGE 1.1'],
        'nist-ai-600-1': ['MG-3.1-003', 'MS-2.7-008'],
        'owasp-llm': ['LLM04'],
        iso42001: ['A.6.2.4', 'A.6.2.5'],
        'eu-ai-act': ['Art. 15(1)', 'Art. 9(8)'],
        'nist-csf': ['ID.RA-07', 'PR.PS-06']
    }),
    // no-measurable-uplift
    MG305: refs({
        'nist-ai-rmf': ['MAP 1.4', 'MAP 3.1', 'MANAGE 1.1'],
        'nist-ai-600-1': ['MS-2.3-001', 'MG-3.2-002'],
        iso42001: ['A.6.2.4']
    }),
    // rollback-plan-incomplete
    MG401: refs({
        'nist-ai-rmf': ['MANAGE 2.3', 'MANAGE 2.4', 'GOVERN 1.7'],
        'nist-ai-600-1': ['GV-1.7-001', 'GV-6.2-006', 'MG-2.4-004'],
        iso42001: ['A.6.2.5', 'A.6.2.6'],
        'eu-ai-act': ['Art. 14(4)(e)', 'Art. 15(4)', 'Art. 20(1)'],
        'nist-csf': ['RC.RP-01', 'RC.RP-02', 'ID.IM-04', 'PR.DS-11']
    }),
    // rollback-procedure-missing
    MG402: refs({
        'nist-ai-rmf': ['MANAGE 2.4', 'MANAGE 4.1'],
        'nist-ai-600-1': ['MG-2.3-001'],
        iso42001: ['A.6.2.6', 'A.6.2.7'],
        'eu-ai-act': ['Art. 20(1)'],
        'nist-csf': ['ID.IM-04', 'RC.RP-01']
    }),
    // rollback-drill-stale
    MG403: refs({
        'nist-ai-rmf': ['MANAGE 2.4', 'GOVERN 4.3'],
        'nist-ai-600-1': ['GV-6.2-006', 'MG-4.2-002'],
        iso42001: ['A.6.2.6'],
        'eu-ai-act': ['Art. 15(4)'],
        'nist-csf': ['ID.IM-02', 'PR.DS-11']
    }),
    // monitoring-incomplete
    MG501: refs({
        'nist-ai-rmf': ['MEASURE 2.4', 'MEASURE 3.1', 'MANAGE 4.1', 'GOVERN 2.1'],
        'nist-ai-600-1': ['MG-4.1-002'],
        'owasp-llm': [['LLM02', 'leakage signal']],
        iso42001: ['A.6.2.6', 'A.3.2'],
        'eu-ai-act': ['Art. 72(1)', 'Art. 72(2)', 'Art. 72(3)', 'Art. 26(5)', 'Art. 17(1)(h)'],
        'nist-csf': ['DE.CM-09', 'GV.RR-02']
    }),
    // justification-missing
    MG601: refs({
        'nist-ai-rmf': ['MAP 1.1', 'MAP 1.4', 'MAP 2.1', 'MANAGE 2.1'],
        'nist-ai-600-1': ['MP-1.1-001', 'MS-2.5-002'],
        iso42001: ['A.6.1.2', 'A.6.2.2', 'A.6.2.3'],
        'eu-ai-act': ['Annex IV(2)(b)']
    }),
    // literal-credential
    MG701: refs({
        'nist-ai-rmf': ['MEASURE 2.7'],
        'owasp-llm': ['LLM02', ['LLM07', 'when the serving config holds the system prompt']],
        'owasp-asi': [['ASI03', 'agentic']],
        'eu-ai-act': ['Art. 15(5)'],
        'nist-csf': ['PR.AA-01', 'PR.DS-01']
    }),
    // identity-overprivileged
    MG702: refs({
        'nist-ai-rmf': ['MEASURE 2.7', 'MAP 4.2'],
        'owasp-llm': [
            ['LLM06', "serving identities used by the model's tools"],
            ['LLM10', 'access to model repositories and training environments']
        ],
        'owasp-asi': [['ASI03', 'agentic']],
        'eu-ai-act': ['Art. 15(5)'],
        'nist-csf': ['PR.AA-05']
    }),
    // identity-lifecycle
    MG703: refs({
        'nist-ai-rmf': ['MEASURE 2.7', 'GOVERN 2.1'],
        'owasp-asi': [['ASI03', 'agentic']],
        'eu-ai-act': ['Art. 15(5)'],
        'nist-csf': ['PR.AA-01', 'GV.RR-02']
    }),
    // exception-invalid
    MG801: refs({
        'nist-ai-rmf': ['MANAGE 1.3', 'MANAGE 1.4', 'GOVERN 1.4'],
        'nist-ai-600-1': ['MG-1.3-001'],
        iso42001: ['A.3.2'],
        'eu-ai-act': ['Art. 9(5)'],
        'nist-csf': ['ID.RA-07', 'ID.RA-06']
    })
};
/**
 * Titles from frameworks.md's Key, by framework and by id as the table writes it. NIST subcategories
 * and actions, and CSF subcategories, are the Key's paraphrases; EU AI Act entries join the article's
 * title and the paragraph's description. An id the Key gives no title for is left out.
 */
const FRAMEWORK_TITLES = {
    'nist-ai-rmf': {
        'GOVERN 1.1': 'legal and regulatory requirements for AI are understood, managed and documented',
        'GOVERN 1.3': 'processes set how much risk management is needed, based on risk tolerance',
        'GOVERN 1.4': 'the risk management process and its outcomes rest on transparent policies, procedures and controls',
        'GOVERN 1.5': 'the risk management process is monitored and reviewed periodically, with roles defined',
        'GOVERN 1.6': 'mechanisms exist to inventory AI systems',
        'GOVERN 1.7': 'AI systems can be decommissioned and phased out safely',
        'GOVERN 2.1': 'roles, responsibilities and lines of communication for AI risk are documented and clear',
        'GOVERN 3.2': 'roles for human-AI configurations and human oversight of AI systems are defined',
        'GOVERN 4.3': 'practices enable AI testing, incident identification and information sharing',
        'GOVERN 6.1': 'policies address risks from third parties, including infringement of intellectual property',
        'MAP 1.1': 'intended purposes, context of use and applicable norms are understood and documented',
        'MAP 1.4': 'the business value or context of use is defined',
        'MAP 1.5': 'organisational risk tolerances are determined and documented',
        'MAP 2.1': 'the tasks the system supports, and the methods that implement them, are defined',
        'MAP 2.3': 'scientific-integrity and TEVV considerations, including data collection and selection, are documented',
        'MAP 3.1': 'the potential benefits of the intended functionality are examined and documented',
        'MAP 4.1': 'technology and legal risks of components, including third-party data and software, are mapped',
        'MAP 4.2': "internal risk controls for the system's components are identified and documented",
        'MEASURE 1.1': 'approaches and metrics are selected for the most significant risks',
        'MEASURE 1.3': 'internal experts who were not front-line developers, or independent assessors, take part in assessments',
        'MEASURE 2.1': 'test sets, metrics and tool details used in TEVV are documented',
        'MEASURE 2.3': 'performance or assurance criteria are measured under conditions like deployment and documented',
        'MEASURE 2.4': "the system's functionality and behaviour are monitored in production",
        'MEASURE 2.5': 'the system is shown to be valid and reliable, and the limits of generalisation are documented',
        'MEASURE 2.6': 'the system is evaluated for safety, and its residual risk stays within tolerance',
        'MEASURE 2.7': 'security and resilience are evaluated and documented',
        'MEASURE 2.10': 'privacy risk is examined and documented',
        'MEASURE 2.11': 'fairness and bias are evaluated and the results documented',
        'MEASURE 3.1': 'existing, unanticipated and emergent risks are tracked over time',
        'MEASURE 4.3': 'measurable performance improvements or declines are identified and documented',
        'MANAGE 1.1': 'someone decides whether the system meets its purpose and whether development or deployment proceeds',
        'MANAGE 1.3': 'responses to high-priority risks (mitigate, transfer, avoid, accept) are planned and documented',
        'MANAGE 1.4': 'negative residual risks are documented',
        'MANAGE 2.1': 'the resources needed to manage risk are weighed, along with viable non-AI alternatives',
        'MANAGE 2.3': 'procedures exist to respond to and recover from a newly identified risk',
        'MANAGE 2.4': 'mechanisms exist, with responsibilities assigned, to supersede, disengage or deactivate a system that behaves outside its intended use',
        'MANAGE 4.1': 'post-deployment monitoring plans exist, covering incident response, recovery and change management'
    },
    'nist-ai-600-1': {
        'GV-1.2-001': 'document the origin and history of training data',
        'GV-1.3-002': 'set minimum performance or assurance thresholds and review them in go/no-go deployment approval',
        'GV-1.5-003': 'keep the history of test, evaluation, validation and verification (TEVV)',
        'GV-1.6-003': 'inventory entries record data provenance, oversight roles and underlying foundation models',
        'GV-1.7-001': 'make sure GAI systems can be deactivated',
        'GV-6.2-006': 'test and manage the risks of rollover and fallback technologies',
        'MP-1.1-001': 'when defining intended purposes, weigh factors such as fine-tuning and data sources such as retrieval',
        'MP-4.1-004': 'document training-data curation policies',
        'MP-4.1-005': 'set policies for data collection, retention and minimum quality, including the risk of leaking personal information',
        'MP-4.1-007': 're-evaluate models fine-tuned on top of third-party models',
        'MP-4.1-010': 'check that the use of training data is lawful with respect to intellectual property and privacy',
        'MS-2.3-001': 'consider baseline benchmark performance when selecting a model to fine-tune or to enhance with retrieval',
        'MS-2.3-003': 'share pre-deployment test results with those who have release-approval authority',
        'MS-2.5-002': 'document how domain knowledge was added (for example RLHF, fine-tuning, retrieval)',
        'MS-2.5-005': 'verify the provenance of training and TEVV data',
        'MS-2.6-002': 'assess training data for privacy violations, intellectual-property infringement and harmful content',
        'MS-2.6-003': 're-evaluate the safety features of fine-tuned models',
        'MS-2.7-001': 'assess security threats such as backdoors, compromised dependencies and data breaches',
        'MS-2.7-008': 'verify that fine-tuning does not weaken safety and security controls',
        'MG-1.3-001': 'document trade-offs and decisions for risks that are accepted within tolerance',
        'MG-2.2-009': 'use synthetic data or privacy-enhancing techniques where appropriate',
        'MG-2.3-001': 'keep incident response and recovery plans up to date',
        'MG-2.4-004': 'set and review the criteria that warrant deactivating a system',
        'MG-3.1-003': 're-assess model risks after fine-tuning',
        'MG-3.2-002': 'document how a pre-trained model was adapted, and keep access to the un-tuned baseline',
        'MG-4.1-002': 'run and evaluate post-deployment monitoring processes',
        'MG-4.1-006': 'track dataset modifications for provenance',
        'MG-4.2-002': 'practise incident response plans and learn from them'
    },
    'owasp-llm': {
        LLM02: 'Sensitive Information Disclosure',
        LLM03: 'Supply Chain',
        LLM04: 'Data and Model Poisoning',
        LLM06: 'Excessive Agency',
        LLM07: 'System Prompt Leakage',
        LLM09: 'Misinformation',
        LLM10: 'Unbounded Consumption'
    },
    'owasp-asi': {
        ASI03: 'Identity & Privilege Abuse',
        ASI04: 'Agentic Supply Chain Vulnerabilities'
    },
    iso42001: {
        'A.2.2': 'AI policy',
        'A.2.4': 'Review of the AI policy',
        'A.3.2': 'AI roles and responsibilities',
        'A.4.3': 'Data resources',
        'A.6.1.2': 'Objectives for responsible development of AI system',
        'A.6.1.3': 'Processes for responsible AI system design and development',
        'A.6.2.2': 'AI system requirements and specification',
        'A.6.2.3': 'Documentation of AI system design and development',
        'A.6.2.4': 'AI system verification and validation',
        'A.6.2.5': 'AI system deployment',
        'A.6.2.6': 'AI system operation and monitoring',
        'A.6.2.7': 'AI system technical documentation',
        'A.7.2': 'Data for development and enhancement of AI system',
        'A.7.3': 'Acquisition of data',
        'A.7.4': 'Quality of data for AI systems',
        'A.7.5': 'Data provenance',
        'A.7.6': 'Data preparation'
    },
    'eu-ai-act': {
        'Art. 3(23)': 'definition of "substantial modification"',
        'Art. 9(5)': 'Risk management system: residual risk must be judged acceptable',
        'Art. 9(8)': 'Risk management system: testing before market or service, against metrics and probabilistic thresholds defined beforehand',
        'Art. 10(2)': 'Data and data governance: data governance practices for training, validation and test sets',
        'Art. 10(2)(b)': 'Data and data governance: collection processes, origin of data, and the original purpose for personal data',
        'Art. 10(2)(c)': 'Data and data governance: data preparation such as cleaning',
        'Art. 10(3)': 'Data and data governance: data sets relevant, representative and, as far as possible, free of errors and complete',
        'Art. 11(1)': 'Technical documentation: drawn up before release and kept up to date, with the content of Annex IV',
        'Annex IV(2)(a)': 'Technical documentation (Annex IV): use and modification of pre-trained systems',
        'Annex IV(2)(b)': 'Technical documentation (Annex IV): key design choices and their rationale',
        'Annex IV(2)(d)': 'Technical documentation (Annex IV): training data, its provenance and how it was selected',
        'Annex IV(2)(g)': 'Technical documentation (Annex IV): validation and testing procedures, metrics, and test reports signed by the responsible persons',
        'Annex IV(4)': 'Technical documentation (Annex IV): appropriateness of the performance metrics',
        'Annex IV(6)': 'Technical documentation (Annex IV): changes made through the lifecycle',
        'Art. 14(4)(e)': 'Human oversight: the ability to interrupt the system and bring it to a safe state',
        'Art. 15(1)': 'Accuracy, robustness and cybersecurity: appropriate accuracy, robustness and cybersecurity, kept consistent over the lifecycle',
        'Art. 15(4)': 'Accuracy, robustness and cybersecurity: resilience, including backup or fail-safe plans',
        'Art. 15(5)': 'Accuracy, robustness and cybersecurity: resilience against unauthorised alteration, including data poisoning, model poisoning and confidentiality attacks',
        'Art. 17(1)': 'Quality management system: written policies, procedures and instructions',
        'Art. 17(1)(a)': 'Quality management system: compliance strategy, including management of modifications',
        'Art. 17(1)(d)': 'Quality management system: examination, test and validation procedures',
        'Art. 17(1)(f)': 'Quality management system: data management',
        'Art. 17(1)(h)': 'Quality management system: post-market monitoring',
        'Art. 17(1)(k)': 'Quality management system: record-keeping of documentation',
        'Art. 17(1)(m)': 'Quality management system: accountability framework',
        'Art. 20(1)': 'Corrective actions and duty of information: bring a non-conforming system into conformity, or withdraw, disable or recall it',
        'Art. 25(1)(b)': 'Responsibilities along the AI value chain: whoever makes a substantial modification to a high-risk system becomes its provider',
        'Art. 26(5)': 'Obligations of deployers of high-risk AI systems: monitor operation',
        'Art. 43(4)': 'Conformity assessment: a substantial modification requires a new conformity assessment',
        'Art. 53(1)(a)': 'Obligations for providers of general-purpose AI models: technical documentation, including training, testing and evaluation results',
        'Art. 72(1)': 'Post-market monitoring: a monitoring system, based on a documented plan',
        'Art. 72(2)': 'Post-market monitoring: a monitoring system, based on a documented plan',
        'Art. 72(3)': 'Post-market monitoring: a monitoring system, based on a documented plan'
    },
    'nist-csf': {
        'GV.OC-03': 'legal, regulatory and contractual requirements, including privacy, are understood and managed',
        'GV.RM-02': 'risk appetite and risk tolerance statements are set and maintained',
        'GV.RR-02': 'roles, responsibilities and authorities are established and enforced',
        'GV.PO-01': 'the risk policy is established, communicated and enforced',
        'GV.PO-02': 'the policy is reviewed, updated and enforced as things change',
        'GV.SC-07': 'supplier and third-party risks are understood, assessed and monitored',
        'ID.AM-07': 'inventories of data and its metadata are maintained',
        'ID.AM-08': 'systems, software and data are managed throughout their life cycles',
        'ID.RA-06': 'risk responses are chosen, planned, tracked and communicated',
        'ID.RA-07': 'changes and exceptions are managed, assessed for risk impact, recorded and tracked',
        'ID.IM-02': 'improvements are identified from tests and exercises',
        'ID.IM-04': 'incident response and other operational plans are established and maintained',
        'PR.AA-01': 'identities and credentials of users, services and hardware are managed',
        'PR.AA-05': 'access permissions follow least privilege and separation of duties',
        'PR.DS-01': 'the confidentiality, integrity and availability of data at rest are protected',
        'PR.DS-11': 'backups are created, protected, maintained and tested',
        'PR.PS-01': 'configuration management practices are applied',
        'PR.PS-06': 'secure development practices are integrated and monitored across the life cycle',
        'DE.CM-09': 'computing hardware, software, runtime environments and their data are monitored',
        'RC.RP-01': 'the recovery part of the incident response plan is executed',
        'RC.RP-02': 'recovery actions are selected, scoped, prioritised and performed'
    }
};
/** The suffix the citation form adds to an id: OWASP ids carry their list's year. */
const TAG_SUFFIX = { 'owasp-llm': ':2025', 'owasp-asi': ':2026' };
/**
 * The tag of a reference in frameworks.md's citation form, `<framework>:<id>`, with spaces replaced by
 * "-": `nist-ai-rmf:MEASURE-2.3`, `owasp-llm:LLM04:2025`, `eu-ai-act:Art.15(5)` (the space after
 * "Art." is dropped, as the doc's example does), `eu-ai-act:Annex-IV(2)(d)`.
 */
function frameworkTag(ref) {
    let id = ref.id.trim();
    if (ref.framework === 'eu-ai-act')
        id = id.replace(/^Art\.\s+/, 'Art.');
    id = id.replace(/\s+/g, '-');
    return `${ref.framework}:${id}${TAG_SUFFIX[ref.framework] ?? ''}`;
}
/** The Key's title of a reference, or undefined when the Key has none. */
function frameworkTitle(ref) {
    const titles = FRAMEWORK_TITLES[ref.framework];
    return Object.hasOwn(titles, ref.id) ? titles[ref.id] : undefined;
}

// MG201: someone must be named to approve a model's updates. Every model, whatever its approach, needs
// approvers (where its tier requires approvals, which the built-in default does for every tier); a
// fine-tune model's `min_approvals` may not undercut the tier's minimum, and cannot exceed what its
// approvers can supply. Only users can be counted: a team (`@org/team`) may supply several people, so
// with a team among the approvers the count is left to MG202, which reads the actual reviews.
const plural$1 = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
var mg201 = defineRule({
    meta: {
        id: 'MG201',
        name: 'approvers-undeclared',
        family: 'approvals',
        defaultSeverity: 'error',
        summary: "A model has no approvers, or a fine-tune model's min_approvals is below the policy's minimum or above the number of approvers.",
        frameworks: FRAMEWORK_REFS.MG201
    },
    check({ models, policy, locate }) {
        const hits = [];
        for (const { index, entry, tier } of models) {
            const model = entry.id;
            const requirements = requirementsFor(policy, entry);
            const { approvals } = entry;
            const path = ['models', index, 'approvals'];
            // Handles are case-insensitive on GitHub; a repeated approver is one person.
            const approvers = [...new Set((approvals?.approvers ?? []).map((handle) => handle.toLowerCase()))];
            if (approvers.length === 0) {
                if (approvals === undefined && !requirements.require.includes('approvals'))
                    continue;
                hits.push({
                    message: `Model ${model} names no approvers; add \`approvals.approvers\` with the users or teams ("@login", "@org/team") who approve its updates.`,
                    model,
                    // The empty list, else the approvals section, else the model's entry.
                    location: locate([...path, 'approvers'])
                });
                continue;
            }
            if (entry.approach !== 'fine-tune' || approvals === undefined)
                continue;
            const tierMinimum = requirements.min_approvals;
            const declared = approvals.min_approvals;
            if (declared !== undefined && declared < tierMinimum) {
                hits.push({
                    message: `Model ${model} sets \`min_approvals: ${declared}\`, below the ${tier} tier's minimum of ${tierMinimum}; raise it to at least ${tierMinimum}.`,
                    model,
                    location: locate([...path, 'min_approvals'])
                });
            }
            if (approvers.some((handle) => handle.includes('/')))
                continue;
            // What a change will need: the declared count, never less than the tier's minimum.
            const needed = Math.max(declared ?? tierMinimum, tierMinimum);
            if (needed <= approvers.length)
                continue;
            const fromDeclared = declared !== undefined && declared >= tierMinimum;
            const why = fromDeclared ? '' : ` (the ${tier} tier's minimum)`;
            // Lowering min_approvals helps only down to the tier's minimum.
            const fix = fromDeclared && approvers.length >= tierMinimum
                ? `add approvers or a team, or lower \`min_approvals\` to ${approvers.length}`
                : 'add approvers or a team to `approvals.approvers`';
            hits.push({
                message: `Model ${model} needs ${plural$1(needed, 'approval')}${why} but names only ${plural$1(approvers.length, 'approver')}, so no change could ever be approved; ${fix}.`,
                model,
                location: locate([...path, fromDeclared ? 'min_approvals' : 'approvers'])
            });
        }
        return hits;
    }
});

/** The `file` of a signal about the pull request itself (a label) rather than one of its files. */
const PULL_REQUEST = 'pull request';

// Small helpers for the sentences rules write, so every message lists things the same way.
/** "a", "a and b", "a, b and c" (or "or"). */
function listOf(items, conjunction = 'and') {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}

var utils = {};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const WIN_SLASH = '\\\\/';
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

	/**
	 * Posix glob regex
	 */

	const DOT_LITERAL = '\\.';
	const PLUS_LITERAL = '\\+';
	const QMARK_LITERAL = '\\?';
	const SLASH_LITERAL = '\\/';
	const ONE_CHAR = '(?=.)';
	const QMARK = '[^/]';
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const NO_DOT = `(?!${DOT_LITERAL})`;
	const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
	const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
	const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
	const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
	const STAR = `${QMARK}*?`;
	const SEP = '/';

	const POSIX_CHARS = {
	  DOT_LITERAL,
	  PLUS_LITERAL,
	  QMARK_LITERAL,
	  SLASH_LITERAL,
	  ONE_CHAR,
	  QMARK,
	  END_ANCHOR,
	  DOTS_SLASH,
	  NO_DOT,
	  NO_DOTS,
	  NO_DOT_SLASH,
	  NO_DOTS_SLASH,
	  QMARK_NO_DOT,
	  STAR,
	  START_ANCHOR,
	  SEP
	};

	/**
	 * Windows glob regex
	 */

	const WINDOWS_CHARS = {
	  ...POSIX_CHARS,

	  SLASH_LITERAL: `[${WIN_SLASH}]`,
	  QMARK: WIN_NO_SLASH,
	  STAR: `${WIN_NO_SLASH}*?`,
	  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
	  NO_DOT: `(?!${DOT_LITERAL})`,
	  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
	  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
	  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
	  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
	  SEP: '\\'
	};

	/**
	 * POSIX Bracket Regex
	 */

	const POSIX_REGEX_SOURCE = {
	  __proto__: null,
	  alnum: 'a-zA-Z0-9',
	  alpha: 'a-zA-Z',
	  ascii: '\\x00-\\x7F',
	  blank: ' \\t',
	  cntrl: '\\x00-\\x1F\\x7F',
	  digit: '0-9',
	  graph: '\\x21-\\x7E',
	  lower: 'a-z',
	  print: '\\x20-\\x7E ',
	  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
	  space: ' \\t\\r\\n\\v\\f',
	  upper: 'A-Z',
	  word: 'A-Za-z0-9_',
	  xdigit: 'A-Fa-f0-9'
	};

	constants = {
	  DEFAULT_MAX_EXTGLOB_RECURSION,
	  MAX_LENGTH: 1024 * 64,
	  POSIX_REGEX_SOURCE,

	  // regular expressions
	  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
	  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
	  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
	  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
	  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
	  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

	  // Replace globs with equivalent patterns to reduce parsing time.
	  REPLACEMENTS: {
	    __proto__: null,
	    '***': '*',
	    '**/**': '**',
	    '**/**/**': '**'
	  },

	  // Digits
	  CHAR_0: 48, /* 0 */
	  CHAR_9: 57, /* 9 */

	  // Alphabet chars.
	  CHAR_UPPERCASE_A: 65, /* A */
	  CHAR_LOWERCASE_A: 97, /* a */
	  CHAR_UPPERCASE_Z: 90, /* Z */
	  CHAR_LOWERCASE_Z: 122, /* z */

	  CHAR_LEFT_PARENTHESES: 40, /* ( */
	  CHAR_RIGHT_PARENTHESES: 41, /* ) */

	  CHAR_ASTERISK: 42, /* * */

	  // Non-alphabetic chars.
	  CHAR_AMPERSAND: 38, /* & */
	  CHAR_AT: 64, /* @ */
	  CHAR_BACKWARD_SLASH: 92, /* \ */
	  CHAR_CARRIAGE_RETURN: 13, /* \r */
	  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
	  CHAR_COLON: 58, /* : */
	  CHAR_COMMA: 44, /* , */
	  CHAR_DOT: 46, /* . */
	  CHAR_DOUBLE_QUOTE: 34, /* " */
	  CHAR_EQUAL: 61, /* = */
	  CHAR_EXCLAMATION_MARK: 33, /* ! */
	  CHAR_FORM_FEED: 12, /* \f */
	  CHAR_FORWARD_SLASH: 47, /* / */
	  CHAR_GRAVE_ACCENT: 96, /* ` */
	  CHAR_HASH: 35, /* # */
	  CHAR_HYPHEN_MINUS: 45, /* - */
	  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
	  CHAR_LEFT_CURLY_BRACE: 123, /* { */
	  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
	  CHAR_LINE_FEED: 10, /* \n */
	  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
	  CHAR_PERCENT: 37, /* % */
	  CHAR_PLUS: 43, /* + */
	  CHAR_QUESTION_MARK: 63, /* ? */
	  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
	  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
	  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
	  CHAR_SEMICOLON: 59, /* ; */
	  CHAR_SINGLE_QUOTE: 39, /* ' */
	  CHAR_SPACE: 32, /*   */
	  CHAR_TAB: 9, /* \t */
	  CHAR_UNDERSCORE: 95, /* _ */
	  CHAR_VERTICAL_LINE: 124, /* | */
	  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

	  /**
	   * Create EXTGLOB_CHARS
	   */

	  extglobChars(chars) {
	    return {
	      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
	      '?': { type: 'qmark', open: '(?:', close: ')?' },
	      '+': { type: 'plus', open: '(?:', close: ')+' },
	      '*': { type: 'star', open: '(?:', close: ')*' },
	      '@': { type: 'at', open: '(?:', close: ')' }
	    };
	  },

	  /**
	   * Create GLOB_CHARS
	   */

	  globChars(win32) {
	    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
	  }
	};
	return constants;
}

/*global navigator*/

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	(function (exports) {

		const {
		  REGEX_BACKSLASH,
		  REGEX_REMOVE_BACKSLASH,
		  REGEX_SPECIAL_CHARS,
		  REGEX_SPECIAL_CHARS_GLOBAL
		} = /*@__PURE__*/ requireConstants();

		exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
		exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
		exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

		exports.isWindows = () => {
		  if (typeof navigator !== 'undefined' && navigator.platform) {
		    const platform = navigator.platform.toLowerCase();
		    return platform === 'win32' || platform === 'windows';
		  }

		  if (typeof process !== 'undefined' && process.platform) {
		    return process.platform === 'win32';
		  }

		  return false;
		};

		exports.removeBackslashes = str => {
		  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
		    return match === '\\' ? '' : match;
		  });
		};

		exports.escapeLast = (input, char, lastIdx) => {
		  const idx = input.lastIndexOf(char, lastIdx);
		  if (idx === -1) return input;
		  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
		  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};

		exports.removePrefix = (input, state = {}) => {
		  let output = input;
		  if (output.startsWith('./')) {
		    output = output.slice(2);
		    state.prefix = './';
		  }
		  return output;
		};

		exports.wrapOutput = (input, state = {}, options = {}) => {
		  const prepend = options.contains ? '' : '^';
		  const append = options.contains ? '' : '$';

		  let output = `${prepend}(?:${input})${append}`;
		  if (state.negated === true) {
		    output = `(?:^(?!${output}).*$)`;
		  }
		  return output;
		};

		exports.basename = (path, { windows } = {}) => {
		  const segs = path.split(windows ? /[\\/]/ : '/');
		  const last = segs[segs.length - 1];

		  if (last === '') {
		    return segs[segs.length - 2];
		  }

		  return last;
		}; 
	} (utils));
	return utils;
}

var scan_1;
var hasRequiredScan;

function requireScan () {
	if (hasRequiredScan) return scan_1;
	hasRequiredScan = 1;

	const utils = /*@__PURE__*/ requireUtils();
	const {
	  CHAR_ASTERISK,             /* * */
	  CHAR_AT,                   /* @ */
	  CHAR_BACKWARD_SLASH,       /* \ */
	  CHAR_COMMA,                /* , */
	  CHAR_DOT,                  /* . */
	  CHAR_EXCLAMATION_MARK,     /* ! */
	  CHAR_FORWARD_SLASH,        /* / */
	  CHAR_LEFT_CURLY_BRACE,     /* { */
	  CHAR_LEFT_PARENTHESES,     /* ( */
	  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
	  CHAR_PLUS,                 /* + */
	  CHAR_QUESTION_MARK,        /* ? */
	  CHAR_RIGHT_CURLY_BRACE,    /* } */
	  CHAR_RIGHT_PARENTHESES,    /* ) */
	  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
	} = /*@__PURE__*/ requireConstants();

	const isPathSeparator = code => {
	  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};

	const depth = token => {
	  if (token.isPrefix !== true) {
	    token.depth = token.isGlobstar ? Infinity : 1;
	  }
	};

	/**
	 * Quickly scans a glob pattern and returns an object with a handful of
	 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	 *
	 * ```js
	 * const pm = require('picomatch');
	 * console.log(pm.scan('foo/bar/*.js'));
	 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	 * ```
	 * @param {String} `str`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with tokens and regex source string.
	 * @api public
	 */

	const scan = (input, options) => {
	  const opts = options || {};

	  const length = input.length - 1;
	  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
	  const slashes = [];
	  const tokens = [];
	  const parts = [];

	  let str = input;
	  let index = -1;
	  let start = 0;
	  let lastIndex = 0;
	  let isBrace = false;
	  let isBracket = false;
	  let isGlob = false;
	  let isExtglob = false;
	  let isGlobstar = false;
	  let braceEscaped = false;
	  let backslashes = false;
	  let negated = false;
	  let negatedExtglob = false;
	  let finished = false;
	  let braces = 0;
	  let prev;
	  let code;
	  let token = { value: '', depth: 0, isGlob: false };

	  const eos = () => index >= length;
	  const peek = () => str.charCodeAt(index + 1);
	  const advance = () => {
	    prev = code;
	    return str.charCodeAt(++index);
	  };

	  while (index < length) {
	    code = advance();
	    let next;

	    if (code === CHAR_BACKWARD_SLASH) {
	      backslashes = token.backslashes = true;
	      code = advance();

	      if (code === CHAR_LEFT_CURLY_BRACE) {
	        braceEscaped = true;
	      }
	      continue;
	    }

	    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
	      braces++;

	      while (eos() !== true && (code = advance())) {
	        if (code === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (code === CHAR_LEFT_CURLY_BRACE) {
	          braces++;
	          continue;
	        }

	        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (braceEscaped !== true && code === CHAR_COMMA) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (code === CHAR_RIGHT_CURLY_BRACE) {
	          braces--;

	          if (braces === 0) {
	            braceEscaped = false;
	            isBrace = token.isBrace = true;
	            finished = true;
	            break;
	          }
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (code === CHAR_FORWARD_SLASH) {
	      slashes.push(index);
	      tokens.push(token);
	      token = { value: '', depth: 0, isGlob: false };

	      if (finished === true) continue;
	      if (prev === CHAR_DOT && index === (start + 1)) {
	        start += 2;
	        continue;
	      }

	      lastIndex = index + 1;
	      continue;
	    }

	    if (opts.noext !== true) {
	      const isExtglobChar = code === CHAR_PLUS
	        || code === CHAR_AT
	        || code === CHAR_ASTERISK
	        || code === CHAR_QUESTION_MARK
	        || code === CHAR_EXCLAMATION_MARK;

	      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
	        isGlob = token.isGlob = true;
	        isExtglob = token.isExtglob = true;
	        finished = true;
	        if (code === CHAR_EXCLAMATION_MARK && index === start) {
	          negatedExtglob = true;
	        }

	        if (scanToEnd === true) {
	          let parens = 0;

	          while (eos() !== true && (code = advance())) {
	            if (code === CHAR_BACKWARD_SLASH) {
	              backslashes = token.backslashes = true;
	              advance();
	              continue;
	            }

	            if (code === CHAR_LEFT_PARENTHESES) {
	              parens++;
	              continue;
	            }

	            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	              finished = true;
	              break;
	            }
	          }
	          continue;
	        }
	        break;
	      }
	    }

	    if (code === CHAR_ASTERISK) {
	      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_QUESTION_MARK) {
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_LEFT_SQUARE_BRACKET) {
	      while (eos() !== true && (next = advance())) {
	        if (next === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
	          isBracket = token.isBracket = true;
	          isGlob = token.isGlob = true;
	          finished = true;
	          break;
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
	      negated = token.negated = true;
	      start++;
	      continue;
	    }

	    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
	      isGlob = token.isGlob = true;

	      if (scanToEnd === true) {
	        let parens = 1;

	        while (eos() !== true && (code = advance())) {
	          if (code === CHAR_BACKWARD_SLASH) {
	            backslashes = token.backslashes = true;
	            advance();
	            continue;
	          }

	          if (code === CHAR_LEFT_PARENTHESES) {
	            parens++;
	            continue;
	          }

	          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	            finished = true;
	            break;
	          }
	        }
	        continue;
	      }
	      break;
	    }

	    if (isGlob === true) {
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }
	  }

	  if (opts.noext === true) {
	    isExtglob = false;
	    isGlob = false;
	  }

	  let base = str;
	  let prefix = '';
	  let glob = '';

	  if (start > 0) {
	    prefix = str.slice(0, start);
	    str = str.slice(start);
	    lastIndex -= start;
	  }

	  if (base && isGlob === true && lastIndex > 0) {
	    base = str.slice(0, lastIndex);
	    glob = str.slice(lastIndex);
	  } else if (isGlob === true) {
	    base = '';
	    glob = str;
	  } else {
	    base = str;
	  }

	  if (base && base !== '' && base !== '/' && base !== str) {
	    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
	      base = base.slice(0, -1);
	    }
	  }

	  if (opts.unescape === true) {
	    if (glob) glob = utils.removeBackslashes(glob);

	    if (base && backslashes === true) {
	      base = utils.removeBackslashes(base);
	    }
	  }

	  const state = {
	    prefix,
	    input,
	    start,
	    base,
	    glob,
	    isBrace,
	    isBracket,
	    isGlob,
	    isExtglob,
	    isGlobstar,
	    negated,
	    negatedExtglob
	  };

	  if (opts.tokens === true) {
	    state.maxDepth = 0;
	    if (!isPathSeparator(code)) {
	      tokens.push(token);
	    }
	    state.tokens = tokens;
	  }

	  if (opts.parts === true || opts.tokens === true) {
	    let prevIndex;

	    for (let idx = 0; idx < slashes.length; idx++) {
	      const n = prevIndex !== undefined ? prevIndex + 1 : start;
	      const i = slashes[idx];
	      const value = input.slice(n, i);
	      if (opts.tokens) {
	        if (idx === 0 && start !== 0) {
	          tokens[idx].isPrefix = true;
	          tokens[idx].value = prefix;
	        } else {
	          tokens[idx].value = value;
	        }
	        depth(tokens[idx]);
	        state.maxDepth += tokens[idx].depth;
	      }
	      if (i >= start) {
	        parts.push(value);
	        prevIndex = i;
	      }
	    }

	    const n = prevIndex !== undefined ? prevIndex + 1 : start;
	    const value = input.slice(n);
	    parts.push(value);

	    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
	      tokens[tokens.length - 1].value = value;
	      depth(tokens[tokens.length - 1]);
	      state.maxDepth += tokens[tokens.length - 1].depth;
	    }

	    state.slashes = slashes;
	    state.parts = parts;
	  }

	  return state;
	};

	scan_1 = scan;
	return scan_1;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const constants = /*@__PURE__*/ requireConstants();
	const utils = /*@__PURE__*/ requireUtils();

	/**
	 * Constants
	 */

	const {
	  MAX_LENGTH,
	  POSIX_REGEX_SOURCE,
	  REGEX_NON_SPECIAL_CHARS,
	  REGEX_SPECIAL_CHARS_BACKREF,
	  REPLACEMENTS
	} = constants;

	/**
	 * Helpers
	 */

	const expandRange = (args, options) => {
	  if (typeof options.expandRange === 'function') {
	    return options.expandRange(...args, options);
	  }

	  args.sort();
	  const value = `[${args.join('-')}]`;

	  try {
	    /* eslint-disable-next-line no-new */
	    new RegExp(value);
	  } catch (ex) {
	    return args.map(v => utils.escapeRegex(v)).join('..');
	  }

	  return value;
	};

	/**
	 * Create the message for a syntax error
	 */

	const syntaxError = (type, char) => {
	  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};

	const splitTopLevel = input => {
	  const parts = [];
	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let value = '';
	  let escaped = false;

	  for (const ch of input) {
	    if (escaped === true) {
	      value += ch;
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      value += ch;
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      value += ch;
	      continue;
	    }

	    if (quote === 0) {
	      if (ch === '[') {
	        bracket++;
	      } else if (ch === ']' && bracket > 0) {
	        bracket--;
	      } else if (bracket === 0) {
	        if (ch === '(') {
	          paren++;
	        } else if (ch === ')' && paren > 0) {
	          paren--;
	        } else if (ch === '|' && paren === 0) {
	          parts.push(value);
	          value = '';
	          continue;
	        }
	      }
	    }

	    value += ch;
	  }

	  parts.push(value);
	  return parts;
	};

	const isPlainBranch = branch => {
	  let escaped = false;

	  for (const ch of branch) {
	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (/[?*+@!()[\]{}]/.test(ch)) {
	      return false;
	    }
	  }

	  return true;
	};

	const normalizeSimpleBranch = branch => {
	  let value = branch.trim();
	  let changed = true;

	  while (changed === true) {
	    changed = false;

	    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
	      value = value.slice(2, -1);
	      changed = true;
	    }
	  }

	  if (!isPlainBranch(value)) {
	    return;
	  }

	  return value.replace(/\\(.)/g, '$1');
	};

	const hasRepeatedCharPrefixOverlap = branches => {
	  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

	  for (let i = 0; i < values.length; i++) {
	    for (let j = i + 1; j < values.length; j++) {
	      const a = values[i];
	      const b = values[j];
	      const char = a[0];

	      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
	        continue;
	      }

	      if (a === b || a.startsWith(b) || b.startsWith(a)) {
	        return true;
	      }
	    }
	  }

	  return false;
	};

	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
	  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
	    return;
	  }

	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let escaped = false;

	  for (let i = 1; i < pattern.length; i++) {
	    const ch = pattern[i];

	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      continue;
	    }

	    if (quote === 1) {
	      continue;
	    }

	    if (ch === '[') {
	      bracket++;
	      continue;
	    }

	    if (ch === ']' && bracket > 0) {
	      bracket--;
	      continue;
	    }

	    if (bracket > 0) {
	      continue;
	    }

	    if (ch === '(') {
	      paren++;
	      continue;
	    }

	    if (ch === ')') {
	      paren--;

	      if (paren === 0) {
	        if (requireEnd === true && i !== pattern.length - 1) {
	          return;
	        }

	        return {
	          type: pattern[0],
	          body: pattern.slice(2, i),
	          end: i
	        };
	      }
	    }
	  }
	};

	const buildCharClassStar = chars => {
	  const source = chars.length === 1
	    ? utils.escapeRegex(chars[0])
	    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

	  return `${source}*`;
	};

	const getStarExtglobSequenceChars = pattern => {
	  let index = 0;
	  const chars = [];

	  while (index < pattern.length) {
	    const match = parseRepeatedExtglob(pattern.slice(index), false);

	    if (!match || match.type !== '*') {
	      return;
	    }

	    const branches = splitTopLevel(match.body).map(branch => branch.trim());
	    if (branches.length !== 1) {
	      return;
	    }

	    const branch = normalizeSimpleBranch(branches[0]);
	    if (!branch || branch.length !== 1) {
	      return;
	    }

	    chars.push(branch);
	    index += match.end + 1;
	  }

	  if (chars.length < 1) {
	    return;
	  }

	  return chars;
	};

	const repeatedExtglobRecursion = pattern => {
	  let depth = 0;
	  let value = pattern.trim();
	  let match = parseRepeatedExtglob(value);

	  while (match) {
	    depth++;
	    value = match.body.trim();
	    match = parseRepeatedExtglob(value);
	  }

	  return depth;
	};

	const analyzeRepeatedExtglob = (body, options) => {
	  if (options.maxExtglobRecursion === false) {
	    return { risky: false };
	  }

	  const max =
	    typeof options.maxExtglobRecursion === 'number'
	      ? options.maxExtglobRecursion
	      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

	  const branches = splitTopLevel(body).map(branch => branch.trim());

	  if (branches.length > 1) {
	    if (
	      branches.some(branch => branch === '') ||
	      branches.some(branch => /^[*?]+$/.test(branch)) ||
	      hasRepeatedCharPrefixOverlap(branches)
	    ) {
	      return { risky: true };
	    }
	  }

	  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
	  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
	  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
	  // characters we can emit one flat, ReDoS-safe character class that preserves the
	  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
	  // every branch but the first.
	  const safeChars = [];
	  let sawStarSequence = false;
	  let combinable = true;

	  for (const branch of branches) {
	    const chars = getStarExtglobSequenceChars(branch);
	    if (chars) {
	      sawStarSequence = true;
	      safeChars.push(...chars);
	      continue;
	    }

	    const literal = normalizeSimpleBranch(branch);
	    if (literal && literal.length === 1) {
	      safeChars.push(literal);
	      continue;
	    }

	    combinable = false;

	    if (repeatedExtglobRecursion(branch) > max) {
	      return { risky: true };
	    }
	  }

	  if (sawStarSequence) {
	    return combinable
	      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
	      : { risky: true };
	  }

	  return { risky: false };
	};

	/**
	 * Parse the given input string.
	 * @param {String} input
	 * @param {Object} options
	 * @return {Object}
	 */

	const parse = (input, options) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected a string');
	  }

	  input = REPLACEMENTS[input] || input;

	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

	  let len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
	  const tokens = [bos];

	  const capture = opts.capture ? '' : '?:';

	  // create constants based on platform, for windows or posix
	  const PLATFORM_CHARS = constants.globChars(opts.windows);
	  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

	  const {
	    DOT_LITERAL,
	    PLUS_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOT_SLASH,
	    NO_DOTS_SLASH,
	    QMARK,
	    QMARK_NO_DOT,
	    STAR,
	    START_ANCHOR
	  } = PLATFORM_CHARS;

	  const globstar = opts => {
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const nodot = opts.dot ? '' : NO_DOT;
	  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
	  let star = opts.bash === true ? globstar(opts) : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  // minimatch options support
	  if (typeof opts.noext === 'boolean') {
	    opts.noextglob = opts.noext;
	  }

	  const state = {
	    input,
	    index: -1,
	    start: 0,
	    dot: opts.dot === true,
	    consumed: '',
	    output: '',
	    prefix: '',
	    backtrack: false,
	    negated: false,
	    brackets: 0,
	    braces: 0,
	    parens: 0,
	    quotes: 0,
	    globstar: false,
	    tokens
	  };

	  input = utils.removePrefix(input, state);
	  len = input.length;

	  const extglobs = [];
	  const braces = [];
	  const stack = [];
	  let prev = bos;
	  let value;

	  /**
	   * Tokenizing helpers
	   */

	  const eos = () => state.index === len - 1;
	  const peek = state.peek = (n = 1) => input[state.index + n];
	  const advance = state.advance = () => input[++state.index] || '';
	  const remaining = () => input.slice(state.index + 1);
	  const consume = (value = '', num = 0) => {
	    state.consumed += value;
	    state.index += num;
	  };

	  const append = token => {
	    state.output += token.output != null ? token.output : token.value;
	    consume(token.value);
	  };

	  const negate = () => {
	    let count = 1;

	    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
	      advance();
	      state.start++;
	      count++;
	    }

	    if (count % 2 === 0) {
	      return false;
	    }

	    state.negated = true;
	    state.start++;
	    return true;
	  };

	  const increment = type => {
	    state[type]++;
	    stack.push(type);
	  };

	  const decrement = type => {
	    state[type]--;
	    stack.pop();
	  };

	  /**
	   * Push tokens onto the tokens array. This helper speeds up
	   * tokenizing by 1) helping us avoid backtracking as much as possible,
	   * and 2) helping us avoid creating extra tokens when consecutive
	   * characters are plain text. This improves performance and simplifies
	   * lookbehinds.
	   */

	  const push = tok => {
	    if (prev.type === 'globstar') {
	      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
	      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

	      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
	        state.output = state.output.slice(0, -prev.output.length);
	        prev.type = 'star';
	        prev.value = '*';
	        prev.output = star;
	        state.output += prev.output;
	      }
	    }

	    if (extglobs.length && tok.type !== 'paren') {
	      extglobs[extglobs.length - 1].inner += tok.value;
	    }

	    if (tok.value || tok.output) append(tok);
	    if (prev && prev.type === 'text' && tok.type === 'text') {
	      prev.output = (prev.output || prev.value) + tok.value;
	      prev.value += tok.value;
	      return;
	    }

	    tok.prev = prev;
	    tokens.push(tok);
	    prev = tok;
	  };

	  const extglobOpen = (type, value) => {
	    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

	    token.prev = prev;
	    token.parens = state.parens;
	    token.output = state.output;
	    token.startIndex = state.index;
	    token.tokensIndex = tokens.length;
	    const output = (opts.capture ? '(' : '') + token.open;

	    increment('parens');
	    push({ type, value, output: state.output ? '' : ONE_CHAR });
	    push({ type: 'paren', extglob: true, value: advance(), output });
	    extglobs.push(token);
	  };

	  const extglobClose = token => {
	    const literal = input.slice(token.startIndex, state.index + 1);
	    const body = input.slice(token.startIndex + 2, state.index);
	    const analysis = analyzeRepeatedExtglob(body, opts);

	    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
	      const safeOutput = analysis.safeOutput
	        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
	        : undefined;
	      const open = tokens[token.tokensIndex];

	      open.type = 'text';
	      open.value = literal;
	      open.output = safeOutput || utils.escapeRegex(literal);

	      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
	        tokens[i].value = '';
	        tokens[i].output = '';
	        delete tokens[i].suffix;
	      }

	      state.output = token.output + open.output;
	      state.backtrack = true;

	      push({ type: 'paren', extglob: true, value, output: '' });
	      decrement('parens');
	      return;
	    }

	    let output = token.close + (opts.capture ? ')' : '');
	    let rest;

	    if (token.type === 'negate') {
	      let extglobStar = star;

	      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
	        extglobStar = globstar(opts);
	      }

	      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
	        output = token.close = `)$))${extglobStar}`;
	      }

	      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
	        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
	        // In this case, we need to parse the string and use it in the output of the original pattern.
	        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
	        //
	        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
	        const expression = parse(rest, { ...options, fastpaths: false }).output;

	        output = token.close = `)${expression})${extglobStar})`;
	      }

	      if (token.prev.type === 'bos') {
	        state.negatedExtglob = true;
	      }
	    }

	    push({ type: 'paren', extglob: true, value, output });
	    decrement('parens');
	  };

	  /**
	   * Fast paths
	   */

	  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
	    let backslashes = false;

	    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
	      if (first === '\\') {
	        backslashes = true;
	        return m;
	      }

	      if (first === '?') {
	        if (esc) {
	          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        if (index === 0) {
	          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        return QMARK.repeat(chars.length);
	      }

	      if (first === '.') {
	        return DOT_LITERAL.repeat(chars.length);
	      }

	      if (first === '*') {
	        if (esc) {
	          return esc + first + (rest ? star : '');
	        }
	        return star;
	      }
	      return esc ? m : `\\${m}`;
	    });

	    if (backslashes === true) {
	      if (opts.unescape === true) {
	        output = output.replace(/\\/g, '');
	      } else {
	        output = output.replace(/\\+/g, m => {
	          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
	        });
	      }
	    }

	    if (output === input && opts.contains === true) {
	      state.output = input;
	      return state;
	    }

	    state.output = utils.wrapOutput(output, state, options);
	    return state;
	  }

	  /**
	   * Tokenize input until we reach end-of-string
	   */

	  while (!eos()) {
	    value = advance();

	    if (value === '\u0000') {
	      continue;
	    }

	    /**
	     * Escaped characters
	     */

	    if (value === '\\') {
	      const next = peek();

	      if (next === '/' && opts.bash !== true) {
	        continue;
	      }

	      if (next === '.' || next === ';') {
	        continue;
	      }

	      if (!next) {
	        value += '\\';
	        push({ type: 'text', value });
	        continue;
	      }

	      // collapse slashes to reduce potential for exploits
	      const match = /^\\+/.exec(remaining());
	      let slashes = 0;

	      if (match && match[0].length > 2) {
	        slashes = match[0].length;
	        state.index += slashes;
	        if (slashes % 2 !== 0) {
	          value += '\\';
	        }
	      }

	      if (opts.unescape === true) {
	        value = advance();
	      } else {
	        value += advance();
	      }

	      if (state.brackets === 0) {
	        push({ type: 'text', value });
	        continue;
	      }
	    }

	    /**
	     * If we're inside a regex character class, continue
	     * until we reach the closing bracket.
	     */

	    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
	      if (opts.posix !== false && value === ':') {
	        const inner = prev.value.slice(1);
	        if (inner.includes('[')) {
	          prev.posix = true;

	          if (inner.includes(':')) {
	            const idx = prev.value.lastIndexOf('[');
	            const pre = prev.value.slice(0, idx);
	            const rest = prev.value.slice(idx + 2);
	            const posix = POSIX_REGEX_SOURCE[rest];
	            if (posix) {
	              prev.value = pre + posix;
	              state.backtrack = true;
	              advance();

	              if (!bos.output && tokens.indexOf(prev) === 1) {
	                bos.output = ONE_CHAR;
	              }
	              continue;
	            }
	          }
	        }
	      }

	      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
	        value = `\\${value}`;
	      }

	      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
	        value = `\\${value}`;
	      }

	      if (opts.posix === true && value === '!' && prev.value === '[') {
	        value = '^';
	      }

	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * If we're inside a quoted string, continue
	     * until we reach the closing double quote.
	     */

	    if (state.quotes === 1 && value !== '"') {
	      value = utils.escapeRegex(value);
	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * Double quotes
	     */

	    if (value === '"') {
	      state.quotes = state.quotes === 1 ? 0 : 1;
	      if (opts.keepQuotes === true) {
	        push({ type: 'text', value });
	      }
	      continue;
	    }

	    /**
	     * Parentheses
	     */

	    if (value === '(') {
	      increment('parens');
	      push({ type: 'paren', value });
	      continue;
	    }

	    if (value === ')') {
	      if (state.parens === 0 && opts.strictBrackets === true) {
	        throw new SyntaxError(syntaxError('opening', '('));
	      }

	      const extglob = extglobs[extglobs.length - 1];
	      if (extglob && state.parens === extglob.parens + 1) {
	        extglobClose(extglobs.pop());
	        continue;
	      }

	      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
	      decrement('parens');
	      continue;
	    }

	    /**
	     * Square brackets
	     */

	    if (value === '[') {
	      if (opts.nobracket === true || !remaining().includes(']')) {
	        if (opts.nobracket !== true && opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('closing', ']'));
	        }

	        value = `\\${value}`;
	      } else {
	        increment('brackets');
	      }

	      push({ type: 'bracket', value });
	      continue;
	    }

	    if (value === ']') {
	      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      if (state.brackets === 0) {
	        if (opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('opening', '['));
	        }

	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      decrement('brackets');

	      const prevValue = prev.value.slice(1);
	      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
	        value = `/${value}`;
	      }

	      prev.value += value;
	      append({ value });

	      // when literal brackets are explicitly disabled
	      // assume we should match with a regex character class
	      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
	        continue;
	      }

	      const escaped = utils.escapeRegex(prev.value);
	      state.output = state.output.slice(0, -prev.value.length);

	      // when literal brackets are explicitly enabled
	      // assume we should escape the brackets to match literal characters
	      if (opts.literalBrackets === true) {
	        state.output += escaped;
	        prev.value = escaped;
	        continue;
	      }

	      // when the user specifies nothing, try to match both
	      prev.value = `(${capture}${escaped}|${prev.value})`;
	      state.output += prev.value;
	      continue;
	    }

	    /**
	     * Braces
	     */

	    if (value === '{' && opts.nobrace !== true) {
	      increment('braces');

	      const open = {
	        type: 'brace',
	        value,
	        output: '(',
	        outputIndex: state.output.length,
	        tokensIndex: state.tokens.length
	      };

	      braces.push(open);
	      push(open);
	      continue;
	    }

	    if (value === '}') {
	      const brace = braces[braces.length - 1];

	      if (opts.nobrace === true || !brace) {
	        push({ type: 'text', value, output: value });
	        continue;
	      }

	      let output = ')';

	      if (brace.dots === true) {
	        const arr = tokens.slice();
	        const range = [];

	        for (let i = arr.length - 1; i >= 0; i--) {
	          tokens.pop();
	          if (arr[i].type === 'brace') {
	            break;
	          }
	          if (arr[i].type !== 'dots') {
	            range.unshift(arr[i].value);
	          }
	        }

	        output = expandRange(range, opts);
	        state.backtrack = true;
	      }

	      if (brace.comma !== true && brace.dots !== true) {
	        const out = state.output.slice(0, brace.outputIndex);
	        const toks = state.tokens.slice(brace.tokensIndex);
	        brace.value = brace.output = '\\{';
	        value = output = '\\}';
	        state.output = out;
	        for (const t of toks) {
	          state.output += (t.output || t.value);
	        }
	      }

	      push({ type: 'brace', value, output });
	      decrement('braces');
	      braces.pop();
	      continue;
	    }

	    /**
	     * Pipes
	     */

	    if (value === '|') {
	      if (extglobs.length > 0) {
	        extglobs[extglobs.length - 1].conditions++;
	      }
	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Commas
	     */

	    if (value === ',') {
	      let output = value;

	      const brace = braces[braces.length - 1];
	      if (brace && stack[stack.length - 1] === 'braces') {
	        brace.comma = true;
	        output = '|';
	      }

	      push({ type: 'comma', value, output });
	      continue;
	    }

	    /**
	     * Slashes
	     */

	    if (value === '/') {
	      // if the beginning of the glob is "./", advance the start
	      // to the current index, and don't add the "./" characters
	      // to the state. This greatly simplifies lookbehinds when
	      // checking for BOS characters like "!" and "." (not "./")
	      if (prev.type === 'dot' && state.index === state.start + 1) {
	        state.start = state.index + 1;
	        state.consumed = '';
	        state.output = '';
	        tokens.pop();
	        prev = bos; // reset "prev" to the first token
	        continue;
	      }

	      push({ type: 'slash', value, output: SLASH_LITERAL });
	      continue;
	    }

	    /**
	     * Dots
	     */

	    if (value === '.') {
	      if (state.braces > 0 && prev.type === 'dot') {
	        if (prev.value === '.') prev.output = DOT_LITERAL;
	        const brace = braces[braces.length - 1];
	        prev.type = 'dots';
	        prev.output += value;
	        prev.value += value;
	        brace.dots = true;
	        continue;
	      }

	      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
	        push({ type: 'text', value, output: DOT_LITERAL });
	        continue;
	      }

	      push({ type: 'dot', value, output: DOT_LITERAL });
	      continue;
	    }

	    /**
	     * Question marks
	     */

	    if (value === '?') {
	      const isGroup = prev && prev.value === '(';
	      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('qmark', value);
	        continue;
	      }

	      if (prev && prev.type === 'paren') {
	        const next = peek();
	        let output = value;

	        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
	          output = `\\${value}`;
	        }

	        push({ type: 'text', value, output });
	        continue;
	      }

	      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
	        push({ type: 'qmark', value, output: QMARK_NO_DOT });
	        continue;
	      }

	      push({ type: 'qmark', value, output: QMARK });
	      continue;
	    }

	    /**
	     * Exclamation
	     */

	    if (value === '!') {
	      if (opts.noextglob !== true && peek() === '(') {
	        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
	          extglobOpen('negate', value);
	          continue;
	        }
	      }

	      if (opts.nonegate !== true && state.index === 0) {
	        negate();
	        continue;
	      }
	    }

	    /**
	     * Plus
	     */

	    if (value === '+') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('plus', value);
	        continue;
	      }

	      if ((prev && prev.value === '(') || opts.regex === false) {
	        push({ type: 'plus', value, output: PLUS_LITERAL });
	        continue;
	      }

	      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
	        push({ type: 'plus', value });
	        continue;
	      }

	      push({ type: 'plus', value: PLUS_LITERAL });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value === '@') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        push({ type: 'at', extglob: true, value, output: '' });
	        continue;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value !== '*') {
	      if (value === '$' || value === '^') {
	        value = `\\${value}`;
	      }

	      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
	      if (match) {
	        value += match[0];
	        state.index += match[0].length;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Stars
	     */

	    if (prev && (prev.type === 'globstar' || prev.star === true)) {
	      prev.type = 'star';
	      prev.star = true;
	      prev.value += value;
	      prev.output = star;
	      state.backtrack = true;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    let rest = remaining();
	    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
	      extglobOpen('star', value);
	      continue;
	    }

	    if (prev.type === 'star') {
	      if (opts.noglobstar === true) {
	        consume(value);
	        continue;
	      }

	      const prior = prev.prev;
	      const before = prior.prev;
	      const isStart = prior.type === 'slash' || prior.type === 'bos';
	      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

	      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
	      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
	      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      // strip consecutive `/**/`
	      while (rest.slice(0, 3) === '/**') {
	        const after = input[state.index + 4];
	        if (after && after !== '/') {
	          break;
	        }
	        rest = rest.slice(3);
	        consume('/**', 3);
	      }

	      // A globstar followed only by balanced closing parens is at the logical end of patterns like
	      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
	      // parent path, except in negated extglobs where that would change the exclusion semantics.
	      const isEnd = eos() || (
	        state.parens > 0
	        && rest === ')'.repeat(state.parens)
	        && !extglobs.some(extglob => extglob.type === 'negate')
	      );

	      if (prior.type === 'bos' && eos()) {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = globstar(opts);
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
	        prev.value += value;
	        state.globstar = true;
	        state.output += prior.output + prev.output;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
	        const end = rest[1] !== void 0 ? '|$' : '';

	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
	        prev.value += value;

	        state.output += prior.output + prev.output;
	        state.globstar = true;

	        consume(value + advance());

	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      if (prior.type === 'bos' && rest[0] === '/') {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value + advance());
	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      // remove single star from output
	      state.output = state.output.slice(0, -prev.output.length);

	      // reset previous token to globstar
	      prev.type = 'globstar';
	      prev.output = globstar(opts);
	      prev.value += value;

	      // reset output with globstar
	      state.output += prev.output;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    const token = { type: 'star', value, output: star };

	    if (opts.bash === true) {
	      token.output = '.*?';
	      if (prev.type === 'bos' || prev.type === 'slash') {
	        token.output = nodot + token.output;
	      }
	      push(token);
	      continue;
	    }

	    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
	      token.output = value;
	      push(token);
	      continue;
	    }

	    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
	      if (prev.type === 'dot') {
	        state.output += NO_DOT_SLASH;
	        prev.output += NO_DOT_SLASH;

	      } else if (opts.dot === true) {
	        state.output += NO_DOTS_SLASH;
	        prev.output += NO_DOTS_SLASH;

	      } else {
	        state.output += nodot;
	        prev.output += nodot;
	      }

	      if (peek() !== '*') {
	        state.output += ONE_CHAR;
	        prev.output += ONE_CHAR;
	      }
	    }

	    push(token);
	  }

	  while (state.brackets > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
	    state.output = utils.escapeLast(state.output, '[');
	    decrement('brackets');
	  }

	  while (state.parens > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
	    state.output = utils.escapeLast(state.output, '(');
	    decrement('parens');
	  }

	  while (state.braces > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
	    state.output = utils.escapeLast(state.output, '{');
	    decrement('braces');
	  }

	  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
	    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
	  }

	  // rebuild the output if we had to backtrack at any point
	  if (state.backtrack === true) {
	    state.output = '';

	    for (const token of state.tokens) {
	      state.output += token.output != null ? token.output : token.value;

	      if (token.suffix) {
	        state.output += token.suffix;
	      }
	    }
	  }

	  return state;
	};

	/**
	 * Fast paths for creating regular expressions for common glob patterns.
	 * This can significantly speed up processing and has very little downside
	 * impact when none of the fast paths match.
	 */

	parse.fastpaths = (input, options) => {
	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
	  const len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  input = REPLACEMENTS[input] || input;

	  // create constants based on platform, for windows or posix
	  const {
	    DOT_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOTS,
	    NO_DOTS_SLASH,
	    STAR,
	    START_ANCHOR
	  } = constants.globChars(opts.windows);

	  const nodot = opts.dot ? NO_DOTS : NO_DOT;
	  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
	  const capture = opts.capture ? '' : '?:';
	  const state = { negated: false, prefix: '' };
	  let star = opts.bash === true ? '.*?' : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  const globstar = opts => {
	    if (opts.noglobstar === true) return star;
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const create = str => {
	    switch (str) {
	      case '*':
	        return `${nodot}${ONE_CHAR}${star}`;

	      case '.*':
	        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*.*':
	        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*/*':
	        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

	      case '**':
	        return nodot + globstar(opts);

	      case '**/*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

	      case '**/*.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '**/.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

	      default: {
	        const match = /^(.*?)\.(\w+)$/.exec(str);
	        if (!match) return;

	        const source = create(match[1]);
	        if (!source) return;

	        return source + DOT_LITERAL + match[2];
	      }
	    }
	  };

	  const output = utils.removePrefix(input, state);
	  let source = create(output);

	  if (source && opts.strictSlashes !== true) {
	    source += `${SLASH_LITERAL}?`;
	  }

	  return source;
	};

	parse_1 = parse;
	return parse_1;
}

var picomatch_1$1;
var hasRequiredPicomatch$1;

function requirePicomatch$1 () {
	if (hasRequiredPicomatch$1) return picomatch_1$1;
	hasRequiredPicomatch$1 = 1;

	const scan = /*@__PURE__*/ requireScan();
	const parse = /*@__PURE__*/ requireParse();
	const utils = /*@__PURE__*/ requireUtils();
	const constants = /*@__PURE__*/ requireConstants();
	const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

	/**
	 * Creates a matcher function from one or more glob patterns. The
	 * returned function takes a string to match as its first argument,
	 * and returns true if the string is a match. The returned matcher
	 * function also takes a boolean as the second argument that, when true,
	 * returns an object with additional information.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch(glob[, options]);
	 *
	 * const isMatch = picomatch('*.!(*a)');
	 * console.log(isMatch('a.a')); //=> false
	 * console.log(isMatch('a.b')); //=> true
	 *
	 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	 * const picomatch = require('picomatch/posix');
	 * // the same API, defaulting to posix paths
	 * const isMatch = picomatch('a/*');
	 * console.log(isMatch('a\\b')); //=> false
	 * console.log(isMatch('a/b')); //=> true
	 *
	 * // you can still configure the matcher function to accept windows paths
	 * const isMatch = picomatch('a/*', { options: windows });
	 * console.log(isMatch('a\\b')); //=> true
	 * console.log(isMatch('a/b')); //=> true
	 * ```
	 * @name picomatch
	 * @param {String|Array} `globs` One or more glob patterns.
	 * @param {Object=} `options`
	 * @return {Function=} Returns a matcher function.
	 * @api public
	 */

	const picomatch = (glob, options, returnState = false) => {
	  if (Array.isArray(glob)) {
	    const fns = glob.map(input => picomatch(input, options, returnState));
	    const arrayMatcher = str => {
	      for (const isMatch of fns) {
	        const state = isMatch(str);
	        if (state) return state;
	      }
	      return false;
	    };
	    return arrayMatcher;
	  }

	  const isState = isObject(glob) && glob.tokens && glob.input;

	  if (glob === '' || (typeof glob !== 'string' && !isState)) {
	    throw new TypeError('Expected pattern to be a non-empty string');
	  }

	  const opts = options || {};
	  const posix = opts.windows;
	  const regex = isState
	    ? picomatch.compileRe(glob, options)
	    : picomatch.makeRe(glob, options, false, true);

	  const state = regex.state;
	  delete regex.state;

	  let isIgnored = () => false;
	  if (opts.ignore) {
	    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
	    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
	  }

	  const matcher = (input, returnObject = false) => {
	    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
	    const result = { glob, state, regex, posix, input, output, match, isMatch };

	    if (typeof opts.onResult === 'function') {
	      opts.onResult(result);
	    }

	    if (isMatch === false) {
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (isIgnored(input)) {
	      if (typeof opts.onIgnore === 'function') {
	        opts.onIgnore(result);
	      }
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (typeof opts.onMatch === 'function') {
	      opts.onMatch(result);
	    }
	    return returnObject ? result : true;
	  };

	  if (returnState) {
	    matcher.state = state;
	  }

	  return matcher;
	};

	/**
	 * Test `input` with the given `regex`. This is used by the main
	 * `picomatch()` function to test the input string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.test(input, regex[, options]);
	 *
	 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp} `regex`
	 * @return {Object} Returns an object with matching info.
	 * @api public
	 */

	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected input to be a string');
	  }

	  if (input === '') {
	    return { isMatch: false, output: '' };
	  }

	  const opts = options || {};
	  const format = opts.format || (posix ? utils.toPosixSlashes : null);
	  let match = input === glob;
	  let output = (match && format) ? format(input) : input;

	  if (match === false) {
	    output = format ? format(input) : input;
	    match = output === glob;
	  }

	  if (match === false || opts.capture === true) {
	    if (opts.matchBase === true || opts.basename === true) {
	      match = picomatch.matchBase(input, regex, options, posix);
	    } else {
	      match = regex.exec(output);
	    }
	  }

	  return { isMatch: Boolean(match), match, output };
	};

	/**
	 * Match the basename of a filepath.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.matchBase(input, glob[, options]);
	 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	 * @return {Boolean}
	 * @api public
	 */

	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
	  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
	  return regex.test(utils.basename(input, { windows: posix }));
	};

	/**
	 * Returns true if **any** of the given glob `patterns` match the specified `string`.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.isMatch(string, patterns[, options]);
	 *
	 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	 * ```
	 * @param {String|Array} str The string to test.
	 * @param {String|Array} patterns One or more glob patterns to use for matching.
	 * @param {Object} [options] See available [options](#options).
	 * @return {Boolean} Returns true if any patterns match `str`
	 * @api public
	 */

	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

	/**
	 * Parse a glob pattern to create the source string for a regular
	 * expression.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const result = picomatch.parse(pattern[, options]);
	 * ```
	 * @param {String} `pattern`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	 * @api public
	 */

	picomatch.parse = (pattern, options) => {
	  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
	  return parse(pattern, { ...options, fastpaths: false });
	};

	/**
	 * Scan a glob pattern to separate the pattern into segments.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.scan(input[, options]);
	 *
	 * const result = picomatch.scan('!./foo/*.js');
	 * console.log(result);
	 * { prefix: '!./',
	 *   input: '!./foo/*.js',
	 *   start: 3,
	 *   base: 'foo',
	 *   glob: '*.js',
	 *   isBrace: false,
	 *   isBracket: false,
	 *   isGlob: true,
	 *   isExtglob: false,
	 *   isGlobstar: false,
	 *   negated: true }
	 * ```
	 * @param {String} `input` Glob pattern to scan.
	 * @param {Object} `options`
	 * @return {Object} Returns an object with
	 * @api public
	 */

	picomatch.scan = (input, options) => scan(input, options);

	/**
	 * Compile a regular expression from the `state` object returned by the
	 * [parse()](#parse) method.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const state = picomatch.parse('*.js');
	 * // picomatch.compileRe(state[, options]);
	 *
	 * console.log(picomatch.compileRe(state));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {Object} `state`
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
	  if (returnOutput === true) {
	    return state.output;
	  }

	  const opts = options || {};
	  const prepend = opts.contains ? '' : '^';
	  const append = opts.contains ? '' : '$';

	  let source = `${prepend}(?:${state.output})${append}`;
	  if (state && state.negated === true) {
	    source = `^(?!${source}).*$`;
	  }

	  const regex = picomatch.toRegex(source, options);
	  if (returnState === true) {
	    regex.state = state;
	  }

	  return regex;
	};

	/**
	 * Create a regular expression from a parsed glob pattern.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.makeRe(state[, options]);
	 *
	 * const result = picomatch.makeRe('*.js');
	 * console.log(result);
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `state` The object returned from the `.parse` method.
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	 * @return {RegExp} Returns a regex created from the given pattern.
	 * @api public
	 */

	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
	  if (!input || typeof input !== 'string') {
	    throw new TypeError('Expected a non-empty string');
	  }

	  let parsed = { negated: false, fastpaths: true };

	  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
	    parsed.output = parse.fastpaths(input, options);
	  }

	  if (!parsed.output) {
	    parsed = parse(input, options);
	  }

	  return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};

	/**
	 * Create a regular expression from the given regex source string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.toRegex(source[, options]);
	 *
	 * const { output } = picomatch.parse('*.js');
	 * console.log(picomatch.toRegex(output));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `source` Regular expression source string.
	 * @param {Object} `options`
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.toRegex = (source, options) => {
	  try {
	    const opts = options || {};
	    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
	  } catch (err) {
	    if (options && options.debug === true) throw err;
	    return /$^/;
	  }
	};

	/**
	 * Picomatch constants.
	 * @return {Object}
	 */

	picomatch.constants = constants;

	/**
	 * Expose "picomatch"
	 */

	picomatch_1$1 = picomatch;
	return picomatch_1$1;
}

var picomatch_1;
var hasRequiredPicomatch;

function requirePicomatch () {
	if (hasRequiredPicomatch) return picomatch_1;
	hasRequiredPicomatch = 1;

	const pico = /*@__PURE__*/ requirePicomatch$1();
	const utils = /*@__PURE__*/ requireUtils();

	function picomatch(glob, options, returnState = false) {
	  // default to os.platform()
	  if (options && (options.windows === null || options.windows === undefined)) {
	    // don't mutate the original options object
	    options = { ...options, windows: utils.isWindows() };
	  }

	  return pico(glob, options, returnState);
	}

	Object.assign(picomatch, pico);
	picomatch_1 = picomatch;
	return picomatch_1;
}

var picomatchExports = /*@__PURE__*/ requirePicomatch();
var picomatch = /*@__PURE__*/getDefaultExportFromCjs(picomatchExports);

// Which fine-tune model a repository file belongs to: its `paths` globs (case-sensitive, as
// manifest.md says), or a dataset it names by path. Shared by MG001 and MG106.
function modelMatcher(model) {
    const globs = (model.paths ?? []).map((glob) => picomatch(glob, { dot: true }));
    const datasets = new Set((model.datasets ?? []).flatMap((d) => (d.path ? [d.path.replace(/^\.\//, '')] : [])));
    return (path) => datasets.has(path) || globs.some((matches) => matches(path));
}
/** The fine-tune models whose paths or datasets cover `path`. */
function coveringModels(models, path) {
    return models.filter((model) => model.approach === 'fine-tune' && modelMatcher(model)(path));
}

// MG001: the change proposes fine-tuning that no `approach: fine-tune` model covers, including when
// the repository has no manifest at all. Detection is explained: the finding points at the strongest
// uncovered signal's file and line, and says why the gate thinks it is fine-tuning.
const RANK = { strong: 0, medium: 1, weak: 2 };
var mg001 = defineRule({
    meta: {
        id: 'MG001',
        name: 'ungoverned-fine-tune',
        family: 'change',
        defaultSeverity: 'error',
        summary: 'The change carries fine-tuning signals that no `approach: fine-tune` model in the manifest covers, including when there is no manifest at all.',
        frameworks: FRAMEWORK_REFS.MG001
    },
    check({ evidence, parsed, manifest, manifestFile, models: checked }) {
        const { change, fineTuning } = evidence;
        if (change && !change.available) {
            // Without the change the gate cannot tell whether fine-tuning is proposed: it fails closed.
            return [
                {
                    message: `The gate could not read this change (${change.reason}), so it cannot tell whether fine-tuning is proposed; give the checkout the base commit (fetch-depth: 0) or the token read access to the pull request.`,
                    location: { file: manifestFile, line: 1, column: 1 }
                }
            ];
        }
        if (!fineTuning.detected)
            return [];
        // An invalid manifest is MG002's finding; coverage cannot be judged until it parses.
        if (parsed && !manifest)
            return [];
        const models = manifest?.models ?? [];
        // A signal about the pull request itself (a label) has no file: it is covered when the change
        // touches a declared fine-tune, and otherwise points at the manifest.
        const touchesFineTune = checked.some((m) => m.entry.approach === 'fine-tune');
        const uncovered = fineTuning.signals
            .filter((signal) => signal.file === PULL_REQUEST ? !touchesFineTune : coveringModels(models, signal.file).length === 0)
            .sort((a, b) => RANK[a.strength] - RANK[b.strength]);
        const strongest = uncovered[0];
        if (!strongest)
            return [];
        const files = [...new Set(uncovered.map((s) => s.file))];
        const others = files.filter((file) => file !== strongest.file);
        const more = others.length
            ? ` (also ${listOf(others.slice(0, 3))}${others.length > 3 ? ' and more' : ''})`
            : '';
        const fix = manifest
            ? `declare the model in ${manifestFile} with \`approach: fine-tune\` and \`paths:\` covering ${strongest.file}, or remove the training change`
            : `add ${manifestFile} declaring the model with \`approach: fine-tune\` (\`model-governance init\` writes a starter), or remove the training change`;
        return [
            {
                message: `This change proposes fine-tuning (${strongest.reason}) in ${strongest.file}${more} that no fine-tune model governs; ${fix}.`,
                location: strongest.file === PULL_REQUEST
                    ? { file: manifestFile, line: 1, column: 1 }
                    : { file: strongest.file, line: strongest.line ?? 1, column: 1 }
            }
        ];
    }
});

const TIER_RANK = { low: 0, medium: 1, high: 2 };
const WORD$1 = { min: 'minimum', max: 'maximum' };
/** Whether bound `a` is stricter than `b` in that direction (a higher minimum, a lower maximum). */
const stricter = (direction, a, b) => (direction === 'min' ? a > b : a < b);
/**
 * Every weakening of `base` by `head` (the same model id). The full controls are compared only while
 * the model is a fine-tune on both sides; approvers are compared whatever the approach, because
 * approvals govern prompt and retrieval models too.
 */
function weakenings(base, head, policy) {
    const id = base.entry.id;
    const wasFineTune = base.entry.approach === 'fine-tune';
    const isFineTune = head.entry.approach === 'fine-tune';
    if (!wasFineTune || !isFineTune) {
        const found = approverWeakenings(id, base, head);
        if (!wasFineTune)
            return found;
        return [
            {
                what: `Model ${id} is no longer governed as a fine-tune: its approach changed from fine-tune to ${head.entry.approach}, which drops its data, evaluation, rollback and monitoring controls`,
                side: 'head',
                path: ['models', head.index, 'approach']
            },
            ...found
        ];
    }
    return [
        ...riskTierWeakenings(id, base, head, policy),
        ...datasetWeakenings(id, base, head),
        ...minApprovalsWeakenings(id, base, head, policy),
        ...approverWeakenings(id, base, head),
        ...thresholdWeakenings(id, base, head),
        ...maxRegressionWeakenings(id, base, head),
        ...sectionWeakenings(id, base, head, policy)
    ];
}
/** The effective tier (risk_tier, else the policy's default_tier) lowered. */
function riskTierWeakenings(id, base, head, policy) {
    const from = tierOf(policy, base.entry);
    const to = tierOf(policy, head.entry);
    if (TIER_RANK[to] >= TIER_RANK[from])
        return [];
    if (head.entry.risk_tier !== undefined) {
        return [
            {
                what: `The risk tier of model ${id} was lowered from ${from} to ${to}`,
                side: 'head',
                path: ['models', head.index, 'risk_tier']
            }
        ];
    }
    return [
        {
            what: `The risk tier of model ${id} was lowered from ${from} to ${to} by removing \`risk_tier\` (the policy's default_tier applies)`,
            side: 'base',
            path: ['models', base.index, 'risk_tier']
        }
    ];
}
/** The bounds of each metric and direction: metric -> direction -> bounds, in file order. */
function boundsOf(entry) {
    const byMetric = new Map();
    (entry.evaluation?.thresholds ?? []).forEach((threshold, index) => {
        let bounds = byMetric.get(threshold.metric);
        if (bounds === undefined) {
            bounds = { min: [], max: [] };
            byMetric.set(threshold.metric, bounds);
        }
        if (threshold.min !== undefined)
            bounds.min.push({ index, value: threshold.min });
        if (threshold.max !== undefined)
            bounds.max.push({ index, value: threshold.max });
    });
    return byMetric;
}
/** The bound that binds when a metric has several in one direction: the strictest, first in the file. */
function effective(direction, bounds) {
    let best;
    for (const bound of bounds)
        if (best === undefined || stricter(direction, bound.value, best.value))
            best = bound;
    return best;
}
/**
 * Thresholds matched by metric and direction. A metric gone from the head is one removal (at its base
 * threshold); a direction that disappears while the opposite one appears is a switch (at the head's
 * new bound); a direction that just disappears is a removal (at the base's bound); otherwise each
 * direction's binding bound is compared with the head's.
 */
function thresholdWeakenings(id, base, head) {
    const found = [];
    const thresholds = (i, ...rest) => [
        'models',
        i,
        'evaluation',
        'thresholds',
        ...rest
    ];
    const headBounds = boundsOf(head.entry);
    for (const [metric, baseByDirection] of boundsOf(base.entry)) {
        const baseMin = effective('min', baseByDirection.min);
        const baseMax = effective('max', baseByDirection.max);
        const headByDirection = headBounds.get(metric);
        if (baseMin === undefined && baseMax === undefined)
            continue;
        // The metric is gone from the head: one removal, at its (first) base threshold.
        if (headByDirection === undefined) {
            const had = [baseMin && `minimum ${baseMin.value}`, baseMax && `maximum ${baseMax.value}`]
                .filter((part) => typeof part === 'string')
                .join(', ');
            const first = base.entry.evaluation?.thresholds?.findIndex((t) => t.metric === metric) ?? 0;
            found.push({
                what: `Threshold ${metric} (${had}) of model ${id} was removed`,
                side: 'base',
                path: thresholds(base.index, first)
            });
            continue;
        }
        const headMin = effective('min', headByDirection.min);
        const headMax = effective('max', headByDirection.max);
        const compare = (direction, from, to) => {
            if (from === undefined)
                return;
            const word = WORD$1[direction];
            if (to === undefined) {
                const opposite = direction === 'min' ? 'max' : 'min';
                const baseOpposite = direction === 'min' ? baseMax : baseMin;
                const headOpposite = direction === 'min' ? headMax : headMin;
                if (baseOpposite === undefined && headOpposite !== undefined) {
                    found.push({
                        what: `Threshold ${metric} of model ${id} was switched from a ${word} of ${from.value} to a ${WORD$1[opposite]} of ${headOpposite.value}`,
                        side: 'head',
                        path: thresholds(head.index, headOpposite.index, opposite)
                    });
                }
                else {
                    found.push({
                        what: `The ${word} (${from.value}) of threshold ${metric} of model ${id} was removed`,
                        side: 'base',
                        path: thresholds(base.index, from.index, direction)
                    });
                }
                return;
            }
            if (!stricter(direction, from.value, to.value))
                return;
            found.push({
                what: `The ${word} of threshold ${metric} of model ${id} was ${direction === 'min' ? 'lowered' : 'raised'} from ${from.value} to ${to.value}`,
                side: 'head',
                path: thresholds(head.index, to.index, direction)
            });
        };
        compare('min', baseMin, headMin);
        compare('max', baseMax, headMax);
    }
    return found;
}
function maxRegressionWeakenings(id, base, head) {
    const from = base.entry.evaluation?.max_regression;
    const to = head.entry.evaluation?.max_regression;
    if (from === undefined)
        return [];
    if (to === undefined) {
        return [
            {
                what: `The max_regression (${from}) of model ${id} was removed`,
                side: 'base',
                path: ['models', base.index, 'evaluation', 'max_regression']
            }
        ];
    }
    if (to <= from)
        return [];
    return [
        {
            what: `The max_regression of model ${id} was raised from ${from} to ${to}`,
            side: 'head',
            path: ['models', head.index, 'evaluation', 'max_regression']
        }
    ];
}
/**
 * `min_approvals` lowered; removed only when that lowers it, i.e. when the base's value was above the
 * head tier's minimum, which applies once the field is gone.
 */
function minApprovalsWeakenings(id, base, head, policy) {
    const from = base.entry.approvals?.min_approvals;
    const to = head.entry.approvals?.min_approvals;
    if (from === undefined)
        return [];
    if (to === undefined) {
        const tierMinimum = requirementsFor(policy, head.entry).min_approvals;
        if (tierMinimum >= from)
            return [];
        return [
            {
                what: `The min_approvals (${from}) of model ${id} was removed, which lowers it to the ${tierOf(policy, head.entry)} tier's minimum of ${tierMinimum}`,
                side: 'base',
                path: ['models', base.index, 'approvals', 'min_approvals']
            }
        ];
    }
    if (to >= from)
        return [];
    return [
        {
            what: `The min_approvals of model ${id} was lowered from ${from} to ${to}`,
            side: 'head',
            path: ['models', head.index, 'approvals', 'min_approvals']
        }
    ];
}
/** Each base approver the head no longer names (handles compare without regard to case). */
function approverWeakenings(id, base, head) {
    const kept = new Set((head.entry.approvals?.approvers ?? []).map((handle) => handle.toLowerCase()));
    const seen = new Set();
    const found = [];
    (base.entry.approvals?.approvers ?? []).forEach((handle, i) => {
        const key = handle.toLowerCase();
        if (kept.has(key) || seen.has(key))
            return;
        seen.add(key);
        found.push({
            what: `Approver ${handle} of model ${id} was removed`,
            side: 'base',
            path: ['models', base.index, 'approvals', 'approvers', i]
        });
    });
    return found;
}
/** Datasets matched by id: a redaction record removed, personal data no longer declared. */
function datasetWeakenings(id, base, head) {
    const found = [];
    const headDatasets = head.entry.datasets ?? [];
    (base.entry.datasets ?? []).forEach((dataset, bi) => {
        const hi = headDatasets.findIndex((d) => d.id === dataset.id);
        const match = headDatasets[hi];
        // A dataset dropped from the model is no longer trained on; data still in use is MG106's.
        if (match === undefined)
            return;
        const basePath = (field) => ['models', base.index, 'datasets', bi, field];
        if (dataset.personal_data === true && match.personal_data !== true) {
            found.push(match.personal_data === false
                ? {
                    what: `Dataset ${dataset.id} of model ${id} was changed from personal_data: true to false`,
                    side: 'head',
                    path: ['models', head.index, 'datasets', hi, 'personal_data']
                }
                : {
                    what: `The personal_data: true declaration of dataset ${dataset.id} of model ${id} was removed`,
                    side: 'base',
                    path: basePath('personal_data')
                });
        }
        if (dataset.redaction !== undefined && match.redaction === undefined) {
            found.push({
                what: `The redaction record of dataset ${dataset.id} of model ${id} was removed`,
                side: 'base',
                path: basePath('redaction')
            });
        }
    });
    return found;
}
/**
 * The rollback or monitoring section removed; with monitoring kept, each signal removed that the policy
 * requires of the model's tier (on the base or the head, so lowering the tier does not hide it).
 */
function sectionWeakenings(id, base, head, policy) {
    const found = [];
    for (const section of ['rollback', 'monitoring']) {
        if (base.entry[section] !== undefined && head.entry[section] === undefined) {
            found.push({
                what: `The ${section} section of model ${id} was removed`,
                side: 'base',
                path: ['models', base.index, section]
            });
        }
    }
    const baseMonitoring = base.entry.monitoring;
    const headMonitoring = head.entry.monitoring;
    if (baseMonitoring === undefined || headMonitoring === undefined)
        return found;
    const required = new Set([
        ...requirementsFor(policy, base.entry).monitoring_signals,
        ...requirementsFor(policy, head.entry).monitoring_signals
    ]);
    const kept = new Set(headMonitoring.signals ?? []);
    const seen = new Set();
    (baseMonitoring.signals ?? []).forEach((signal, i) => {
        if (!required.has(signal) || kept.has(signal) || seen.has(signal))
            return;
        seen.add(signal);
        found.push({
            what: `The required monitoring signal ${signal} of model ${id} was removed from \`monitoring.signals\``,
            side: 'base',
            path: ['models', base.index, 'monitoring', 'signals', i]
        });
    });
    return found;
}

// MG003: the change weakens governance that the base branch put in place. Each model of the base
// manifest is compared, by id, with the head's (manifest-diff.ts), and each weakening is its own
// finding: a threshold loosened, max_regression raised, min_approvals lowered, an approver, a
// redaction record, the rollback or monitoring section or a required signal removed, the risk tier
// lowered, a fine-tune no longer governed as one, or the whole model removed. Such a change needs the
// approval of those the base branch names (the model's approvers and the policy's governance
// approvers), so the message names them. Every base model is compared, not only the models this run
// checks, because a removed model is in no list of checked models. Nothing to compare: no findings
// (a manifest new in the change; an invalid head manifest, which MG002 reports and no rule reads).
/** The model's approvers on the base branch, then the policy's governance approvers, each once. */
function baseApprovers(model, base, policy) {
    const entry = base.models.find((m) => m.id === model);
    const seen = new Set();
    return [...(entry?.approvals?.approvers ?? []), ...policy.governance_approvers].filter((handle) => {
        const key = handle.toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function needsApproval(model, base, policy) {
    const approvers = baseApprovers(model, base, policy);
    return approvers.length > 0
        ? `a weakened control needs approval from approvers named on the base branch (${approvers.join(', ')})`
        : `a weakened control needs approval from approvers named on the base branch, and it names none for model ${model}; add governance_approvers to the policy`;
}
var mg003 = defineRule({
    meta: {
        id: 'MG003',
        name: 'governance-weakened',
        family: 'change',
        defaultSeverity: 'error',
        summary: "Compared with the base branch's manifest, the change loosens a threshold, raises max_regression, lowers min_approvals or the risk tier, removes an approver, a dataset's redaction, the rollback or monitoring section, a required monitoring signal, or a whole model.",
        frameworks: FRAMEWORK_REFS.MG003
    },
    check({ manifestFile, parsed, manifest, policy, evidence, locate }) {
        const base = evidence.baseManifest;
        if (base === undefined)
            return [];
        // A head manifest that exists but is invalid cannot be compared; MG002 fails it.
        if (parsed !== undefined && manifest === undefined)
            return [];
        const baseParsed = evidence.baseParsed;
        /** A base node's location, in the manifest file's name; the head's `fallback` without base positions. */
        const locateBase = (path, fallback) => baseParsed === undefined ? locate(fallback) : { ...baseParsed.locate(path), file: manifestFile };
        const hits = [];
        const headModels = manifest?.models ?? [];
        base.models.forEach((baseEntry, baseIndex) => {
            const model = baseEntry.id;
            const approval = needsApproval(model, base, policy);
            const headIndex = headModels.findIndex((m) => m.id === model);
            const headEntry = headModels[headIndex];
            if (headEntry === undefined) {
                const how = manifest === undefined
                    ? `Model ${model} was removed with the manifest file`
                    : `Model ${model} was removed from the manifest`;
                hits.push({
                    message: `${how}; ${approval}.`,
                    model,
                    location: locateBase(['models', baseIndex], ['models'])
                });
                return;
            }
            const found = weakenings({ index: baseIndex, entry: baseEntry }, { index: headIndex, entry: headEntry }, policy);
            for (const { what, side, path } of found) {
                hits.push({
                    message: `${what}; ${approval}.`,
                    model,
                    // Without base positions, a removal points at the model's entry in the head.
                    location: side === 'head' ? locate(path) : locateBase(path, ['models', headIndex])
                });
            }
        });
        return hits;
    }
});

// MG004: the pull request changes the policy file. The run judged the change by the base branch's
// policy (a pull request must not weaken the rules it is judged by), so the new policy takes effect only
// after merge; this rule says so, for visibility, at line 1 of the policy file.
// git and the API never write a leading "./"; an input may.
const normalise$1 = (path) => path.replace(/^(?:\.\/)+/, '');
var mg004 = defineRule({
    meta: {
        id: 'MG004',
        name: 'policy-changed',
        family: 'change',
        defaultSeverity: 'warning',
        summary: "The policy file changed in the pull request; the run used the base branch's version (reported for visibility).",
        frameworks: FRAMEWORK_REFS.MG004
    },
    check({ evidence }) {
        const { policyFile, change } = evidence;
        // A built-in or remote policy has no file in the repository; an unreadable change is reported elsewhere.
        if (policyFile === undefined || change === undefined || !change.available)
            return [];
        const wanted = normalise$1(policyFile);
        const file = change.files.find((f) => f.path === wanted || (f.previousPath !== undefined && f.previousPath === wanted));
        if (!file)
            return [];
        const what = file.status === 'removed'
            ? 'removes'
            : file.status === 'added'
                ? 'adds'
                : file.path !== wanted
                    ? `renames (to ${file.path})`
                    : 'changes';
        return [
            {
                message: `This pull request ${what} the policy file ${wanted}; the run used the base branch's version, so the change takes effect only after merge and should be reviewed by the policy's owners.`,
                location: { file: wanted, line: 1, column: 1 }
            }
        ];
    }
});

// MG101: a fine-tune model's datasets must say where the data came from, under what terms, who answers
// for it, when it was collected and which bytes it is (a checksum). A model whose tier requires `data`
// must declare at least one dataset that enters training or preference tuning. Each declared dataset is
// checked whatever its purpose or the tier: evaluation data needs provenance too (contamination).
const FIELDS$1 = ['source', 'license', 'owner', 'collected_at', 'sha256'];
/** What to write for each missing field, given the dataset (a `uri` checksum is recorded, not verified). */
function hint(field, dataset) {
    switch (field) {
        case 'source':
            return '`source:` (where the data came from)';
        case 'license':
            return '`license:` (an SPDX id or "proprietary")';
        case 'owner':
            return '`owner:` (the accountable "@login" or "@org/team")';
        case 'collected_at':
            return '`collected_at:` (the collection date, YYYY-MM-DD)';
        case 'sha256':
            return dataset.uri !== undefined
                ? '`sha256:` (the SHA-256 of the data at the uri, recorded since the gate cannot fetch it)'
                : "`sha256:` (the file's SHA-256, as sha256sum prints it)";
    }
}
var mg101 = defineRule({
    meta: {
        id: 'MG101',
        name: 'dataset-provenance-incomplete',
        family: 'data',
        defaultSeverity: 'error',
        summary: 'A fine-tune model declares no training data, or a dataset lacks source, license, owner, collected_at or a checksum.',
        frameworks: FRAMEWORK_REFS.MG101
    },
    check({ models, policy, locate }) {
        const hits = [];
        for (const { index, entry, tier } of models) {
            if (entry.approach !== 'fine-tune')
                continue;
            const datasets = entry.datasets ?? [];
            const model = entry.id;
            if (requirementsFor(policy, entry).require.includes('data')) {
                const trained = datasets.some((d) => d.purpose === 'training' || d.purpose === 'preference');
                if (!trained) {
                    const message = datasets.length === 0
                        ? `Model ${model} declares no datasets, which its ${tier} tier requires; list the data it is trained on under \`datasets:\` with purpose training or preference.`
                        : `Model ${model} declares only evaluation datasets, and its ${tier} tier requires the training data; add the datasets it is trained on with \`purpose: training\` or \`purpose: preference\`.`;
                    hits.push({ message, model, location: locate(['models', index, 'datasets']) });
                }
            }
            datasets.forEach((dataset, d) => {
                const missing = FIELDS$1.filter((field) => dataset[field] === undefined);
                if (missing.length === 0)
                    return;
                const names = listOf(missing, 'or');
                const hints = listOf(missing.map((field) => hint(field, dataset)), 'and');
                hits.push({
                    message: `Dataset ${dataset.id} of model ${model} has no ${names}; add ${hints}.`,
                    model,
                    location: locate(['models', index, 'datasets', d])
                });
            });
        }
        return hits;
    }
});

const short = (sha) => `${sha.slice(0, 12)}…`;
// Keys are paths as the manifest writes them; a leading ./ is tolerated, as MG402 does for files.
function lookup$1(datasets, path) {
    if (datasets === undefined)
        return { kind: 'no-datasets' };
    return datasets.get(path) ?? datasets.get(path.replace(/^(?:\.\/)+/, '')) ?? { kind: 'not-gathered' };
}
var mg102 = defineRule({
    meta: {
        id: 'MG102',
        name: 'dataset-checksum-mismatch',
        family: 'data',
        defaultSeverity: 'error',
        summary: "A dataset's `path` is missing, or its content (or its Git LFS pointer's oid) does not match `sha256`.",
        frameworks: FRAMEWORK_REFS.MG102
    },
    check({ models, evidence, locate }) {
        const hits = [];
        for (const { index, entry } of models) {
            if (entry.approach !== 'fine-tune')
                continue;
            for (const [d, dataset] of (entry.datasets ?? []).entries()) {
                const { path, sha256: declared } = dataset;
                if (path === undefined || declared === undefined)
                    continue;
                const at = ['models', index, 'datasets', d];
                const name = `Dataset ${dataset.id} of model ${entry.id}`;
                const hit = (message, field) => hits.push({ message, model: entry.id, location: locate([...at, field]) });
                const digest = lookup$1(evidence.datasets, path);
                switch (digest.kind) {
                    case 'no-datasets':
                    case 'not-gathered': {
                        const why = digest.kind === 'no-datasets'
                            ? 'the run gathered no dataset digests'
                            : 'the run did not read that path';
                        hit(`${name} at ${path} could not be checked because ${why}; run the gate on a checkout of the repository (it fails closed until the data is verified).`, 'path');
                        break;
                    }
                    case 'missing':
                        hit(`${name} does not exist at ${path}; commit the file or fix the path.`, 'path');
                        break;
                    case 'refused':
                        hit(`${name} was not read: ${path} is refused (${digest.reason}); commit the data as a regular file at that path.`, 'path');
                        break;
                    case 'unavailable':
                        hit(`${name} could not be checked because ${path} could not be read (${digest.reason}); fix the file or the checkout and run the gate again.`, 'path');
                        break;
                    case 'hashed':
                    case 'lfs-pointer': {
                        const actual = digest.kind === 'hashed' ? digest.sha256 : digest.oid;
                        if (actual.toLowerCase() === declared.toLowerCase())
                            break;
                        const source = digest.kind === 'lfs-pointer' ? ' (from its Git LFS pointer)' : '';
                        hit(`${name} has SHA-256 ${short(actual)}${source}, but the manifest declares ${short(declared)}; if the data change is intended, update sha256 and have it re-approved.`, 'sha256');
                        break;
                    }
                }
            }
        }
        return hits;
    }
});

// MG106: the change adds or modifies a data file under a fine-tune model's `paths` that is not one of
// that model's datasets: data would enter training without provenance, checksum or redaction record.
/** File types that hold examples rather than code or configuration. */
const DATA_FILE = /\.(jsonl|ndjson|parquet|arrow|csv|tsv)(\.gz|\.zst|\.bz2)?$/i;
/** Signals that recognised training-shaped rows in a file (chat, preference, instruction JSONL). */
const DATA_SIGNAL = /-jsonl$/;
var mg106 = defineRule({
    meta: {
        id: 'MG106',
        name: 'dataset-undeclared',
        family: 'data',
        defaultSeverity: 'error',
        summary: "A file the change adds or modifies under a model's paths looks like training data but is not one of that model's datasets.",
        frameworks: FRAMEWORK_REFS.MG106
    },
    check({ evidence, models }) {
        const { change, fineTuning } = evidence;
        if (!change?.available)
            return [];
        const dataSignals = new Set(fineTuning.signals.filter((s) => DATA_SIGNAL.test(s.id)).map((s) => s.file));
        const hits = [];
        for (const { entry } of models) {
            if (entry.approach !== 'fine-tune')
                continue;
            const owns = modelMatcher({ ...entry, datasets: [] });
            const declared = new Set((entry.datasets ?? []).flatMap((d) => (d.path ? [d.path.replace(/^\.\//, '')] : [])));
            for (const file of change.files) {
                if (file.status === 'removed' || declared.has(file.path) || !owns(file.path))
                    continue;
                if (!DATA_FILE.test(file.path) && !dataSignals.has(file.path))
                    continue;
                hits.push({
                    message: `${file.path} looks like training data under the paths of model ${entry.id} but is not one of its datasets; declare it under \`datasets:\` with its source, licence, owner and sha256, or move it out of the model's paths.`,
                    model: entry.id,
                    location: { file: file.path, line: 1, column: 1 }
                });
            }
        }
        return hits;
    }
});

// MG103: data that holds personal data (or, where the tier says so, every dataset that enters training
// or preference tuning) must record how it was redacted or minimised, and who checked it when. A
// dataset that does not say `personal_data` under a tier that does not require redaction is left to
// MG105, which scans the bytes. A redaction record that is declared is checked for completeness
// whether or not it is needed: a half-filled record reads as verified when it is not.
const FIELDS = ['method', 'verified_by', 'verified_at'];
const HINTS = {
    method: '`method:` (how sensitive examples were redacted or minimised)',
    verified_by: '`verified_by:` (who checked it, "@login" or "@org/team")',
    verified_at: '`verified_at:` (when, YYYY-MM-DD)'
};
/** What is wrong when the dataset has no redaction record, or undefined when it needs none. */
function reasonFor(dataset, redactionRequired, tier) {
    if (dataset.personal_data === true)
        return 'is declared to contain personal data but has no redaction record';
    if (redactionRequired && (dataset.purpose === 'training' || dataset.purpose === 'preference'))
        return `has no redaction record, which the ${tier} tier requires of every ${dataset.purpose} dataset`;
    return undefined;
}
var mg103 = defineRule({
    meta: {
        id: 'MG103',
        name: 'dataset-redaction-missing',
        family: 'data',
        defaultSeverity: 'error',
        summary: "A dataset with personal_data: true (or one the policy's tier requires) has no complete redaction record.",
        frameworks: FRAMEWORK_REFS.MG103
    },
    check({ models, policy, locate }) {
        const hits = [];
        for (const { index, entry, tier } of models) {
            if (entry.approach !== 'fine-tune')
                continue;
            const { redaction_required: redactionRequired } = requirementsFor(policy, entry);
            const model = entry.id;
            (entry.datasets ?? []).forEach((dataset, d) => {
                const path = ['models', index, 'datasets', d];
                const { redaction } = dataset;
                if (redaction === undefined) {
                    const reason = reasonFor(dataset, redactionRequired, tier);
                    if (reason === undefined)
                        return;
                    hits.push({
                        message: `Dataset ${dataset.id} of model ${model} ${reason}; add \`redaction:\` with \`method\`, \`verified_by\` and \`verified_at\`.`,
                        model,
                        location: locate(path)
                    });
                    return;
                }
                const missing = FIELDS.filter((field) => redaction[field] === undefined);
                if (missing.length === 0)
                    return;
                hits.push({
                    message: `The redaction record of dataset ${dataset.id} of model ${model} has no ${listOf(missing, 'or')}; add ${listOf(missing.map((field) => HINTS[field]), 'and')}.`,
                    model,
                    location: locate([...path, 'redaction'])
                });
            });
        }
        return hits;
    }
});

// MG301: a fine-tune model must say, before release, what results are good enough: thresholds, each a
// single bound on one metric, covering every kind of risk its tier names (quality, safety, leakage ...).
// A model whose tier does not require `evaluation` but declares the section anyway still gets its
// thresholds checked (none, unbounded, ambiguous); the tier's kinds are asked only where it requires
// evaluation.
var mg301 = defineRule({
    meta: {
        id: 'MG301',
        name: 'thresholds-incomplete',
        family: 'evaluation',
        defaultSeverity: 'error',
        summary: 'A fine-tune model has no thresholds, a threshold without exactly one bound or repeating another, or lacks a threshold of a kind its tier requires.',
        frameworks: FRAMEWORK_REFS.MG301
    },
    check({ models, policy, locate }) {
        const hits = [];
        for (const { index, entry, tier } of models) {
            if (entry.approach !== 'fine-tune')
                continue;
            const model = entry.id;
            const requirements = requirementsFor(policy, entry);
            const required = requirements.require.includes('evaluation');
            const { evaluation } = entry;
            if (evaluation === undefined && !required)
                continue;
            const path = ['models', index, 'evaluation', 'thresholds'];
            const thresholds = evaluation?.thresholds ?? [];
            if (thresholds.length === 0) {
                const kinds = required ? requirements.threshold_kinds : [];
                const what = kinds.length > 0
                    ? `at least one threshold of each kind the ${tier} tier requires (${listOf(kinds)})`
                    : 'at least one threshold (a metric with a `min` or a `max`)';
                const where = evaluation === undefined ? '`evaluation.thresholds`' : '`thresholds`';
                hits.push({
                    message: `Model ${model} has no evaluation thresholds; add ${where} with ${what}.`,
                    model,
                    // The empty list, else the evaluation section, else the model's entry.
                    location: locate(path)
                });
                continue;
            }
            // The first threshold bounding each metric in each direction, to tell a repeat.
            const firstBound = new Map();
            thresholds.forEach((threshold, t) => {
                const hasMin = threshold.min !== undefined;
                const hasMax = threshold.max !== undefined;
                const name = `Threshold ${t + 1} (${threshold.metric}) of model ${model}`;
                if (hasMin === hasMax) {
                    hits.push({
                        message: hasMin
                            ? `${name} sets both \`min\` and \`max\`; keep one bound per threshold and give the other its own threshold on the same metric.`
                            : `${name} sets neither \`min\` nor \`max\`; add \`min:\` (higher is better) or \`max:\` (lower is better).`,
                        model,
                        location: locate([...path, t])
                    });
                    return;
                }
                const direction = hasMin ? 'min' : 'max';
                const key = `${direction}\u0000${threshold.metric.trim()}`;
                const first = firstBound.get(key);
                if (first === undefined) {
                    firstBound.set(key, t);
                    return;
                }
                hits.push({
                    message: `${name} sets a \`${direction}\` for the same metric as threshold ${first + 1}, which is ambiguous; keep a single \`${direction}\` threshold for ${threshold.metric}.`,
                    model,
                    location: locate([...path, t])
                });
            });
            if (!required)
                continue;
            const present = new Set(thresholds.map((threshold) => threshold.kind));
            const missing = requirements.threshold_kinds.filter((kind) => !present.has(kind));
            if (missing.length === 0)
                continue;
            // Thresholds without a kind count toward none: say so when they could be the missing ones.
            const unkinded = thresholds.flatMap((threshold, t) => threshold.kind === undefined ? [String(t + 1)] : []);
            const note = unkinded.length === 0
                ? ''
                : unkinded.length === 1
                    ? ` (threshold ${unkinded[0] ?? ''} sets no \`kind\`, so it counts toward none)`
                    : ` (thresholds ${listOf(unkinded)} set no \`kind\`, so they count toward none)`;
            const add = missing.length === 1
                ? `a threshold with \`kind: ${missing[0] ?? ''}\``
                : `one threshold with each of ${listOf(missing.map((kind) => `\`kind: ${kind}\``))}`;
            hits.push({
                message: `Model ${model} has no ${listOf(missing, 'or')} threshold, which its ${tier} tier requires; add ${add}${note}.`,
                model,
                location: locate(path)
            });
        }
        return hits;
    }
});

// Manifest dates are `YYYY-MM-DD` in UTC; comparing them as strings is exact for that form.
function utcDay(now) {
    return now.toISOString().slice(0, 10);
}
/** Whole days from `date` (YYYY-MM-DD) to `now`; negative when the date is in the future. */
function daysSince(date, now) {
    const then = Date.parse(`${date}T00:00:00Z`);
    const today = Date.parse(`${utcDay(now)}T00:00:00Z`);
    return Math.round((today - then) / 86_400_000);
}
function isExpired(expiresAt, now) {
    return expiresAt < utcDay(now);
}

/** Rules that no exception can waive: a broken manifest or a broken exception is never excused. */
const UNWAIVABLE = new Set(['MG002', 'MG801']);
function authorisedApprovers(model, base, policy) {
    const names = new Set(policy.governance_approvers);
    const entry = base?.models.find((m) => m.id === model);
    for (const approver of entry?.approvals?.approvers ?? [])
        names.add(approver);
    return names;
}
function isActiveException(exception, now, base, policy) {
    if (!exception.approved_by || !exception.expires_at)
        return false;
    if (isExpired(exception.expires_at, now))
        return false;
    return authorisedApprovers(exception.model, base, policy).has(exception.approved_by);
}
function applyWaivers(findings, exceptions, isActive) {
    const active = exceptions.filter(isActive);
    return findings.map((finding) => {
        if (UNWAIVABLE.has(finding.ruleId) || finding.model === undefined)
            return finding;
        const exception = active.find((e) => e.rule === finding.ruleId && e.model === finding.model);
        if (!exception)
            return finding;
        const waiver = {
            reason: exception.reason,
            approvedBy: exception.approved_by ?? '',
            expiresAt: exception.expires_at ?? ''
        };
        return { ...finding, severity: 'note', waiver };
    });
}

// MG801: an exception that waives nothing. The engine already refuses to apply such an exception
// (engine/waivers.ts); this rule reports it, so that a waiver someone relies on does not silently stop
// working, and a pull request that tries to waive its own findings is visible. Every exception of the
// manifest is checked, not only those of the models this run checks. Authority comes from the base
// branch, through the same function the engine uses to apply waivers.
/**
 * Rules no exception can waive: a broken manifest or a broken exception is never excused. Mirrors the
 * engine's own set in engine/waivers.ts, which is not exported.
 */
var mg801 = defineRule({
    meta: {
        id: 'MG801',
        name: 'exception-invalid',
        family: 'exceptions',
        defaultSeverity: 'error',
        summary: 'An exception is expired, unapproved, names an unknown rule or model, or is approved by someone who is not an approver on the base branch.',
        frameworks: FRAMEWORK_REFS.MG801
    },
    check({ manifest, policy, evidence, now, locate }) {
        if (manifest === undefined)
            return [];
        const modelIds = new Set(manifest.models.map((m) => m.id));
        const hits = [];
        (manifest.exceptions ?? []).forEach((exception, i) => {
            const path = ['exceptions', i];
            const knownModel = modelIds.has(exception.model);
            const model = knownModel ? { model: exception.model } : {};
            const what = `The exception for ${exception.rule} on model ${exception.model}`;
            const report = (message, field) => hits.push({ message, ...model, location: locate(field === undefined ? path : [...path, field]) });
            if (!isRuleId(exception.rule)) {
                report(`${what} names rule ${exception.rule}, which does not exist; use a rule id from docs/rules or remove the exception.`, 'rule');
            }
            else if (UNWAIVABLE.has(exception.rule)) {
                report(`${what} cannot apply: ${exception.rule} can never be waived; fix what it reports and remove the exception.`, 'rule');
            }
            if (!knownModel) {
                report(`${what} names a model that is not in the manifest's models; correct the model id or remove the exception.`, 'model');
            }
            if (exception.approved_by === undefined) {
                report(`${what} is unapproved; add \`approved_by:\` naming one of the model's approvers on the base branch or a governance approver of the policy.`);
            }
            else if (
            // Authority is per model: for a model the manifest does not know, the hit above says enough.
            knownModel &&
                !authorisedApprovers(exception.model, evidence.baseManifest, policy).has(exception.approved_by)) {
                const basis = evidence.baseManifest === undefined
                    ? "the base branch's manifest was not available, so only the policy's governance_approvers count"
                    : `only model ${exception.model}'s approvers on the base branch and the policy's governance_approvers count`;
                report(`${what} is approved by ${exception.approved_by}, who has no authority to waive it (${basis}); have an authorised approver approve it.`, 'approved_by');
            }
            if (exception.expires_at === undefined) {
                report(`${what} has no expires_at; exceptions must be time-boxed, so add \`expires_at:\` (the last day it applies, YYYY-MM-DD).`);
            }
            else if (isExpired(exception.expires_at, now)) {
                report(`${what} expired on ${exception.expires_at}; fix the finding and remove the exception, or renew it with a new expires_at and approval.`, 'expires_at');
            }
        });
        return hits;
    }
});

// MG702: an identity of a fine-tune model holds a wildcard or administrative scope. Such a credential,
// once leaked from a training job or a serving config, can do far more than tune or call one model:
// delete repositories, rewrite IAM, read every bucket. Applies whenever a fine-tune model declares
// identities, whether or not its tier requires them. An identity without scopes says nothing we can
// judge, so it is not reported here.
/** The scopes MG702 treats as overprivileged, by family. Everything is compared trimmed and lower-cased. */
const OVERPRIVILEGED_SCOPES = [
    // Wildcards: a trailing `*` grants everything under a prefix: `*`, `*.*`, `s3:*`, `fine_tuning.*`,
    // `repo/*`, `sagemaker:Create*`.
    { suffixes: ['*'] },
    // Generic administrative or all-powerful grants, as platforms and home-grown token systems name them.
    {
        exact: [
            'admin',
            'administrator',
            'owner',
            'root',
            'superuser',
            'all',
            'write-all',
            'read-write-all',
            'full_access',
            'full-access',
            'cluster-admin'
        ]
    },
    // Google Cloud: the basic roles span every service of the project, and `roles/<service>.admin`
    // administers a whole service (`roles/storage.admin`, `roles/aiplatform.admin`).
    { exact: ['roles/owner', 'roles/editor'], suffixes: ['.admin'] },
    // AWS managed policies: AdministratorAccess (everything), PowerUserAccess (everything but IAM),
    // IAMFullAccess (can grant itself the rest) and the `*FullAccess` policies (a service's `service:*`),
    // by name or by ARN (arn:aws:iam::aws:policy/AdministratorAccess).
    { exact: ['poweruseraccess'], suffixes: ['administratoraccess', 'poweruseraccess', 'fullaccess'] },
    // Azure built-in roles that manage the resources or the access to them.
    { exact: ['contributor', 'user access administrator'] },
    // GitHub: the `admin:*` OAuth scopes (admin:org, admin:repo_hook, admin:enterprise ...), deleting
    // repositories, site administration, and a GitHub App's administration permission.
    { exact: ['delete_repo', 'site_admin', 'administration:write'], prefixes: ['admin:'] }
];
function isOverprivileged(scope) {
    const s = scope.trim().toLowerCase();
    return OVERPRIVILEGED_SCOPES.some((family) => (family.exact ?? []).includes(s) ||
        (family.prefixes ?? []).some((prefix) => s.startsWith(prefix)) ||
        (family.suffixes ?? []).some((suffix) => s.endsWith(suffix)));
}
var mg702 = defineRule({
    meta: {
        id: 'MG702',
        name: 'identity-overprivileged',
        family: 'identities',
        defaultSeverity: 'error',
        summary: 'An identity holds wildcard or administrative scopes (`*`, `admin`, `owner`, `write-all` ...).',
        frameworks: FRAMEWORK_REFS.MG702
    },
    check({ models, locate }) {
        return models
            .filter(({ entry }) => entry.approach === 'fine-tune')
            .flatMap(({ index, entry }) => (entry.identities ?? []).flatMap((identity, i) => {
            const scopes = identity.scopes ?? [];
            const offending = scopes.flatMap((scope, j) => (isOverprivileged(scope) ? [{ scope, j }] : []));
            const first = offending[0];
            if (first === undefined)
                return [];
            const list = offending.map(({ scope }) => `\`${scope}\``).join(', ');
            const plural = offending.length === 1 ? 'scope' : 'scopes';
            return [
                {
                    message: `Identity ${identity.name} of model ${entry.id} holds the wildcard or administrative ${plural} ${list}; grant only the narrowest scopes the job needs (e.g. \`fine_tuning.jobs.write\` instead of \`fine_tuning.*\`).`,
                    model: entry.id,
                    location: locate(['models', index, 'identities', i, 'scopes', first.j])
                }
            ];
        }));
    }
});

// MG703: the identities a fine-tune model's training and serving use must each have an accountable
// owner and a rotation date that is neither past nor further out than the tier allows
// (`identity_max_lifetime_days`). When the tier requires `identities` and the model declares none,
// that is reported here too: the lifecycle of credentials nobody listed cannot be governed.
const DAY_MS = 86_400_000;
/** The day `days` days after today (UTC), as YYYY-MM-DD. */
function daysFromToday(now, days) {
    return utcDay(new Date(Date.parse(`${utcDay(now)}T00:00:00Z`) + days * DAY_MS));
}
var mg703 = defineRule({
    meta: {
        id: 'MG703',
        name: 'identity-lifecycle',
        family: 'identities',
        defaultSeverity: 'error',
        summary: 'An identity has no owner, no `expires_at`, an expired one, or one further out than the policy allows.',
        frameworks: FRAMEWORK_REFS.MG703
    },
    check({ models, policy, now, locate }) {
        const hits = [];
        for (const { index, entry, tier } of models) {
            if (entry.approach !== 'fine-tune')
                continue;
            const requirements = requirementsFor(policy, entry);
            const identities = entry.identities ?? [];
            const modelPath = ['models', index];
            if (identities.length === 0) {
                if (requirements.require.includes('identities')) {
                    hits.push({
                        message: `Model ${entry.id} declares no identities, but the policy requires them for its ${tier} tier; list under \`identities:\` the credentials its training and serving use, each with \`owner:\` and \`expires_at:\`.`,
                        model: entry.id,
                        location: locate([...modelPath, 'identities'])
                    });
                }
                continue;
            }
            const maxDays = requirements.identity_max_lifetime_days;
            const latest = daysFromToday(now, maxDays);
            identities.forEach((identity, i) => {
                const path = [...modelPath, 'identities', i];
                const name = `Identity ${identity.name} of model ${entry.id}`;
                const gaps = [];
                const fixes = [];
                if (identity.owner === undefined) {
                    gaps.push('no owner');
                    fixes.push('`owner:` (the accountable user or team)');
                }
                if (identity.expires_at === undefined) {
                    gaps.push('no expires_at');
                    fixes.push(`\`expires_at:\` (when the credential is rotated, ${latest} at the latest)`);
                }
                if (gaps.length > 0) {
                    hits.push({
                        message: `${name} has ${gaps.join(' and ')}; add ${fixes.join(' and ')}.`,
                        model: entry.id,
                        location: locate(path)
                    });
                }
                const expiresAt = identity.expires_at;
                if (expiresAt === undefined)
                    return;
                if (isExpired(expiresAt, now)) {
                    hits.push({
                        message: `${name} expired on ${expiresAt}; rotate the credential and set a new expires_at (${latest} at the latest).`,
                        model: entry.id,
                        location: locate([...path, 'expires_at'])
                    });
                }
                else if (-daysSince(expiresAt, now) > maxDays) {
                    hits.push({
                        message: `${name} expires on ${expiresAt}, further out than the ${maxDays} days the policy allows for its ${tier} tier; rotate it sooner and set expires_at to ${latest} or earlier.`,
                        model: entry.id,
                        location: locate([...path, 'expires_at'])
                    });
                }
            });
        }
        return hits;
    }
});

// MG601: fine-tuning is the costly, hard-to-undo way to change a model's behaviour, so a fine-tune
// model says which runtime controls were tried first and why they were not enough; where its tier asks
// for it, it also names the evidence (a prompt baseline, a metric, a minimum uplift). Whether the uplift
// is achieved is MG305's.
const EVIDENCE_FIELDS = ['prompt_baseline', 'metric', 'min_uplift'];
var mg601 = defineRule({
    meta: {
        id: 'MG601',
        name: 'justification-missing',
        family: 'justification',
        defaultSeverity: 'error',
        summary: 'A fine-tune model has no justification, or it names no alternative tried or no rationale, or (where the tier requires it) no complete evidence.',
        frameworks: FRAMEWORK_REFS.MG601
    },
    check(ctx) {
        const hits = [];
        for (const { index, entry, tier } of ctx.models) {
            if (entry.approach !== 'fine-tune')
                continue;
            const requirements = requirementsFor(ctx.policy, entry);
            const evidenceRequired = requirements.justification_evidence;
            const justification = entry.justification;
            const at = ['models', index, 'justification'];
            const hit = (message, path) => hits.push({ message, model: entry.id, location: ctx.locate([...path]) });
            if (justification === undefined) {
                // Required evidence lives in the justification, so requiring it requires the section too.
                if (!requirements.require.includes('justification') && !evidenceRequired)
                    continue;
                const evidence = evidenceRequired
                    ? ', and the evidence that fine-tuning beats the prompt baseline'
                    : '';
                hit(`Model ${entry.id} has no justification, which the policy requires of ${tier}-tier fine-tunes; add a \`justification:\` section with the alternatives tried, the rationale${evidence}.`, ['models', index]);
                continue;
            }
            const alternatives = justification.alternatives_tried;
            if (alternatives === undefined || alternatives.length === 0) {
                hit(`The justification of model ${entry.id} names no alternative tried; list in \`alternatives_tried:\` the runtime controls tried before fine-tuning (prompt, retrieval, few-shot, tool-use or other).`, alternatives === undefined ? at : [...at, 'alternatives_tried']);
            }
            if (justification.rationale === undefined || justification.rationale.trim() === '') {
                hit(`The justification of model ${entry.id} has no rationale; add \`rationale:\` explaining why prompt-based control is not enough.`, justification.rationale === undefined ? at : [...at, 'rationale']);
            }
            const evidence = justification.evidence;
            if (evidence === undefined) {
                if (!evidenceRequired)
                    continue;
                hit(`The justification of model ${entry.id} has no evidence, which the policy requires of ${tier}-tier fine-tunes; add \`evidence:\` with prompt_baseline, metric and min_uplift to show that fine-tuning beats the prompt.`, at);
                continue;
            }
            // Evidence declared without being required is still checked: MG305 cannot measure half of it.
            const missing = EVIDENCE_FIELDS.filter((field) => evidence[field] === undefined);
            if (missing.length > 0) {
                hit(`The justification evidence of model ${entry.id} lacks ${listOf(missing)}; add ${missing.length === 1 ? 'it' : 'them'} under \`evidence:\` so the uplift over the prompt baseline can be measured.`, [...at, 'evidence']);
            }
        }
        return hits;
    }
});

// MG002: the manifest does not parse or breaks the schema. The loader finds the problems (with exact
// positions); this rule turns each into a finding, so severities and reporting work as for any rule.
var mg002 = defineRule({
    meta: {
        id: 'MG002',
        name: 'manifest-invalid',
        family: 'manifest',
        defaultSeverity: 'error',
        summary: 'The manifest does not parse, or breaks the schema (types, required fields, unknown keys, bad dates, duplicate ids).',
        frameworks: FRAMEWORK_REFS.MG002
    },
    check({ parsed }) {
        return (parsed?.diagnostics ?? []).map((diagnostic) => ({
            message: diagnostic.message,
            location: diagnostic.location
        }));
    }
});

// MG501: a fine-tune model must be watched after release: by someone (an owner), for the failure
// modes its tier names (monitoring_signals, default drift and leakage).
var mg501 = defineRule({
    meta: {
        id: 'MG501',
        name: 'monitoring-incomplete',
        family: 'monitoring',
        defaultSeverity: 'error',
        summary: 'A fine-tune model has no monitoring where its tier requires it, monitoring has no owner, or it lacks a signal the policy requires (default: drift and leakage).',
        frameworks: FRAMEWORK_REFS.MG501
    },
    check(ctx) {
        const hits = [];
        for (const { index, entry, tier } of ctx.models) {
            if (entry.approach !== 'fine-tune')
                continue;
            const requirements = requirementsFor(ctx.policy, entry);
            const required = requirements.monitoring_signals;
            const monitoring = entry.monitoring;
            const at = ['models', index, 'monitoring'];
            if (monitoring === undefined) {
                if (!requirements.require.includes('monitoring'))
                    continue;
                const watch = required.length > 0 ? ` and the signals ${listOf(required)}` : '';
                hits.push({
                    message: `Model ${entry.id} has no monitoring, which the policy requires of ${tier}-tier fine-tunes; add a \`monitoring:\` section with an owner${watch}.`,
                    model: entry.id,
                    location: ctx.locate(['models', index])
                });
                continue;
            }
            if (monitoring.owner === undefined) {
                hits.push({
                    message: `The monitoring of model ${entry.id} has no owner; add \`owner:\` under \`monitoring:\`, the user or team who watches the model after release.`,
                    model: entry.id,
                    location: ctx.locate([...at])
                });
            }
            const watched = new Set(monitoring.signals ?? []);
            const missing = required.filter((signal) => !watched.has(signal));
            if (missing.length > 0) {
                hits.push({
                    message: `The monitoring of model ${entry.id} does not watch ${listOf(missing)}, which the policy requires of ${tier}-tier fine-tunes; add ${missing.length === 1 ? 'it' : 'them'} to \`signals:\` and wire up the alert.`,
                    model: entry.id,
                    location: ctx.locate(monitoring.signals === undefined ? [...at] : [...at, 'signals'])
                });
            }
        }
        return hits;
    }
});

// MG401: a fine-tune model's rollback plan is absent (where its tier requires one) or lacks one of the
// four things a rollback needs: what to roll back to, how, who does it, and when. The drill date is
// MG403's and whether the procedure exists is MG402's.
const PLAN_FIELDS = ['previous_model', 'procedure', 'owner', 'trigger'];
var mg401 = defineRule({
    meta: {
        id: 'MG401',
        name: 'rollback-plan-incomplete',
        family: 'rollback',
        defaultSeverity: 'error',
        summary: 'A fine-tune model has no rollback plan where its tier requires one, or the plan lacks previous_model, procedure, owner or trigger.',
        frameworks: FRAMEWORK_REFS.MG401
    },
    check(ctx) {
        const hits = [];
        for (const { index, entry, tier } of ctx.models) {
            if (entry.approach !== 'fine-tune')
                continue;
            const rollback = entry.rollback;
            if (rollback === undefined) {
                if (!requirementsFor(ctx.policy, entry).require.includes('rollback'))
                    continue;
                hits.push({
                    message: `Model ${entry.id} has no rollback plan, which the policy requires of ${tier}-tier fine-tunes; add a \`rollback:\` section with previous_model, procedure, owner and trigger.`,
                    model: entry.id,
                    location: ctx.locate(['models', index])
                });
                continue;
            }
            const missing = PLAN_FIELDS.filter((field) => isBlank(rollback[field]));
            if (missing.length === 0)
                continue;
            hits.push({
                message: `The rollback plan of model ${entry.id} lacks ${listOf(missing)}; add ${missing.length === 1 ? 'it' : 'them'} under \`rollback:\` so that someone knows what to roll back to, how, who and when.`,
                model: entry.id,
                location: ctx.locate(['models', index, 'rollback'])
            });
        }
        return hits;
    }
});
function isBlank(value) {
    return value === undefined || value.trim() === '';
}

var mg402 = defineRule({
    meta: {
        id: 'MG402',
        name: 'rollback-procedure-missing',
        family: 'rollback',
        defaultSeverity: 'error',
        summary: 'The rollback procedure of a fine-tune model names a repository path that does not exist, cannot be read or could not be checked.',
        frameworks: FRAMEWORK_REFS.MG402
    },
    check(ctx) {
        const hits = [];
        for (const { index, entry } of ctx.models) {
            if (entry.approach !== 'fine-tune')
                continue;
            const procedure = entry.rollback?.procedure;
            // An absent procedure is MG401's finding.
            if (procedure === undefined || isHttpsUrl(procedure))
                continue;
            const problem = hasUrlScheme(procedure)
                ? // The schema refuses other schemes; kept so that the rule never trusts a plain-text link. The
                    // value is not echoed: a URL can carry credentials.
                    `The rollback procedure of model ${entry.id} is a URL that is not https://; link the runbook over https:// or commit it to the repository and name its path.`
                : pathProblem(entry.id, procedure, lookup(ctx.evidence.files, procedure));
            if (problem === undefined)
                continue;
            hits.push({
                message: problem,
                model: entry.id,
                location: ctx.locate(['models', index, 'rollback', 'procedure'])
            });
        }
        return hits;
    }
});
function lookup(files, path) {
    if (files === undefined)
        return 'no-files';
    return files.get(path) ?? files.get(path.replace(/^(?:\.\/)+/, '')) ?? 'not-gathered';
}
function pathProblem(model, path, fact) {
    const names = `The rollback procedure of model ${model} names ${path}`;
    if (fact === 'no-files' || fact === 'not-gathered') {
        const why = fact === 'no-files'
            ? 'the run gathered no repository files'
            : 'the run gathered no facts about that path';
        return `${names}, which could not be checked because ${why}; run the gate on a checkout of the repository (it fails closed until the runbook is seen).`;
    }
    switch (fact.kind) {
        case 'missing':
            return `${names}, which is not in the repository; commit the runbook or fix the path.`;
        case 'refused':
            return `${names}, which the gate refused to read (${fact.reason}); point procedure at a regular file inside the repository.`;
        case 'unavailable':
            return `${names}, which could not be read: ${fact.reason}; fix the file or the checkout and run the gate again (it fails closed until the runbook is seen).`;
        case 'file':
            return fact.size === 0
                ? `${names}, which is an empty file; write the rollback steps into it.`
                : undefined;
    }
}

// MG403: a rollback plan is only as good as its last drill. A fine-tune model whose tier requires a
// rollback plan, or that declares one, must record when it was last drilled, within the tier's maximum
// age. The clock is the run's injected `now`.
var mg403 = defineRule({
    meta: {
        id: 'MG403',
        name: 'rollback-drill-stale',
        family: 'rollback',
        defaultSeverity: 'error',
        summary: "A fine-tune model's rollback tested_at is missing or older than the policy's maximum drill age (default 90 days).",
        frameworks: FRAMEWORK_REFS.MG403
    },
    check(ctx) {
        const hits = [];
        for (const { index, entry } of ctx.models) {
            if (entry.approach !== 'fine-tune')
                continue;
            const requirements = requirementsFor(ctx.policy, entry);
            const rollback = entry.rollback;
            // A missing rollback section is MG401's finding; a drill is only asked of a declared plan.
            if (rollback === undefined)
                continue;
            const maxAge = requirements.rollback_drill_max_age_days;
            const testedAt = rollback?.tested_at;
            if (testedAt === undefined) {
                hits.push({
                    message: `Model ${entry.id} has no rollback drill on record; run a drill and set \`rollback.tested_at:\` to its date (at most ${maxAge} days old).`,
                    model: entry.id,
                    // The rollback section, or the model's entry when the section itself is absent.
                    location: ctx.locate(['models', index, 'rollback'])
                });
                continue;
            }
            const age = daysSince(testedAt, ctx.now);
            if (age <= maxAge)
                continue;
            hits.push({
                message: `The last rollback drill of ${entry.id} was ${age} days ago (${testedAt}), over the ${maxAge}-day maximum; run a drill and update tested_at.`,
                model: entry.id,
                location: ctx.locate(['models', index, 'rollback', 'tested_at'])
            });
        }
        return hits;
    }
});

const RULES = [
    mg001,
    mg002,
    mg003,
    mg004,
    mg101,
    mg102,
    mg103,
    mg106,
    mg201,
    mg301,
    mg401,
    mg402,
    mg403,
    mg501,
    mg601,
    mg702,
    mg703,
    mg801
];

const CONTROL_FAMILIES = CONTROL_SECTIONS;
function declared(model, family) {
    switch (family) {
        case 'data':
            return (model.datasets?.length ?? 0) > 0;
        case 'identities':
            return (model.identities?.length ?? 0) > 0;
        default:
            return model[family] !== undefined;
    }
}
/** Whether a family's controls apply: prompt and retrieval models are governed by approvals only. */
function applies(model, family, requirements) {
    if (model.approach !== 'fine-tune')
        return family === 'approvals';
    return requirements.require.includes(family) || declared(model, family);
}
function controlMarks(model, requirements, findings) {
    const own = findings.filter((f) => f.model === model.id);
    const marks = {};
    for (const family of CONTROL_FAMILIES) {
        const hits = own.filter((f) => RULE_CATALOGUE[f.ruleId].family === family);
        if (hits.some((f) => f.severity === 'error'))
            marks[family] = 'error';
        else if (hits.some((f) => f.severity === 'warning'))
            marks[family] = 'warning';
        else if (hits.some((f) => f.waiver))
            marks[family] = 'waived';
        else if (hits.length > 0)
            marks[family] = 'note';
        else
            marks[family] = applies(model, family, requirements) ? 'pass' : 'not-required';
    }
    return marks;
}

const SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
function compareText(a, b) {
    if (a === b)
        return 0;
    if (a === undefined)
        return 1; // findings without a file come last
    if (b === undefined)
        return -1;
    return a < b ? -1 : 1; // code-unit order: the same on every machine and locale
}
function compareNumber(a, b) {
    return (a ?? 0) - (b ?? 0);
}
/** By location only: file, line, column; then rule id, model and message to break ties. */
function compareByLocation(a, b) {
    return (compareText(a.file, b.file) ||
        compareNumber(a.line, b.line) ||
        compareNumber(a.column, b.column) ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.model, b.model) ||
        compareText(a.message, b.message));
}
/** Most severe first, then by location. */
function compareFindings(a, b) {
    return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareByLocation(a, b);
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
function sortSignals(signals) {
    return [...signals].sort((a, b) => compareText(a.file, b.file) ||
        compareNumber(a.line, b.line) ||
        compareText(a.id, b.id) ||
        compareText(a.reason, b.reason));
}

function severityFor(policy, id, fallback) {
    const configured = policy.rules[id];
    return configured ?? fallback;
}
/**
 * The run's verdict: `fail` when enforce mode meets an error; `warn` when errors or warnings exist
 * but nothing fails (warn mode, or warnings only); `pass` otherwise (notes never fail a run).
 */
function verdictOf(findings, mode) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    if (errors > 0 && mode === 'enforce')
        return 'fail';
    if (errors + warnings > 0)
        return 'warn';
    return 'pass';
}

function run(input) {
    const { policy } = input.policy;
    const manifest = input.manifest?.manifest;
    const mode = input.mode ?? policy.mode;
    const models = selectModels(input);
    const context = {
        manifestFile: input.manifestFile,
        parsed: input.manifest,
        manifest,
        policy,
        models,
        evidence: input.evidence,
        now: input.now,
        locate: (path) => input.manifest?.locate(path) ?? { file: input.manifestFile, line: 1, column: 1 }
    };
    let findings = [];
    for (const rule of input.rules ?? RULES) {
        const severity = severityFor(policy, rule.meta.id, rule.meta.defaultSeverity);
        if (severity === 'off')
            continue;
        for (const hit of checkSafely(rule, context)) {
            findings.push({
                ruleId: rule.meta.id,
                ruleName: rule.meta.name,
                severity,
                message: hit.message,
                ...(hit.model !== undefined && { model: hit.model }),
                ...hit.location
            });
        }
    }
    findings = applyWaivers(findings, manifest?.exceptions ?? [], (exception) => isActiveException(exception, input.now, input.evidence.baseManifest, policy)).sort(compareFindings);
    return {
        version: 1,
        result: verdictOf(findings, mode),
        mode,
        policy: { source: input.policy.source, sha256: input.policy.sha256, builtIn: input.policy.builtIn },
        manifest: { file: input.manifestFile, found: input.manifest !== undefined },
        fineTuning: input.evidence.fineTuning,
        models: modelStatuses(input, models, findings),
        findings,
        notes: [...changeNotes(input, models), ...(input.notes ?? [])]
    };
}
/** A rule that throws is a bug; the gate fails closed with a finding instead of crashing or passing. */
function checkSafely(rule, context) {
    try {
        return rule.check(context);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return [
            { message: `${rule.meta.id} could not run (${reason}); this is a bug in the gate, please report it.` }
        ];
    }
}
function selectModels(input) {
    const manifest = input.manifest?.manifest;
    if (!manifest)
        return [];
    return checkedModels(manifest, input.policy.policy, input.scope, input.evidence.touchedModels);
}
/**
 * The models a run checks: every model with scope `all`, else those the change touches (all of them
 * while the change has not been narrowed). The faces call this too, to gather evidence only for them.
 */
function checkedModels(manifest, policy, scope, touched) {
    const only = scope === 'all' ? undefined : touched;
    return manifest.models
        .map((entry, index) => ({ entry, index, tier: tierOf(policy, entry) }))
        .filter(({ entry }) => only === undefined || only.has(entry.id));
}
function modelStatuses(input, checked, findings) {
    const manifest = input.manifest?.manifest;
    if (!manifest)
        return [];
    const ids = new Set(checked.map((m) => m.entry.id));
    const touched = input.evidence.touchedModels;
    const { policy } = input.policy;
    return manifest.models.map((entry) => ({
        id: entry.id,
        approach: entry.approach,
        tier: tierOf(policy, entry),
        checked: ids.has(entry.id),
        reason: input.scope === 'all'
            ? 'scope all: every model is audited'
            : touched === undefined
                ? 'every model is checked: the change was not narrowed to models'
                : ids.has(entry.id)
                    ? 'the change touches this model'
                    : 'the change does not touch this model',
        ...(ids.has(entry.id) && { controls: controlMarks(entry, requirementsFor(policy, entry), findings) })
    }));
}
/** Says plainly what the change amounted to, and why the run ended early when nothing was in scope. */
function changeNotes(input, checked) {
    const { change, fineTuning } = input.evidence;
    if (!change?.available)
        return [];
    const files = `${change.files.length} changed file${change.files.length === 1 ? '' : 's'}`;
    const verdict = fineTuning.detected
        ? `Fine-tuning is proposed: ${fineTuning.why ?? 'see the signals'}.`
        : `No fine-tuning is proposed in the ${files}${fineTuning.why ? ` (${fineTuning.why})` : ''}.`;
    const early = input.scope === 'changed' && input.manifest?.manifest && checked.length === 0
        ? ['The change touches no declared model, so no model was checked and the run ended early.']
        : [];
    return [verdict, ...early];
}

// The local git adapter: evidence read from a clone. git runs as a child process with argument arrays
// only (never a shell), with prompts off and a fixed locale, and every failure becomes a GitError whose
// message a user can act on.
const execFileAsync = promisify(execFile);
/** A git failure, worded for the user; the CLI prints the message and exits 2. */
class GitError extends Error {
    name = 'GitError';
}
const LIST_MAX_BUFFER = 64 * 1024 * 1024;
// Variables a calling git hook may have set would point git at another repository or index than `root`.
const { GIT_DIR: _dir, GIT_WORK_TREE: _tree, GIT_INDEX_FILE: _index, ...inheritedEnv } = process.env;
/** The environment every git child process runs with (here and in repo-files.ts). */
const GIT_ENV = {
    ...inheritedEnv,
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    // Read-only: never take the index lock a concurrent git in the same clone may need.
    GIT_OPTIONAL_LOCKS: '0',
    // Paths are data: "*" or ":(glob)" in a file name never act as pathspec magic.
    GIT_LITERAL_PATHSPECS: '1'
};
async function git(root, args, maxBuffer = 4 * 1024 * 1024) {
    try {
        const { stdout, stderr } = await execFileAsync('git', args, {
            cwd: root,
            env: GIT_ENV,
            maxBuffer,
            encoding: 'buffer'
        });
        return { exitCode: 0, stdout, stderr: stderr.toString('utf8') };
    }
    catch (error) {
        const e = error;
        if (e.code === 'ENOENT') {
            // spawn says ENOENT both for a missing git and for a missing working directory.
            if (!existsSync(root))
                throw new GitError(`${root} does not exist; pass --repo with the path of a clone.`);
            throw new GitError('git is not installed or not on PATH; install git, or run where it is available.');
        }
        if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
            throw new GitError(`git ${args[0]} printed more than ${maxBuffer} bytes in ${root}; the change is too large to read.`);
        }
        if (typeof e.code !== 'number')
            throw new GitError(`git ${args[0]} failed in ${root}: ${e.message}`);
        return { exitCode: e.code, stdout: e.stdout ?? Buffer.alloc(0), stderr: e.stderr?.toString('utf8') ?? '' };
    }
}
function failure(what, run) {
    const detail = run.stderr.trim().split('\n')[0] ?? '';
    return new GitError(`${what}: ${detail.replace(/^(fatal|error): /, '') || `git exited with ${run.exitCode}`}.`);
}
// A ref or sha goes to git as one argument: one starting with "-" would be read as an option.
function checkRef(ref) {
    if (ref === '' || ref.startsWith('-') || ref.includes('\0'))
        throw new GitError(`"${ref}" is not a valid git ref.`);
}
async function repoRoot(dir) {
    if (!existsSync(dir))
        throw new GitError(`${dir} does not exist; pass --repo with the path of a clone.`);
    const run = await git(dir, ['rev-parse', '--show-toplevel']);
    if (run.exitCode === 0)
        return run.stdout.toString('utf8').trim();
    if (/not a git repository/i.test(run.stderr)) {
        throw new GitError(`${dir} is not inside a git repository; run from a clone, or pass --repo.`);
    }
    if (/dubious ownership/i.test(run.stderr)) {
        throw new GitError(`git refuses to read ${dir} because another user owns it; run: git config --global --add safe.directory ${dir}`);
    }
    throw failure(`git cannot read the repository at ${dir}`, run);
}
/** The full sha of the commit `ref` names, or undefined when it names none. */
async function resolveRef(root, ref) {
    checkRef(ref);
    const run = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (run.exitCode === 0)
        return run.stdout.toString('utf8').trim();
    if (run.exitCode === 1)
        return undefined;
    throw failure(`git cannot resolve ${ref}`, run);
}
/** The default branch: what origin/HEAD points at, else main, else master; undefined when none exists. */
async function defaultBranch(root) {
    const symbolic = await git(root, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
    if (symbolic.exitCode === 0) {
        const target = symbolic.stdout
            .toString('utf8')
            .trim()
            .replace(/^refs\/remotes\//, '');
        if (await resolveRef(root, target))
            return target;
    }
    for (const name of ['main', 'master']) {
        if (await resolveRef(root, `refs/heads/${name}`))
            return name;
        if (await resolveRef(root, `refs/remotes/origin/${name}`))
            return `origin/${name}`;
    }
    return undefined;
}
/** The best common ancestor of two commits, or undefined when they share none (unrelated or shallow). */
async function mergeBase(root, a, b) {
    checkRef(a);
    checkRef(b);
    const run = await git(root, ['merge-base', a, b]);
    if (run.exitCode === 0)
        return run.stdout.toString('utf8').trim();
    if (run.exitCode === 1)
        return undefined;
    throw failure(`git cannot find the merge base of ${a} and ${b}`, run);
}
/**
 * The entry at exactly `path` (repository-relative, normalised) in the tree of the commit `ref`, or
 * undefined when there is none. Pathspecs are literal, so the listing holds that entry alone.
 */
async function treeEntry(root, ref, path) {
    checkRef(ref);
    // ls-tree -l reports the mode, object id and size in one call, so the size is known before any read.
    const listing = await git(root, ['ls-tree', '-l', '-z', '--full-tree', ref, '--', path]);
    if (listing.exitCode !== 0)
        throw failure(`git cannot read ${ref} in ${root}`, listing);
    for (const line of listing.stdout.toString('utf8').split('\0')) {
        const match = /^(\d{6}) \w+ ([0-9a-f]+) +(\S+)\t(.*)$/s.exec(line);
        if (match?.[4] !== path)
            continue;
        const [, mode = '', oid = '', size = ''] = match;
        return {
            mode,
            oid,
            size: /^\d+$/.test(size) ? Number(size) : size === '-' ? undefined : 'missing-object'
        };
    }
    return undefined;
}
// ls-tree modes of entries that are not regular files.
const NOT_A_FILE = {
    '120000': 'is a symbolic link; links are not followed',
    '040000': 'is a directory, not a file',
    '160000': 'is a submodule, not a file'
};
/**
 * A file's bytes at a commit, without touching the working tree. A symlink is never followed: its
 * target could lie outside the repository or be another file than the one named. A file whose object
 * the clone lacks is 'unavailable', never 'missing': it exists at that commit.
 */
async function readFileAtRef(root, ref, path, options) {
    const problem = repoPathProblem(path);
    if (problem)
        throw new GitError(`The path "${path}" is refused: it ${problem}.`);
    const wanted = path.replace(/^(?:\.\/)+/, '');
    const entry = await treeEntry(root, ref, wanted);
    if (!entry)
        return { kind: 'missing' };
    const notFile = NOT_A_FILE[entry.mode];
    if (notFile)
        return { kind: 'missing', reason: `${wanted} at ${ref} ${notFile}` };
    if (entry.size === 'missing-object') {
        return {
            kind: 'unavailable',
            reason: `the object of ${wanted} at ${ref} is missing from the clone (or corrupt)`
        };
    }
    if (entry.size === undefined)
        return { kind: 'missing', reason: `${wanted} at ${ref} is not a regular file` };
    if (entry.size > options.maxBytes)
        return { kind: 'too-large', size: entry.size };
    const blob = await git(root, ['cat-file', 'blob', entry.oid], entry.size + 1024);
    if (blob.exitCode !== 0)
        throw failure(`git cannot read ${wanted} at ${ref}`, blob);
    return {
        kind: 'file',
        bytes: new Uint8Array(blob.stdout.buffer, blob.stdout.byteOffset, blob.stdout.byteLength)
    };
}
/**
 * The files that differ between `base` and `head`, or between `base` and the working tree (untracked
 * files included) when `head` is undefined. `base` is used as given: pass the merge base.
 */
async function changedFiles(root, base, head) {
    checkRef(base);
    if (head !== undefined)
        checkRef(head);
    const diffArgs = ['diff', '--name-status', '-z', '-M', '--no-color', '--no-ext-diff', '--no-relative', base];
    const diff = await git(root, [...diffArgs, ...(head === undefined ? [] : [head]), '--'], LIST_MAX_BUFFER);
    if (diff.exitCode !== 0)
        throw failure(`git cannot compare ${base} with ${head ?? 'the working tree'}`, diff);
    const changes = parseNameStatus(diff.stdout.toString('utf8'));
    if (head === undefined) {
        const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z'], LIST_MAX_BUFFER);
        if (untracked.exitCode !== 0)
            throw failure(`git cannot list untracked files in ${root}`, untracked);
        for (const path of untracked.stdout.toString('utf8').split('\0')) {
            if (path !== '')
                changes.push({ path, status: 'added' });
        }
    }
    return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
// `--name-status -z` output: a status token, then one path (two for renames and copies), NUL-separated.
function parseNameStatus(output) {
    const tokens = output.split('\0');
    const changes = [];
    for (let i = 0; i < tokens.length;) {
        const status = tokens[i++] ?? '';
        if (status === '')
            continue;
        const letter = status[0];
        if (letter === 'R' || letter === 'C') {
            const from = tokens[i++] ?? '';
            const to = tokens[i++] ?? '';
            // A copy leaves its source untouched: only the new file is a change.
            changes.push(letter === 'R' ? { path: to, status: 'renamed', previousPath: from } : { path: to, status: 'added' });
            continue;
        }
        const path = tokens[i++] ?? '';
        const kind = letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified';
        changes.push({ path, status: kind });
    }
    return changes;
}

// The change read from a clone: which files differ between the base and the head (or the working tree),
// and the lines each one adds, numbered as in the head file. The file list comes from git.ts's
// `changedFiles` (NUL-separated, so any path is exact); the added lines come from one streamed
// `git diff --unified=0`, parsed hunk by hunk. git runs with argument arrays only (never a shell) and
// with git.ts's environment; user configuration that would change the output's shape (prefixes, colour,
// external diff tools, textconv, relative paths, context) is overridden on the command line.
const MAX_ADDED_BYTES_PER_FILE = 1024 * 1024;
const MAX_ADDED_BYTES_TOTAL = 64 * 1024 * 1024;
// git's own binary heuristic: a NUL byte in the first 8000 bytes.
const BINARY_SNIFF_BYTES = 8000;
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseHunkHeader(line) {
    const match = HUNK_HEADER.exec(line);
    if (!match)
        return undefined;
    const [, oldStart = '0', oldCount, newStart = '0', newCount] = match;
    return {
        oldStart: Number(oldStart),
        oldCount: oldCount === undefined ? 1 : Number(oldCount),
        newStart: Number(newStart),
        newCount: newCount === undefined ? 1 : Number(newCount)
    };
}
/** A line's text without the carriage return of a CRLF line ending. */
function withoutCr(text) {
    return text.endsWith('\r') ? text.slice(0, -1) : text;
}
/**
 * The change between `base` and `head`, or between `base` and the working tree (untracked files count
 * as added, every line added) when `head` is undefined. Pass the merge base as `base`. A git failure (a
 * ref or object missing from the clone, git absent) is returned as an unavailable change with git's
 * reason, never thrown, so that the caller can fail closed.
 */
async function changeFromGit(root, base, head, limits = {}) {
    const perFile = limits.maxAddedBytesPerFile ?? MAX_ADDED_BYTES_PER_FILE;
    const budget = { left: limits.maxAddedBytesTotal ?? MAX_ADDED_BYTES_TOTAL };
    try {
        // First: it validates the refs, and its -z listing is the authority on paths and statuses.
        const listed = await changedFiles(root, base, head);
        const diffs = await diffAddedLines(root, base, head, perFile, budget);
        const files = [];
        for (const file of listed) {
            const entry = { path: file.path, status: file.status };
            if (file.previousPath !== undefined)
                entry.previousPath = file.previousPath;
            const addedLines = file.status === 'removed'
                ? []
                : diffs.has(file.path)
                    ? linesOf(diffs.get(file.path))
                    : head === undefined
                        ? // Not in the diff: an untracked file (ls-files lists it; git diff does not).
                            await untrackedLines(root, file.path, perFile, budget)
                        : // Listed but not found in the patch (a path the parser could not read): unknown.
                            undefined;
            if (addedLines !== undefined)
                entry.addedLines = addedLines;
            files.push(entry);
        }
        return { available: true, source: 'git', files };
    }
    catch (error) {
        if (error instanceof GitError)
            return { available: false, reason: error.message };
        throw error;
    }
}
function linesOf(diff) {
    if (diff === undefined || diff.unknown || diff.overflow)
        return undefined;
    return diff.lines;
}
/** Runs the unified diff and collects each file's added lines, keyed by its head path. */
async function diffAddedLines(root, base, head, perFile, budget) {
    const args = [
        // Non-ASCII and special bytes in header paths come octal-escaped and quoted: the header is ASCII.
        '-c',
        'core.quotePath=true',
        'diff',
        '--unified=0',
        '--inter-hunk-context=0',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--no-relative',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '-M',
        base,
        ...(head === undefined ? [] : [head]),
        '--'
    ];
    const parser = new DiffParser(perFile, budget);
    await streamGit(root, args, (line, truncated) => parser.line(line, truncated), {
        // A line longer than this is an added line over the per-file cap anyway.
        maxLine: perFile + 16,
        what: `git cannot compare ${base} with ${head ?? 'the working tree'}`
    });
    return parser.files;
}
/** Parses `git diff --unified=0` output line by line. */
class DiffParser {
    perFile;
    budget;
    files = new Map();
    current;
    // Header state of the current section.
    headerPath;
    pendingUnknown = false;
    // Hunk state: how many old and new lines of the current hunk are still to come.
    oldLeft = 0;
    newLeft = 0;
    nextLine = 0;
    constructor(perFile, budget) {
        this.perFile = perFile;
        this.budget = budget;
    }
    line(bytes, truncated) {
        if (this.oldLeft > 0 || this.newLeft > 0)
            return this.body(bytes, truncated);
        const text = bytes.toString('latin1');
        if (text.startsWith('diff --git ')) {
            this.current = undefined;
            this.pendingUnknown = false;
            this.headerPath = samePathFromHeader(text.slice('diff --git '.length));
            // A section may hold no hunk at all (an empty new file, a mode change): it is still known.
            this.section();
            return;
        }
        if (text.startsWith('rename to '))
            return this.setPath(unquote$1(text.slice('rename to '.length)));
        if (text.startsWith('copy to '))
            return this.setPath(unquote$1(text.slice('copy to '.length)));
        if (text.startsWith('+++ ')) {
            // git ends an unquoted name that holds a space with a tab (for GNU patch); a quoted name never.
            const raw = text.slice(4);
            // A deletion's new side.
            if (raw === '/dev/null')
                return;
            const target = unquote$1(raw.startsWith('"') ? raw : raw.replace(/\t$/, ''));
            const path = target?.startsWith('b/') ? target.slice(2) : undefined;
            if (this.headerPath === undefined)
                return this.setPath(path);
            // Two readings of the path disagree: the lines cannot be attributed, so the file is unknown.
            if (path !== this.headerPath) {
                this.pendingUnknown = true;
                this.section();
            }
            return;
        }
        if (text.startsWith('Binary files ') || text === 'GIT binary patch') {
            this.pendingUnknown = true;
            this.section();
            return;
        }
        const hunk = parseHunkHeader(text);
        if (hunk) {
            this.section();
            this.oldLeft = hunk.oldCount;
            this.newLeft = hunk.newCount;
            this.nextLine = hunk.newStart;
        }
    }
    setPath(path) {
        if (path !== undefined)
            this.headerPath = path;
        this.section();
    }
    /** The diff of the current section's path, created (or merged into) once the path is known. */
    section() {
        if (this.headerPath === undefined)
            return undefined;
        let diff = this.files.get(this.headerPath);
        if (!diff) {
            diff = { unknown: false, overflow: false, bytes: 0, lines: [] };
            this.files.set(this.headerPath, diff);
        }
        if (this.pendingUnknown)
            diff.unknown = true;
        this.current = diff;
        return diff;
    }
    body(bytes, truncated) {
        const marker = bytes[0];
        // "\ No newline at end of file" belongs to the line before it and counts for neither side.
        if (marker === 0x5c)
            return;
        if (marker === 0x2d) {
            this.oldLeft -= 1;
            return;
        }
        if (marker === 0x2b) {
            this.newLeft -= 1;
            const line = this.nextLine++;
            this.added(line, bytes, truncated);
            return;
        }
        // A context line (none with --unified=0 and --inter-hunk-context=0, but read one correctly).
        this.oldLeft -= 1;
        this.newLeft -= 1;
        this.nextLine += 1;
    }
    added(line, bytes, truncated) {
        const diff = this.current;
        if (!diff || diff.overflow || diff.unknown)
            return;
        const size = bytes.length - 1;
        if (truncated || diff.bytes + size > this.perFile || size > this.budget.left) {
            this.budget.left += diff.bytes;
            diff.overflow = true;
            diff.bytes = 0;
            diff.lines = [];
            return;
        }
        diff.bytes += size;
        this.budget.left -= size;
        diff.lines.push({ line, text: withoutCr(bytes.toString('utf8', 1)) });
    }
}
/**
 * The path of `diff --git a/X b/X` when both names are the same (every section but a rename or copy,
 * whose path comes from `rename to` / `copy to` instead). Undefined when the names differ.
 */
function samePathFromHeader(rest) {
    if (rest.startsWith('"')) {
        const first = readQuoted(rest, 0);
        if (!first || rest[first.end] !== ' ')
            return undefined;
        const second = rest.slice(first.end + 1);
        const b = second.startsWith('"') ? readQuoted(second, 0) : { value: second, end: second.length };
        if (!b || b.end !== second.length)
            return undefined;
        if (!first.value.startsWith('a/') || !b.value.startsWith('b/'))
            return undefined;
        return first.value.slice(2) === b.value.slice(2) ? b.value.slice(2) : undefined;
    }
    // Unquoted: "a/" + X + " b/" + X, so X is (length - 5) / 2 characters long.
    if ((rest.length - 5) % 2 !== 0)
        return undefined;
    const n = (rest.length - 5) / 2;
    const a = rest.slice(0, 2 + n);
    const b = rest.slice(2 + n + 1);
    if (!a.startsWith('a/') || !b.startsWith('b/') || rest[2 + n] !== ' ')
        return undefined;
    return a.slice(2) === b.slice(2) ? decodeAscii(b.slice(2)) : undefined;
}
/** A header path: C-quoted ("...") with octal escapes for bytes, or plain. */
function unquote$1(value) {
    if (!value.startsWith('"'))
        return decodeAscii(value);
    const quoted = readQuoted(value, 0);
    return quoted && quoted.end === value.length ? quoted.value : undefined;
}
// Header lines are read as latin1 (one char per byte); with core.quotePath they are ASCII.
function decodeAscii(value) {
    return Buffer.from(value, 'latin1').toString('utf8');
}
const ESCAPES = {
    a: 7,
    b: 8,
    t: 9,
    n: 10,
    v: 11,
    f: 12,
    r: 13,
    '"': 34,
    '\\': 92
};
/** Reads a C-quoted string starting at `start` (the opening quote); its value and the index after it. */
function readQuoted(text, start) {
    const bytes = [];
    for (let i = start + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34)
            return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
        if (c !== 92) {
            bytes.push(c & 0xff);
            continue;
        }
        const next = text[i + 1] ?? '';
        const octal = /^[0-7]{3}/.exec(text.slice(i + 1, i + 4));
        if (octal) {
            bytes.push(parseInt(octal[0], 8) & 0xff);
            i += 3;
        }
        else if (ESCAPES[next] !== undefined) {
            bytes.push(ESCAPES[next]);
            i += 1;
        }
        else {
            return undefined;
        }
    }
    return undefined;
}
/** Every line of an untracked file, read from the working tree (a symlink's target, never followed). */
async function untrackedLines(root, path, perFile, budget) {
    const full = join(root, path);
    let bytes;
    try {
        const stat = await lstat(full);
        if (stat.isSymbolicLink()) {
            // git records a link as its target, and diffs it as one line.
            bytes = Buffer.from(await readlink(full, { encoding: 'buffer' }));
        }
        else if (!stat.isFile() || stat.size > perFile) {
            return undefined;
        }
        else {
            bytes = await readCapped(full, perFile);
        }
    }
    catch {
        // Gone or unreadable since git listed it: unknown.
        return undefined;
    }
    if (bytes.length > perFile || bytes.length > budget.left)
        return undefined;
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0))
        return undefined;
    budget.left -= bytes.length;
    return linesOfText(bytes.toString('utf8'));
}
async function readCapped(full, max) {
    const handle = await open$1(full, 'r');
    try {
        const buffer = Buffer.alloc(max + 1);
        let read = 0;
        while (read < buffer.length) {
            const { bytesRead } = await handle.read(buffer, read, buffer.length - read, read);
            if (bytesRead === 0)
                break;
            read += bytesRead;
        }
        return buffer.subarray(0, read);
    }
    finally {
        await handle.close();
    }
}
/** A whole file's lines as added lines, numbered from 1 (a final newline opens no extra line). */
function linesOfText(text) {
    if (text === '')
        return [];
    const parts = text.split('\n');
    if (parts[parts.length - 1] === '')
        parts.pop();
    return parts.map((part, i) => ({ line: i + 1, text: withoutCr(part) }));
}
/**
 * Runs git and hands each stdout line (without its "\n") to `onLine` as it arrives, so that memory
 * stays bounded by `maxLine` whatever the diff's size; a longer line arrives cut, flagged `truncated`.
 */
function streamGit(root, args, onLine, options) {
    return new Promise((resolve, reject) => {
        const child = spawn('git', args, { cwd: root, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
        let parts = [];
        let length = 0;
        let truncated = false;
        let failed;
        const append = (part) => {
            if (length + part.length > options.maxLine) {
                const room = options.maxLine - length;
                if (room > 0)
                    parts.push(part.subarray(0, room));
                length = options.maxLine;
                truncated = true;
            }
            else {
                parts.push(part);
                length += part.length;
            }
        };
        const emit = () => {
            const line = parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
            parts = [];
            length = 0;
            const cut = truncated;
            truncated = false;
            onLine(line, cut);
        };
        child.stdout.on('data', (chunk) => {
            if (failed !== undefined)
                return;
            try {
                let start = 0;
                for (;;) {
                    const newline = chunk.indexOf(0x0a, start);
                    if (newline < 0) {
                        if (start < chunk.length)
                            append(chunk.subarray(start));
                        break;
                    }
                    append(chunk.subarray(start, newline));
                    emit();
                    start = newline + 1;
                }
            }
            catch (error) {
                failed = error;
                child.kill();
            }
        });
        let stderr = '';
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 4096)
                stderr += chunk.toString('utf8');
        });
        child.once('error', (error) => {
            failed ??=
                error.code === 'ENOENT'
                    ? new GitError('git is not installed or not on PATH; install git, or run where it is available.')
                    : new GitError(`${options.what}: ${error.message}.`);
        });
        child.once('close', (code) => {
            if (failed !== undefined)
                return reject(failed instanceof Error ? failed : new Error(String(failed)));
            if (code !== 0) {
                const detail = (stderr.trim().split('\n')[0] ?? '').replace(/^(fatal|error): /, '');
                return reject(new GitError(`${options.what}: ${detail || `git exited with ${code}`}.`));
            }
            try {
                if (length > 0 || parts.length > 0)
                    emit();
                resolve();
            }
            catch (error) {
                reject(error instanceof Error ? error : new Error(String(error)));
            }
        });
    });
}

function emptyEvidence() {
    return { fineTuning: { detected: false, signals: [] } };
}

// Which models a pull request touches (manifest.md, "Which models a run checks"). Pure: the change's
// files, the head and base manifests and the files that carried a fine-tuning signal in, model ids out.
// A model is touched when its manifest entry changed (a new model included), when a changed file (at
// its head path or its path before a rename) is one of its `paths` globs, its datasets' `path`s or the
// other paths it names (evaluation results and baseline, rollback procedure, prompt baseline), or when
// one of its `paths` globs covers a file that carried a fine-tuning signal.
function touchedModels(change, head, base, manifestFile, signalFiles) {
    const touched = new Set();
    if (head === undefined)
        return touched;
    const changedPaths = new Set();
    for (const file of change) {
        changedPaths.add(normalise(file.path));
        if (file.previousPath !== undefined)
            changedPaths.add(normalise(file.previousPath));
    }
    const covered = new Set([...changedPaths, ...signalFiles.map(normalise)]);
    // Entries can only differ when the change touches the manifest file.
    const manifestChanged = changedPaths.has(normalise(manifestFile));
    const baseEntries = new Map((base?.models ?? []).map((model) => [model.id, model]));
    for (const model of head.models) {
        if (manifestChanged) {
            const before = baseEntries.get(model.id);
            if (before === undefined || !sameValue(before, model)) {
                touched.add(model.id);
                continue;
            }
        }
        if (namedPaths(model).some((path) => changedPaths.has(path))) {
            touched.add(model.id);
            continue;
        }
        const globs = (model.paths ?? []).map(normalise);
        if (globs.length === 0)
            continue;
        const matches = picomatch(globs, { dot: true, nocase: false, windows: false });
        for (const path of covered) {
            if (matches(path)) {
                touched.add(model.id);
                break;
            }
        }
    }
    return touched;
}
/** The repository paths a model names outside its globs: dataset files and the files of its controls. */
function namedPaths(model) {
    const procedure = model.rollback?.procedure;
    return [
        ...(model.datasets ?? []).map((dataset) => dataset.path),
        model.evaluation?.results,
        model.evaluation?.baseline,
        model.justification?.evidence?.prompt_baseline,
        procedure !== undefined && !hasUrlScheme(procedure) ? procedure : undefined
    ]
        .filter((path) => path !== undefined)
        .map(normalise);
}
// The manifest may write "./training/x"; git and the API never do.
function normalise(path) {
    return path.replace(/^(?:\.\/)+/, '');
}
/** Structural equality of two parsed YAML values (objects compared by key, whatever the order). */
function sameValue(a, b) {
    if (Object.is(a, b))
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (a instanceof Date || b instanceof Date) {
        return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
    }
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((item, i) => sameValue(item, b[i]));
    }
    const left = a;
    const right = b;
    // A key present with the value undefined is the same as an absent key.
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys)
        if (!sameValue(left[key], right[key]))
            return false;
    return true;
}

/** Declares a detector's signals with the ecosystem filled in, keyed by id for use in `detect`. */
function defineSignals(ecosystem, defs) {
    const out = {};
    for (const id of Object.keys(defs))
        out[id] = { id, ecosystem, ...defs[id] };
    return out;
}
/** A detector from its signal table and its `detect` function. */
function defineDetector(ecosystem, signals, detect) {
    return { ecosystem, signals: Object.values(signals), detect };
}
/** A signal for `def` in `file`, with an optional one-line detail appended to the reason. */
function hit(def, file, line, detail) {
    const reason = detail === undefined ? def.reason : `${def.reason}: ${oneLine$1(detail)}`;
    return { id: def.id, strength: def.strength, file, ...(line !== undefined && { line }), reason };
}
function oneLine$1(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

// Strips comments from source lines so that code rules never fire on a commented-out training call.
// One linear pass over the characters; strings are tracked so that `#` or `//` inside a string (a URL,
// a model id) is kept. Python triple-quoted strings are dropped too: docstrings are documentation.
const WORD = /[A-Za-z0-9_]/;
const PY_PREFIX = /[rRbBfFuU]/;
/** The lines with comments removed (an emptied line stays, with empty text). */
function stripComments(lines, syntax) {
    if (syntax === 'none')
        return lines.slice();
    let state = 'code';
    const out = [];
    for (const { line, text } of lines) {
        const kept = [];
        let i = 0;
        let from = 0; // start of the current kept segment
        const n = text.length;
        while (i < n) {
            if (state === 'block' || state === 'triple-double' || state === 'triple-single') {
                const close = state === 'block' ? '*/' : state === 'triple-double' ? '"""' : "'''";
                const end = text.indexOf(close, i);
                if (end < 0) {
                    i = from = n;
                    break;
                }
                i = from = end + close.length;
                state = 'code';
                continue;
            }
            if (state === 'template') {
                i = closingQuote(text, i, '`');
                if (i < n)
                    state = 'code';
                i++;
                continue;
            }
            const c = text[i];
            if (syntax === 'python' && (c === '"' || c === "'") && text.startsWith(c + c + c, i)) {
                kept.push(text.slice(from, i));
                state = c === '"' ? 'triple-double' : 'triple-single';
                i += 3;
                from = i;
                continue;
            }
            if ((c === '"' || c === "'") && opensString(text, i, syntax)) {
                i = closingQuote(text, i + 1, c) + 1;
                continue;
            }
            if (c === '`' && syntax === 'slash') {
                state = 'template';
                i++;
                continue;
            }
            if (c === '#' &&
                syntax !== 'slash' &&
                (syntax === 'python' || i === 0 || /\s/.test(text[i - 1] ?? ''))) {
                break;
            }
            if (c === '/' && (syntax === 'slash' || syntax === 'hcl')) {
                const next = text[i + 1];
                if (next === '/')
                    break;
                if (next === '*') {
                    kept.push(text.slice(from, i));
                    state = 'block';
                    i += 2;
                    from = i;
                    continue;
                }
            }
            i++;
        }
        kept.push(text.slice(from, Math.min(i, n)));
        out.push({ line, text: kept.join('') });
    }
    return out;
}
/** Whether a quote at `i` opens a string (an apostrophe inside a word does not). */
function opensString(text, i, syntax) {
    let j = i - 1;
    if (syntax === 'python') {
        // String prefixes: r"", b"", f"", rb"", fr"" ...
        let prefix = 0;
        while (prefix < 2 && j >= 0 && PY_PREFIX.test(text[j])) {
            j--;
            prefix++;
        }
        if (prefix > 0 && (j < 0 || !WORD.test(text[j])))
            return true;
        j = i - 1;
    }
    return j < 0 || !WORD.test(text[j]);
}
/** The index of the quote that closes a string starting at `from`, or the line's length when none does. */
function closingQuote(text, from, quote) {
    let i = from;
    while (i < text.length) {
        const c = text[i];
        if (c === '\\')
            i += 2;
        else if (c === quote)
            return i;
        else
            i++;
    }
    return text.length;
}

// Jupyter notebooks: only the source of CODE cells counts (markdown cells and outputs often quote training
// calls). One linear pass over the JSON text that keeps line numbers, so a hit in a cell points at the
// notebook's own line in the JSON file.
/** Root object, cells array, cell object, source array: nothing deeper matters. */
const MAX_DEPTH = 4;
/** The code lines of the notebook's code cells, comments removed, each numbered with its JSON line. */
function notebookCodeLines(json) {
    const out = [];
    const stack = []; // the frames down to a cell's source array; deeper levels are only counted
    let depth = 0;
    let cell;
    let line = 1;
    let i = 0;
    const n = json.length;
    while (i < n) {
        const c = json[i];
        if (c === '\n')
            line++;
        else if (c === '{' || c === '[') {
            depth++;
            if (depth <= MAX_DEPTH)
                stack.push({ kind: c === '{' ? 'object' : 'array', expectKey: c === '{' });
            if (c === '{' && depth === 3 && inCells(stack))
                cell = { parts: [] };
        }
        else if (c === '}' || c === ']') {
            if (c === '}' && cell && depth === 3 && inCells(stack)) {
                if (cell.type === 'code')
                    out.push(...cellLines(cell.parts));
                cell = undefined;
            }
            if (depth <= MAX_DEPTH)
                stack.pop();
            depth = Math.max(0, depth - 1);
        }
        else if (c === ',') {
            const top = depth <= MAX_DEPTH ? stack[stack.length - 1] : undefined;
            if (top?.kind === 'object')
                top.expectKey = true;
        }
        else if (c === '"') {
            const end = stringEnd(json, i + 1);
            const top = depth <= MAX_DEPTH ? stack[stack.length - 1] : undefined;
            if (top?.kind === 'object' && top.expectKey) {
                top.key = decode(json.slice(i, end + 1));
                top.expectKey = false;
            }
            else if (cell && top) {
                const value = valueRole(stack);
                if (value === 'type')
                    cell.type = decode(json.slice(i, end + 1));
                else if (value === 'source')
                    cell.parts.push({ line, text: decode(json.slice(i, end + 1)) });
            }
            i = end;
        }
        i++;
    }
    return out;
}
/** Whether the innermost frame is a cell object: root object -> "cells" array -> object. */
function inCells(stack) {
    return stack.length === 3 && stack[0]?.key === 'cells' && stack[1]?.kind === 'array';
}
/** What a string value at this depth is: the cell's type, a piece of its source, or something else. */
function valueRole(stack) {
    const cellFrame = stack[2];
    if (stack[0]?.key !== 'cells' || cellFrame?.kind !== 'object')
        return undefined;
    if (stack.length === 3)
        return cellFrame.key === 'cell_type' ? 'type' : cellFrame.key === 'source' ? 'source' : undefined;
    if (stack.length === 4 && cellFrame.key === 'source' && stack[3]?.kind === 'array')
        return 'source';
    return undefined;
}
function cellLines(parts) {
    const lines = [];
    for (const part of parts) {
        const pieces = part.text.split('\n');
        if (pieces.length > 1 && pieces[pieces.length - 1] === '')
            pieces.pop();
        for (const text of pieces)
            lines.push({ line: part.line, text });
    }
    return stripComments(lines, 'python');
}
/** The index of the closing quote of a JSON string whose content starts at `from`. */
function stringEnd(json, from) {
    let i = from;
    while (i < json.length) {
        const c = json[i];
        if (c === '\\')
            i += 2;
        else if (c === '"')
            return i;
        else
            i++;
    }
    return json.length;
}
function decode(raw) {
    try {
        const value = JSON.parse(raw);
        return typeof value === 'string' ? value : '';
    }
    catch {
        return '';
    }
}

const KEY_LINE = /^( *)(- +)?([A-Za-z_$][\w.$/-]*|"[^"]*"|'[^']*') *:(?: +(.*))?$/;
const BLOCK_SCALAR = /^[|>][-+0-9]*$/;
class YamlKeys {
    keys = [];
    byPath = new Map();
    constructor(lines) {
        const stack = [];
        let blockIndent = -1; // lines indented deeper than this belong to a block scalar
        for (const { line, text } of lines) {
            const trimmed = text.trimStart();
            if (trimmed === '' || trimmed.startsWith('#'))
                continue;
            const indent = text.length - trimmed.length;
            if (blockIndent >= 0) {
                if (indent > blockIndent)
                    continue;
                blockIndent = -1;
            }
            if (trimmed.startsWith('---') || trimmed.startsWith('...')) {
                stack.length = 0;
                continue;
            }
            const m = KEY_LINE.exec(text.replace(/\t/g, ' '));
            if (!m)
                continue;
            const keyIndent = (m[1] ?? '').length + (m[2] ?? '').length;
            const key = unquote(m[3] ?? '');
            while (stack.length > 0 && stack[stack.length - 1].indent >= keyIndent)
                stack.pop();
            const path = [...stack.map((s) => s.key), key].join('.');
            const value = scalar(m[4] ?? '');
            if (BLOCK_SCALAR.test(value))
                blockIndent = keyIndent;
            const entry = { path, line, value: BLOCK_SCALAR.test(value) ? '' : value };
            this.keys.push(entry);
            if (!this.byPath.has(path))
                this.byPath.set(path, entry);
            stack.push({ indent: keyIndent, key });
        }
    }
    /** The first key at this dotted path. */
    get(path) {
        return this.byPath.get(path);
    }
    has(path) {
        return this.byPath.has(path);
    }
    /** The first of `paths` present, in the order given. */
    first(...paths) {
        for (const p of paths) {
            const k = this.byPath.get(p);
            if (k)
                return k;
        }
        return undefined;
    }
    /** Whether the key's value is YAML true. */
    isTrue(path) {
        return /^(true|True|TRUE|yes|on)$/.test(this.byPath.get(path)?.value ?? '');
    }
}
/** An inline value without a trailing comment and without surrounding quotes. */
function scalar(raw) {
    let v = raw.trim();
    const quote = v[0];
    if (quote === '"' || quote === "'") {
        const end = v.indexOf(quote, 1);
        return end > 0 ? v.slice(1, end) : v.slice(1);
    }
    const hash = v.search(/\s#/);
    if (hash >= 0)
        v = v.slice(0, hash).trim();
    return v;
}
function unquote(key) {
    return key.startsWith('"') || key.startsWith("'") ? key.slice(1, -1) : key;
}

// One changed file as the detectors read it, computed lazily and once per input (shared by all detectors):
// its kind, its head lines, which lines the change added, its code lines without comments, its YAML keys.
const EXTENSIONS = [
    ['python', 'py pyw'],
    ['notebook', 'ipynb'],
    ['js', 'js mjs cjs ts mts cts tsx jsx'],
    ['shell', 'sh bash zsh ps1 mk dockerfile'],
    ['yaml', 'yml yaml'],
    ['hcl', 'tf hcl'],
    ['toml', 'toml cfg ini'],
    ['other-code', 'go java kt cs rs bicep'],
    ['json', 'json'],
    ['jsonl', 'jsonl ndjson'],
    ['markdown', 'md mdx']
];
const KIND_BY_EXT = new Map(EXTENSIONS.flatMap(([kind, exts]) => exts.split(' ').map((e) => [e, kind])));
const SHELL_NAMES = /^(makefile|gnumakefile|dockerfile|containerfile|justfile|procfile)(\..*)?$/i;
const SYNTAX = {
    python: 'python',
    js: 'slash',
    'other-code': 'slash',
    shell: 'hash',
    yaml: 'hash',
    toml: 'hash',
    hcl: 'hcl',
    modelfile: 'hash',
    gitattributes: 'hash'
};
/** Kinds whose lines are code or commands: the kinds job-call and CLI rules read. */
const CODE_KINDS = new Set([
    'python',
    'notebook',
    'js',
    'shell',
    'yaml',
    'hcl',
    'toml',
    'other-code'
]);
class FileView {
    input;
    path;
    /** The file name, lower case. */
    name;
    kind;
    memo = {};
    constructor(input) {
        this.input = input;
        this.path = input.file.path;
        this.name = (this.path.split('/').pop() ?? '').toLowerCase();
        this.kind = kindOf(this.name);
    }
    get status() {
        return this.input.file.status;
    }
    /** Text content is known (not a binary, not unreadable). */
    get hasText() {
        this.memo.text ??= this.input.content !== undefined && !this.input.content.includes('\u0000');
        return this.memo.text;
    }
    /** The change added or modified this file (a pure rename or a removal does not count). */
    get touched() {
        const f = this.input.file;
        if (f.status === 'removed')
            return false;
        if (f.status === 'renamed')
            return f.addedLines === undefined || f.addedLines.length > 0;
        return true;
    }
    get isCode() {
        return CODE_KINDS.has(this.kind);
    }
    /** The head's lines; without text content, the added lines alone. */
    get lines() {
        if (!this.memo.lines) {
            const content = this.input.content;
            this.memo.lines =
                content !== undefined && this.hasText
                    ? content.split('\n').map((text, i) => ({ line: i + 1, text: text.replace(/\r$/, '') }))
                    : (this.input.file.addedLines ?? []).map((l) => ({ line: l.line, text: l.text }));
        }
        return this.memo.lines;
    }
    /** Whether the change added this head line (every line counts as added when that is unknown). */
    isAdded(line) {
        const added = this.input.file.addedLines;
        if (added === undefined)
            return true;
        this.memo.added ??= new Set(added.map((l) => l.line));
        return this.memo.added.has(line);
    }
    /** The non-empty code lines, comments removed (code cells only for a notebook). */
    get code() {
        if (!this.memo.code) {
            const raw = this.kind === 'notebook'
                ? notebookCodeLines(this.input.content ?? '')
                : stripComments(this.lines, SYNTAX[this.kind] ?? 'none');
            this.memo.code = raw
                .filter((l) => l.text.trim() !== '')
                .map((l) => ({ line: l.line, text: l.text, added: this.isAdded(l.line) }));
        }
        return this.memo.code;
    }
    /** The added code lines. */
    get addedCode() {
        return this.code.filter((l) => l.added);
    }
    /** The added lines as rules read them: code without comments for code files, raw lines otherwise. */
    get addedText() {
        return this.isCode ? this.addedCode : this.lines.filter((l) => this.isAdded(l.line));
    }
    /** The YAML keys of the head (YAML files only). */
    get yaml() {
        this.memo.yaml ??= new YamlKeys(this.kind === 'yaml' ? this.lines : []);
        return this.memo.yaml;
    }
    /** Whether any code line of the head (added or not) matches. */
    codeHas(re) {
        return this.code.some((l) => re.test(l.text));
    }
    /** The first added code line that matches. */
    firstAdded(re) {
        return this.code.find((l) => l.added && re.test(l.text));
    }
}
function kindOf(name) {
    if (name === 'modelfile' || name.endsWith('.modelfile') || name.startsWith('modelfile.'))
        return 'modelfile';
    if (name === '.gitattributes')
        return 'gitattributes';
    if (SHELL_NAMES.test(name) || name.startsWith('.env'))
        return 'shell';
    const dot = name.lastIndexOf('.');
    return dot < 0 ? 'other' : (KIND_BY_EXT.get(name.slice(dot + 1)) ?? 'other');
}
const views = new WeakMap();
/** The view of an input, shared by every detector that reads it. */
function viewOf(input) {
    let view = views.get(input);
    if (!view) {
        view = new FileView(input);
        views.set(input, view);
    }
    return view;
}

// Axolotl training configs (YAML): `base_model` + `datasets` + an adapter, an RL method or trainer keys.
// A full fine-tune (`fft-8b.yaml`) has no `adapter`, hence the batch-size alternative.
const S$k = defineSignals('axolotl', {
    'axolotl-config': { strength: 'strong', reason: 'axolotl training config' }
});
const DISTINCTIVE = [
    'adapter',
    'rl',
    'lora_r',
    'micro_batch_size',
    'num_epochs',
    'gradient_accumulation_steps'
];
const axolotl = defineDetector('axolotl', S$k, (input) => {
    const view = viewOf(input);
    if (view.kind !== 'yaml' || !view.touched)
        return [];
    const y = view.yaml;
    if (!y.has('base_model') || !y.has('datasets'))
        return [];
    const key = y.first(...DISTINCTIVE);
    if (!key)
        return [];
    const detail = key.path === 'adapter' && key.value === ''
        ? 'full fine-tune (no adapter)'
        : `\`${key.path}: ${key.value}\``;
    return [hit(S$k['axolotl-config'], view.path, key.line, detail)];
});

const S$j = defineSignals('azure-openai', {
    'azure-openai-ft-job': { strength: 'strong', reason: 'Azure OpenAI fine-tuning job created' },
    'azureml-finetuning-job': { strength: 'strong', reason: 'Azure ML fine-tuning job' },
    'azure-openai-ft-model-id': {
        strength: 'medium',
        reason: 'Azure fine-tuned model name written (deploys a tuned model)'
    }
});
const REST_JOBS$1 = /\/openai\/fine_tuning\/jobs(?![\w/-])/;
const SDK_JOB = /\bcreate_finetuning_job\s*\(/;
const FT_NAME = /[\w-]\.ft-[0-9a-f]{32}(?![0-9A-Za-z_])/;
const azureOpenai = defineDetector('azure-openai', S$j, (input) => {
    const view = viewOf(input);
    const out = [];
    if (view.kind === 'yaml' && view.touched) {
        const type = view.yaml.get('type');
        if (type?.value === 'finetuning' && (view.yaml.has('training_data') || view.yaml.has('model'))) {
            out.push(hit(S$j['azureml-finetuning-job'], view.path, type.line));
        }
    }
    if (view.isCode) {
        const rest = view.firstAdded(REST_JOBS$1);
        if (rest && view.codeHas(/\btraining_file\b/))
            out.push(hit(S$j['azure-openai-ft-job'], view.path, rest.line));
        const sdk = view.firstAdded(SDK_JOB);
        if (sdk && view.codeHas(/\bazure\.ai\.ml\b/))
            out.push(hit(S$j['azureml-finetuning-job'], view.path, sdk.line));
    }
    const name = modelName(view);
    if (name)
        out.push(name);
    return out;
});
function modelName(view) {
    if (!view.isCode && view.kind !== 'json')
        return undefined;
    for (const { line, text } of view.addedText) {
        const m = FT_NAME.exec(text);
        if (!m)
            continue;
        let start = m.index;
        while (start > 0 && m.index - start < 100 && /[\w.-]/.test(text[start - 1] ?? ''))
            start--;
        return hit(S$j['azure-openai-ft-model-id'], view.path, line, `\`${text.slice(start, m.index + m[0].length)}\``);
    }
    return undefined;
}

// AWS Bedrock model customization: the boto3 / JS SDK call, the AWS CLI and PowerShell commands, and
// Terraform's `aws_bedrock_custom_model` or Pulumi's `aws.bedrock.CustomModel`. Invoking a model does not fire.
const S$i = defineSignals('bedrock', {
    'bedrock-customization-job': { strength: 'strong', reason: 'Bedrock model customization job created' },
    'bedrock-custom-model-iac': {
        strength: 'strong',
        reason: 'Bedrock custom model declared as infrastructure'
    }
});
const JOB$1 = [
    /\bcreate_model_customization_job\s*\(/,
    /\bnew\s+CreateModelCustomizationJobCommand\s*\(/,
    /\bbedrock\s+create-model-customization-job\b/,
    /\bNew-BDRModelCustomizationJob\b/
];
const IAC = [/\bresource\s+"aws_bedrock_custom_model"/, /\baws\.bedrock\.CustomModel\s*\(/];
const bedrock = defineDetector('bedrock', S$i, (input) => {
    const view = viewOf(input);
    if (!view.isCode)
        return [];
    const job = view.addedCode.find((l) => JOB$1.some((re) => re.test(l.text)));
    if (job)
        return [hit(S$i['bedrock-customization-job'], view.path, job.line)];
    const iac = view.addedCode.find((l) => IAC.some((re) => re.test(l.text)));
    return iac ? [hit(S$i['bedrock-custom-model-iac'], view.path, iac.line)] : [];
});

const S$h = defineSignals('cli', {
    'axolotl-cli': { strength: 'medium', reason: 'axolotl training command' },
    'llamafactory-cli': { strength: 'medium', reason: 'LLaMA-Factory training command' },
    'torchtune-cli': { strength: 'medium', reason: 'torchtune training recipe run' },
    'trl-cli': { strength: 'medium', reason: 'TRL training command' },
    'mlx-lm-lora-cli': { strength: 'medium', reason: 'MLX-LM LoRA training command' }
});
const KEYWORD = /axolotl|llamafactory-cli|lmf|trl|mlx_lm|tune/;
const TUNE_RUN = /\btune\s+run\s/;
const TRAINING_RECIPE = /finetune|dpo|ppo|grpo|distillation|qat/;
const COMMANDS = [
    { def: S$h['axolotl-cli'], re: /\baxolotl(?:\s+train\b|\.cli\.train\b)/ },
    { def: S$h['llamafactory-cli'], re: /(?:^|[\s/])(?:llamafactory-cli|lmf)\s+train\b/ },
    {
        def: S$h['trl-cli'],
        re: /\btrl\s+(?:sft|dpo|kto|grpo|rloo|reward|orpo|cpo|ppo|online_dpo|gkd|xpo|nash_md|bco|prm)\b/
    },
    { def: S$h['mlx-lm-lora-cli'], re: /\bmlx_lm(?:\.lora|\s+lora)\b/, also: /\s--train\b/ }
];
const cli = defineDetector('cli', S$h, (input) => {
    const view = viewOf(input);
    if (!view.isCode)
        return [];
    const out = [];
    const seen = new Set();
    for (const cmd of logicalLines(view.code)) {
        if (!cmd.added || !KEYWORD.test(cmd.text))
            continue;
        const text = ` ${cmd.text.replace(/["'`,[\]]/g, ' ')} `;
        for (const { def, re, also } of COMMANDS) {
            if (!seen.has(def.id) && re.test(text) && (also === undefined || also.test(text))) {
                seen.add(def.id);
                out.push(hit(def, view.path, cmd.line));
            }
        }
        const recipe = seen.has('torchtune-cli') ? undefined : tuneRecipe(text);
        if (recipe) {
            seen.add('torchtune-cli');
            out.push(hit(S$h['torchtune-cli'], view.path, cmd.line, `\`${recipe}\``));
        }
    }
    return out;
});
/** The training recipe of a `tune run` command: a token before `--config` naming a training recipe. */
function tuneRecipe(text) {
    const m = TUNE_RUN.exec(text);
    if (!m)
        return undefined;
    const start = m.index + m[0].length;
    for (const token of text.slice(start, start + 400).split(/\s+/)) {
        if (token === '--config' || token === '-c' || token === '&&' || token === ';')
            break;
        if (!token.startsWith('-') && TRAINING_RECIPE.test(token))
            return token;
    }
    return undefined;
}
/** Lines joined across trailing backslashes; added when any part is added; numbered by the first part. */
function logicalLines(code) {
    const out = [];
    let current;
    for (const l of code) {
        const text = l.text.trimEnd();
        const continues = text.endsWith('\\');
        const part = continues ? text.slice(0, -1) : text;
        if (current) {
            current.text += ` ${part}`;
            current.added ||= l.added;
        }
        else
            current = { line: l.line, text: part, added: l.added };
        if (!continues) {
            out.push(current);
            current = undefined;
        }
    }
    if (current)
        out.push(current);
    return out;
}

// Fireworks AI fine-tuning jobs created with `firectl` (supervised, reinforcement or legacy fine-tuning
// jobs). `firectl list` / `get` / `deploy` do not fire.
const S$g = defineSignals('fireworks', {
    'fireworks-ft-job': { strength: 'strong', reason: 'Fireworks fine-tuning job created' }
});
const CREATE = /\bfirectl\s+(?:create\s+(?:sftj|rftj|dpoj|supervised-fine-tuning-job|reinforcement-fine-tuning-job|fine-tuning-job)|(?:supervised|reinforcement)-fine-tuning-job\s+create)\b/;
const fireworks = defineDetector('fireworks', S$g, (input) => {
    const view = viewOf(input);
    if (!view.isCode)
        return [];
    const line = view.firstAdded(CREATE);
    return line ? [hit(S$g['fireworks-ft-job'], view.path, line.line)] : [];
});

// LLaMA-Factory: training YAML (`stage` + `do_train: true` or `finetuning_type`) and dataset registry
// edits. Inference (`llamafactory-cli chat`), merge/export and predict-only configs do not fire.
const S$f = defineSignals('llama-factory', {
    'llamafactory-config': { strength: 'strong', reason: 'LLaMA-Factory training config' },
    'llamafactory-dataset-info': { strength: 'medium', reason: 'LLaMA-Factory dataset registry entry added' }
});
const STAGES = new Set(['pt', 'sft', 'rm', 'ppo', 'dpo', 'kto']);
const REGISTRY_KEY = /"(file_name|hf_hub_url|ms_hub_url|om_hub_url)"\s*:/;
const llamaFactory = defineDetector('llama-factory', S$f, (input) => {
    const view = viewOf(input);
    if (view.name === 'dataset_info.json' && view.touched) {
        const line = view.firstAdded(REGISTRY_KEY);
        return line ? [hit(S$f['llamafactory-dataset-info'], view.path, line.line)] : [];
    }
    if (view.kind !== 'yaml' || !view.touched)
        return [];
    const y = view.yaml;
    const stage = y.get('stage');
    if (!stage || !STAGES.has(stage.value))
        return [];
    const train = y.isTrue('do_train');
    const explicitNo = y.has('do_train') && !train;
    const predictOnly = !train && (y.isTrue('do_predict') || y.isTrue('do_eval'));
    if (explicitNo || predictOnly || !(train || y.has('finetuning_type')))
        return [];
    const type = y.get('finetuning_type')?.value;
    return [
        hit(S$f['llamafactory-config'], view.path, stage.line, `\`stage: ${stage.value}\`${type ? `, ${type}` : ''}`)
    ];
});

// Mistral fine-tuning: `client.fine_tuning.jobs.create(` with the `mistralai` SDK (the OpenAI-shaped call
// is attributed here when the file uses Mistral's SDK), and the self-hosted mistral-finetune YAML.
const S$e = defineSignals('mistral', {
    'mistral-ft-job': { strength: 'strong', reason: 'Mistral fine-tuning job created' },
    'mistral-finetune-config': { strength: 'strong', reason: 'mistral-finetune training config' }
});
const JOB = /\b(?:fine_tuning|fineTuning)\.jobs\.create\s*\(/;
const mistral = defineDetector('mistral', S$e, (input) => {
    const view = viewOf(input);
    if (view.kind === 'yaml' && view.touched) {
        const y = view.yaml;
        const anchor = y.first('lora.rank', 'data.instruct_data');
        if (y.has('model_id_or_path') && y.has('run_dir') && anchor) {
            return [hit(S$e['mistral-finetune-config'], view.path, anchor.line, `\`${anchor.path}\``)];
        }
    }
    if (!view.isCode || !view.codeHas(/\bmistralai\b/))
        return [];
    const job = view.firstAdded(JOB);
    return job ? [hit(S$e['mistral-ft-job'], view.path, job.line)] : [];
});

// MLX-LM LoRA configs (YAML): `train: true` with a fine-tune type or LoRA parameters. The same keys
// without `train: true` configure a test or generation run. MLX's adapter_config.json is in peft.ts.
const S$d = defineSignals('mlx-lm', {
    'mlx-lora-config': { strength: 'strong', reason: 'MLX-LM LoRA training config' }
});
const mlxLm = defineDetector('mlx-lm', S$d, (input) => {
    const view = viewOf(input);
    if (view.kind !== 'yaml' || !view.touched)
        return [];
    const y = view.yaml;
    if (!y.isTrue('train') || !y.has('model'))
        return [];
    const key = y.first('fine_tune_type', 'lora_parameters') ??
        (y.has('iters') && y.has('adapter_path') ? y.get('train') : undefined);
    if (!key)
        return [];
    return [
        hit(S$d['mlx-lora-config'], view.path, key.line, key.value === '' ? `\`${key.path}\`` : `\`${key.path}: ${key.value}\``)
    ];
});

const S$c = defineSignals('model-card', {
    'model-card-adapter': { strength: 'medium', reason: 'model card of an adapter or fine-tune' },
    'model-card-training-tags': { strength: 'medium', reason: 'model card tagged by a training library' }
});
const TRAINING_TAGS = new Set([
    'trl',
    'sft',
    'dpo',
    'orpo',
    'kto',
    'grpo',
    'generated_from_trainer',
    'unsloth',
    'axolotl',
    'lora',
    'qlora',
    'llama-factory',
    'peft'
]);
const modelCard = defineDetector('model-card', S$c, (input) => {
    const view = viewOf(input);
    if (view.kind !== 'markdown' || !view.touched || !view.hasText)
        return [];
    const front = frontMatter(view.lines);
    if (front.length === 0)
        return [];
    const y = new YamlKeys(front);
    const lib = y.get('library_name');
    if (lib?.value === 'peft' && view.isAdded(lib.line))
        return [hit(S$c['model-card-adapter'], view.path, lib.line, '`library_name: peft`')];
    const relation = y.get('base_model_relation');
    if (relation && /^(adapter|finetune)$/.test(relation.value) && view.isAdded(relation.line)) {
        return [
            hit(S$c['model-card-adapter'], view.path, relation.line, `\`base_model_relation: ${relation.value}\``)
        ];
    }
    if (!y.has('base_model'))
        return [];
    const tag = trainingTag(front);
    return tag && view.isAdded(tag.line)
        ? [hit(S$c['model-card-training-tags'], view.path, tag.line, `\`${tag.text}\``)]
        : [];
});
/** The lines between a leading `---` and the next `---`. */
function frontMatter(lines) {
    if (lines[0]?.text.trim() !== '---')
        return [];
    const end = lines.findIndex((l, i) => i > 0 && l.text.trim() === '---');
    return end < 0 ? [] : lines.slice(1, end);
}
/** The first training tag in `tags:` (block list or inline list). */
function trainingTag(front) {
    let inTags = false;
    for (const { line, text } of front) {
        const inline = /^tags\s*:\s*\[(.*)\]/.exec(text);
        if (inline) {
            const tag = (inline[1] ?? '')
                .split(',')
                .map(clean)
                .find((t) => TRAINING_TAGS.has(t));
            return tag === undefined ? undefined : { line, text: tag };
        }
        if (/^tags\s*:\s*$/.test(text)) {
            inTags = true;
            continue;
        }
        if (!inTags)
            continue;
        const item = /^\s*-\s*(.+)$/.exec(text);
        if (!item) {
            if (!/^\s/.test(text))
                inTags = false;
            continue;
        }
        const tag = clean(item[1] ?? '');
        if (TRAINING_TAGS.has(tag))
            return { line, text: tag };
    }
    return undefined;
}
function clean(tag) {
    return tag
        .trim()
        .replace(/^["']|["']$/g, '')
        .toLowerCase();
}

// Ollama Modelfiles: `ADAPTER` applies a fine-tuned LoRA adapter to the base model (using a tuned model);
// `FROM ./local.gguf` often loads a merged fine-tune. A persona (`FROM llama3.1` + SYSTEM/PARAMETER/
// TEMPLATE) is a prompt change and does not fire.
const S$b = defineSignals('ollama', {
    'ollama-adapter': { strength: 'medium', reason: 'Ollama Modelfile applies a fine-tuned adapter' },
    'ollama-tuned-model': {
        strength: 'medium',
        reason: 'Ollama Modelfile loads a local fine-tuned model file'
    },
    'ollama-local-model': { strength: 'weak', reason: 'Ollama Modelfile loads a local model file' }
});
const ADAPTER = /^\s*ADAPTER\s+(\S+)/i;
const FROM = /^\s*FROM\s+(\S+)/i;
const LOCAL = /^(?:\.{1,2}\/|\/|~)|\.(?:gguf|safetensors|bin)$/i;
const TUNED_NAME = /unsloth|fine-?tun|lora|sft|dpo|adapter|(?:^|[^a-z])ft(?:[^a-z]|$)/i;
const ollama = defineDetector('ollama', S$b, (input) => {
    const view = viewOf(input);
    if (view.kind !== 'modelfile')
        return [];
    for (const { line, text } of view.addedCode) {
        const adapter = ADAPTER.exec(text);
        if (adapter)
            return [hit(S$b['ollama-adapter'], view.path, line, `\`ADAPTER ${adapter[1] ?? ''}\``)];
    }
    for (const { line, text } of view.addedCode) {
        const from = FROM.exec(text)?.[1];
        if (from === undefined || !LOCAL.test(from))
            continue;
        const def = TUNED_NAME.test(from) ? S$b['ollama-tuned-model'] : S$b['ollama-local-model'];
        return [hit(def, view.path, line, `\`FROM ${from}\``)];
    }
    return [];
});

const TRAINING_PATH = /(^|[/_.-])(train|training|finetune|fine[-_]tun(e|ing)|ft|sft|dpo|orpo|kto|preference)([/_.-]|$)/i;
const ROWS_READ = 20;
function isTrainingPath(path) {
    return TRAINING_PATH.test(path);
}
/** The first of the first added rows (parsed as JSON objects) for which `match` holds. */
function firstRow(view, match) {
    if (view.kind !== 'jsonl' || !view.touched)
        return undefined;
    let read = 0;
    for (const { line, text } of view.lines) {
        if (read >= ROWS_READ)
            break;
        if (text.trim() === '' || !view.isAdded(line))
            continue;
        read++;
        const row = parseObject(text);
        if (row && match(row))
            return { line };
    }
    return undefined;
}
function parseObject(text) {
    if (!text.trimStart().startsWith('{'))
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** A `messages` list with an assistant turn: a chat conversation. */
function hasAssistantTurn(messages) {
    return Array.isArray(messages) && messages.some((m) => isObject$1(m) && m['role'] === 'assistant');
}
function isObject$1(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// OpenAI fine-tuning: job creation (Python, Node, REST, legacy SDK and CLI), training-file uploads,
// fine-tuned `ft:` model ids newly written into code or config (deploying a tuned model), and chat- and
// preference-format training JSONL. Listing or retrieving jobs does not fire.
const S$a = defineSignals('openai', {
    'openai-ft-job': { strength: 'strong', reason: 'OpenAI fine-tuning job created' },
    'openai-ft-upload': { strength: 'medium', reason: 'file uploaded for fine-tuning' },
    'openai-ft-model-id': { strength: 'medium', reason: 'fine-tuned model id written (deploys a tuned model)' },
    'openai-chat-jsonl': { strength: 'weak', reason: 'chat-format training JSONL' },
    'openai-preference-jsonl': { strength: 'weak', reason: 'preference-format training JSONL' }
});
const JOB_CALLS = [
    /\bfine_tuning\.jobs\.create\s*\(/,
    /\bfineTuning\.jobs\.create\s*\(/,
    /\bFineTuningJob\.create\s*\(/,
    /\bFineTune\.create\s*\(/,
    /\bopenai\s+api\s+fine_tun(?:es|ing\.jobs)\.create\b/
];
const REST_JOBS = /\/v1\/fine_tuning\/jobs(?![\w/-])/;
const OTHER_SDK = /\bmistralai\b/;
const UPLOAD = /\bpurpose\s*[=:]\s*["']fine-tune["']/;
const FT_MODEL_ID = /\bft:[A-Za-z0-9._-]+:[A-Za-z0-9_-]*:[A-Za-z0-9_.-]*:[A-Za-z0-9]+(?::ckpt-step-\d+)?\b/;
const openai = defineDetector('openai', S$a, (input) => {
    const view = viewOf(input);
    if (view.kind === 'jsonl')
        return trainingJsonl(view);
    const out = [];
    if (view.isCode) {
        const job = jobCall(view);
        if (job)
            out.push(job);
        const upload = view.firstAdded(UPLOAD);
        if (upload)
            out.push(hit(S$a['openai-ft-upload'], view.path, upload.line));
    }
    if (view.isCode || view.kind === 'json') {
        for (const { line, text } of view.addedText) {
            const id = FT_MODEL_ID.exec(text);
            if (id) {
                out.push(hit(S$a['openai-ft-model-id'], view.path, line, `\`${id[0]}\``));
                break;
            }
        }
    }
    return out;
});
function jobCall(view) {
    if (view.codeHas(OTHER_SDK))
        return undefined;
    const call = view.addedCode.find((l) => JOB_CALLS.some((re) => re.test(l.text)));
    if (call)
        return hit(S$a['openai-ft-job'], view.path, call.line);
    const rest = view.firstAdded(REST_JOBS);
    if (rest && view.codeHas(/\btraining_file\b/))
        return hit(S$a['openai-ft-job'], view.path, rest.line, 'REST');
    return undefined;
}
function trainingJsonl(view) {
    const preference = firstRow(view, (r) => ('preferred_output' in r && 'non_preferred_output' in r) || ('chosen' in r && 'rejected' in r));
    if (preference)
        return [hit(S$a['openai-preference-jsonl'], view.path, preference.line)];
    if (!isTrainingPath(view.path))
        return [];
    const chat = firstRow(view, (r) => hasAssistantTurn(r['messages']));
    return chat ? [hit(S$a['openai-chat-jsonl'], view.path, chat.line)] : [];
}

// Adapter configs named adapter_config.json: PEFT's (`peft_type`) and MLX-LM's (`fine_tune_type`,
// `lora_parameters`). Only training writes them, so a new or changed one is strong evidence.
const S$9 = defineSignals('peft', {
    'peft-adapter-config': { strength: 'strong', reason: 'PEFT adapter config' },
    'mlx-adapter-config': { strength: 'strong', reason: 'MLX-LM adapter config' }
});
const PEFT_KEY = /"peft_type"\s*:\s*"([A-Z0-9_]+)"/;
const MLX_KEY = /"(?:fine_tune_type|lora_parameters)"\s*:/;
const peft = defineDetector('peft', S$9, (input) => {
    const view = viewOf(input);
    if (view.name !== 'adapter_config.json' || !view.touched || !view.hasText)
        return [];
    for (const { line, text } of view.lines) {
        const m = PEFT_KEY.exec(text);
        if (m)
            return [hit(S$9['peft-adapter-config'], view.path, line, `\`peft_type: ${m[1] ?? ''}\``)];
    }
    const mlx = view.lines.find((l) => MLX_KEY.test(l.text));
    return mlx ? [hit(S$9['mlx-adapter-config'], view.path, mlx.line)] : [];
});

// Together AI fine-tuning: the `together fine-tuning create` CLI and the SDK's `fine_tuning.create(`.
// Listing, retrieving or downloading fine-tunes, and chat completions, do not fire.
const S$8 = defineSignals('together', {
    'together-ft-job': { strength: 'strong', reason: 'Together AI fine-tuning job created' }
});
const CLI = /\b(?:together|tg)\s+fine-tuning\s+create\b/;
const SDK = /\b(?:fine_tuning|fineTuning)\.create\s*\(/;
const together = defineDetector('together', S$8, (input) => {
    const view = viewOf(input);
    if (!view.isCode)
        return [];
    const cli = view.firstAdded(CLI);
    if (cli)
        return [hit(S$8['together-ft-job'], view.path, cli.line, 'CLI')];
    const sdk = view.firstAdded(SDK);
    return sdk && view.codeHas(/\btogether(?:-ai)?\b/i)
        ? [hit(S$8['together-ft-job'], view.path, sdk.line, 'SDK')]
        : [];
});

// torchtune recipe configs: torchtune components, a dataset, and an optimizer or a loss. The evaluation,
// generation and quantization configs have a model and a checkpointer but no optimizer or dataset.
const S$7 = defineSignals('torchtune', {
    'torchtune-config': { strength: 'strong', reason: 'torchtune training config' }
});
const ADAPTER_MODEL = /^torchtune\.models\.[\w.]*\.(q?lora_|dora_)\w*$/;
const torchtune = defineDetector('torchtune', S$7, (input) => {
    const view = viewOf(input);
    if (view.kind !== 'yaml' || !view.touched)
        return [];
    const y = view.yaml;
    const components = y.keys.filter((k) => k.path.endsWith('_component_') && k.value.startsWith('torchtune.'));
    if (components.length < 2 || !y.has('dataset') || !(y.has('optimizer') || y.has('loss')))
        return [];
    const model = y.get('model._component_');
    if (model && ADAPTER_MODEL.test(model.value)) {
        return [hit(S$7['torchtune-config'], view.path, model.line, `adapter model \`${model.value}\``)];
    }
    const anchor = y.first('optimizer', 'loss') ?? components[0];
    return [hit(S$7['torchtune-config'], view.path, anchor?.line, 'dataset, optimizer and loss')];
});

// Instruction-tuning rows in JSON Lines other than OpenAI's chat format: Alpaca `instruction`/`output`,
// `prompt`/`completion`, Gemini `contents` with a model turn, Bedrock conversation rows. Weak, and only
// where the path names training data: evaluation sets use the same shapes.
const S$6 = defineSignals('training-data', {
    'instruction-jsonl': { strength: 'weak', reason: 'instruction-tuning training JSONL' }
});
function isInstructionRow(r) {
    if ('instruction' in r && 'output' in r)
        return true;
    if (typeof r['prompt'] === 'string' && typeof r['completion'] === 'string')
        return true;
    if (r['schemaVersion'] === 'bedrock-conversation-2024')
        return true;
    const contents = r['contents'];
    return Array.isArray(contents) && contents.some((c) => isObject$1(c) && c['role'] === 'model');
}
const trainingData = defineDetector('training-data', S$6, (input) => {
    const view = viewOf(input);
    if (view.kind !== 'jsonl' || !isTrainingPath(view.path))
        return [];
    const row = firstRow(view, isInstructionRow);
    return row ? [hit(S$6['instruction-jsonl'], view.path, row.line)] : [];
});

const S$5 = defineSignals('training-infra', {
    'deepspeed-config': { strength: 'weak', reason: 'DeepSpeed config' },
    'accelerate-config': { strength: 'weak', reason: 'accelerate config' }
});
const ZERO = /"zero_optimization"\s*:/;
const trainingInfra = defineDetector('training-infra', S$5, (input) => {
    const view = viewOf(input);
    if (!view.touched || !view.hasText)
        return [];
    if (view.kind === 'json') {
        const line = view.lines.find((l) => ZERO.test(l.text));
        return line ? [hit(S$5['deepspeed-config'], view.path, line.line)] : [];
    }
    if (view.kind === 'yaml') {
        const type = view.yaml.get('distributed_type');
        if (type && view.yaml.has('compute_environment')) {
            return [hit(S$5['accelerate-config'], view.path, type.line, `\`distributed_type: ${type.value}\``)];
        }
    }
    return [];
});

// Hugging Face Transformers' generic `Trainer`: a pretrained model trained with `TrainingArguments` and
// `.train()` is a fine-tune, LLM or not. An evaluate-only script has no `.train()` and does not fire.
const S$4 = defineSignals('transformers', {
    'hf-trainer': { strength: 'strong', reason: 'Transformers Trainer fine-tunes a pretrained model' }
});
const TRAINER_CALL$1 = /\b(?:Seq2Seq)?Trainer\s*\(/;
const ARGS = /\b(?:Seq2Seq)?TrainingArguments\s*\(/;
const PRETRAINED = /\.from_pretrained\s*\(/;
const TRAIN_CALL$1 = /\.train\s*\(/;
const transformers = defineDetector('transformers', S$4, (input) => {
    const view = viewOf(input);
    if (view.kind !== 'python' && view.kind !== 'notebook')
        return [];
    const anchor = view.firstAdded(TRAINER_CALL$1);
    if (!anchor || !view.codeHas(/\btransformers\b/))
        return [];
    if (!view.codeHas(ARGS) || !view.codeHas(PRETRAINED) || !view.codeHas(TRAIN_CALL$1))
        return [];
    return [hit(S$4['hf-trainer'], view.path, anchor.line)];
});

// Hugging Face TRL: a TRL trainer (or its config) instantiated in Python next to a `.train()` call, and
// the CLI's YAML config, which alone has only generic keys (weak). The `trl sft` command is in cli.ts.
const S$3 = defineSignals('trl', {
    'trl-trainer': { strength: 'strong', reason: 'TRL trainer instantiated and trained' },
    'trl-config': { strength: 'weak', reason: 'TRL CLI-style training config' }
});
const TRAINERS = 'SFT|DPO|GRPO|KTO|RLOO|PPO|ORPO|CPO|Reward|BCO|GKD|OnlineDPO|XPO|NashMD|PRM|IterativeSFT';
const TRAINER_CALL = new RegExp(`\\b(?:${TRAINERS})Trainer\\s*\\(`);
const CONFIG_CALL = new RegExp(`\\b(?:${TRAINERS})Config\\s*\\(`);
const IMPORTS_TRL = /\b(?:from\s+trl\b|import\s+trl\b)/;
const TRAIN_CALL = /\.train\s*\(/;
const TRAINER_KEYS = ['use_peft', 'lora_r', 'num_train_epochs', 'per_device_train_batch_size', 'max_steps'];
const trl = defineDetector('trl', S$3, (input) => {
    const view = viewOf(input);
    if (view.kind === 'yaml' && view.touched)
        return trlConfig(view.path, view.yaml);
    if (view.kind !== 'python' && view.kind !== 'notebook')
        return [];
    const anchor = view.firstAdded(TRAINER_CALL) ?? view.firstAdded(CONFIG_CALL);
    if (!anchor || !view.codeHas(IMPORTS_TRL) || !view.codeHas(TRAIN_CALL))
        return [];
    const name = (TRAINER_CALL.exec(anchor.text) ?? CONFIG_CALL.exec(anchor.text))?.[0].replace(/\s*\($/, '');
    return [hit(S$3['trl-trainer'], view.path, anchor.line, `\`${name ?? 'Trainer'}(...)\``)];
});
function trlConfig(path, y) {
    if (!y.has('model_name_or_path') || y.has('stage'))
        return [];
    if (!(y.has('dataset_name') || y.has('dataset_mixture') || y.has('datasets')))
        return [];
    const key = y.first(...TRAINER_KEYS);
    return key ? [hit(S$3['trl-config'], path, key.line, `\`${key.path}\``)] : [];
}

// Unsloth: LoRA adapters attached with `FastLanguageModel.get_peft_model(` (usually in a notebook), and the
// merged or GGUF exports of a tuned model. Loading a model `for_inference` does not fire.
const S$2 = defineSignals('unsloth', {
    'unsloth-peft': { strength: 'strong', reason: 'Unsloth attaches LoRA adapters for training' },
    'unsloth-export': { strength: 'medium', reason: 'Unsloth exports a merged or GGUF tuned model' }
});
const PEFT = /\bFast(?:Language|Vision)?Model\.get_peft_model\s*\(/;
const EXPORT = /\.(?:save_pretrained_merged|save_pretrained_gguf|push_to_hub_merged|push_to_hub_gguf)\s*\(/;
const unsloth = defineDetector('unsloth', S$2, (input) => {
    const view = viewOf(input);
    if (view.kind !== 'python' && view.kind !== 'notebook')
        return [];
    if (!view.codeHas(/\bunsloth\b/))
        return [];
    const peft = view.firstAdded(PEFT);
    if (peft)
        return [hit(S$2['unsloth-peft'], view.path, peft.line)];
    const exported = view.firstAdded(EXPORT);
    return exported ? [hit(S$2['unsloth-export'], view.path, exported.line)] : [];
});

// Google Vertex AI / Gemini tuning: the Vertex SDK's `sft.train(`, the Gen AI SDK's `tunings.tune(`, the
// PaLM-era `tune_model(`, and REST calls to `tuningJobs`. Calling `generate_content` does not fire.
const S$1 = defineSignals('vertex', {
    'vertex-tuning-job': { strength: 'strong', reason: 'Vertex AI / Gemini tuning job created' }
});
const CALLS = [
    { re: /\bsft\.(?:preview_)?train\s*\(/, needs: /\bvertexai\b/, detail: '`sft.train(...)`' },
    { re: /\.tunings\.tune\s*\(/, needs: /\bgenai\b/, detail: '`tunings.tune(...)`' },
    { re: /\.tune_model\s*\(/, needs: /\bvertexai\b/, detail: '`tune_model(...)`' },
    {
        re: /\/tuningJobs(?![\w/-])/,
        needs: /\b(?:baseModel|supervisedTuningSpec|base_model)\b/,
        detail: 'REST `tuningJobs`'
    }
];
const vertex = defineDetector('vertex', S$1, (input) => {
    const view = viewOf(input);
    if (!view.isCode)
        return [];
    for (const { re, needs, detail } of CALLS) {
        const line = view.firstAdded(re);
        if (line && view.codeHas(needs))
            return [hit(S$1['vertex-tuning-job'], view.path, line.line, detail)];
    }
    return [];
});

const S = defineSignals('weights', {
    'adapter-weights': { strength: 'strong', reason: 'new adapter weights' },
    'adapter-weights-changed': { strength: 'medium', reason: 'adapter weights changed' },
    'weights-file': { strength: 'weak', reason: 'model weights file' },
    'lfs-weights-rule': { strength: 'weak', reason: 'Git LFS rule for model weights' }
});
const ADAPTER_NAME = /^(?:adapter_model\.(?:safetensors|bin)|(?:\d+_)?adapters\.safetensors)$/;
const WEIGHT_EXT = /\.(?:safetensors|gguf)$/;
const OTHER_WEIGHTS = /^(?:pytorch_model.*\.bin|consolidated\.\d+\.pth)$/;
const ADAPTER_HINT = /(?:^|[^a-z])(?:q?lora|adapters?|peft)(?:[^a-z]|$)/i;
const LFS_PATTERN = /\.(?:safetensors|gguf)$/;
const weights = defineDetector('weights', S, (input) => {
    const view = viewOf(input);
    if (view.kind === 'gitattributes')
        return lfsRule(view);
    if (!view.touched)
        return [];
    const isWeights = WEIGHT_EXT.test(view.name) || OTHER_WEIGHTS.test(view.name) || ADAPTER_NAME.test(view.name);
    if (!isWeights)
        return [];
    const dirs = view.path.split('/').slice(0, -1);
    const adapter = ADAPTER_NAME.test(view.name) ||
        (WEIGHT_EXT.test(view.name) && (ADAPTER_HINT.test(view.name) || dirs.some((d) => ADAPTER_HINT.test(d))));
    const pointer = lfsPointer(view);
    const def = !adapter
        ? S['weights-file']
        : view.status === 'added'
            ? S['adapter-weights']
            : S['adapter-weights-changed'];
    return [hit(def, view.path, pointer ? 1 : undefined, pointer ?? (view.hasText ? undefined : 'binary'))];
});
/** "Git LFS pointer, N bytes" when the content is an LFS pointer. */
function lfsPointer(view) {
    const content = view.input.content;
    if (content === undefined || !content.startsWith('version https://git-lfs.github.com/spec/v1'))
        return undefined;
    const size = /^size (\d+)$/m.exec(content.slice(0, 400))?.[1];
    return size === undefined ? 'Git LFS pointer' : `Git LFS pointer, ${size} bytes`;
}
function lfsRule(view) {
    for (const { line, text } of view.addedCode) {
        const [pattern] = text.trim().split(/\s+/, 1);
        if (pattern !== undefined && LFS_PATTERN.test(pattern) && text.includes('filter=lfs')) {
            return [hit(S['lfs-weights-rule'], view.path, line, `\`${pattern}\``)];
        }
    }
    return [];
}

// The built-in catalogue: one detector per ecosystem. Adding an ecosystem is one module, one line here,
// and its true- and false-positive fixtures under __tests__/fixtures/signals/.
const BUILTIN_DETECTORS = [
    axolotl,
    llamaFactory,
    torchtune,
    trl,
    transformers,
    peft,
    unsloth,
    mlxLm,
    openai,
    azureOpenai,
    vertex,
    bedrock,
    together,
    fireworks,
    mistral,
    ollama,
    weights,
    cli,
    trainingInfra,
    modelCard,
    trainingData
];
/** The signals the policy adds: its `detect.paths` globs and `detect.labels`. */
const POLICY_SIGNALS = defineSignals('policy', {
    'policy-path': { strength: 'strong', reason: "changed file matches the policy's detect.paths" },
    'policy-label': {
        strength: 'strong',
        reason: "pull request carries a label the policy's detect.labels names"
    }
});
/** Every signal detection can report, built-in and policy. */
[
    ...BUILTIN_DETECTORS.flatMap((d) => d.signals),
    ...Object.values(POLICY_SIGNALS)
];

const RULE = 'needs 1 strong signal, medium signals in 2 files, or 1 medium and weak signals in 2 other files';
function decide(signals) {
    if (signals.length === 0)
        return { detected: false, why: 'no fine-tuning signals' };
    const strong = signals.filter((s) => s.strength === 'strong');
    const first = strong[0];
    if (first) {
        const more = strong.length > 1 ? ` (and ${strong.length - 1} more strong)` : '';
        return { detected: true, why: `strong signal ${first.id} at ${where(first)}${more}` };
    }
    const medium = firstPerFile(signals, 'medium');
    const weak = firstPerFile(signals, 'weak');
    if (medium.length >= 2) {
        return {
            detected: true,
            why: `medium signals in ${medium.length} files: ${medium.map(label).join(', ')}`
        };
    }
    const m = medium[0];
    const others = weak.filter((w) => w.file !== m?.file);
    if (m && others.length >= 2) {
        return {
            detected: true,
            why: `medium signal ${label(m)} with weak signals in ${others.length} other files: ${others.map(label).join(', ')}`
        };
    }
    const counts = `${medium.length} file(s) with medium and ${weak.length} with weak signals`;
    return { detected: false, why: `not enough evidence (${counts}); fine-tuning ${RULE}` };
}
/** The first signal of this strength in each file. */
function firstPerFile(signals, strength) {
    const byFile = new Map();
    for (const s of signals)
        if (s.strength === strength && !byFile.has(s.file))
            byFile.set(s.file, s);
    return [...byFile.values()];
}
function where(s) {
    return s.line === undefined ? s.file : `${s.file}:${s.line}`;
}
function label(s) {
    return `${s.id} (${where(s)})`;
}

const EXCLUDED_NAME = /(\.prompt\.ya?ml|\.prompty|\.j2|\.jinja2?|\.min\.js|^promptfooconfig\.[a-z]+|^skprompt\.txt|^package-lock\.json)$/;
const EXCLUDED_DIR = /(^|\/)(node_modules|\.eval_results|site-packages|\.venv)\//;
/** Why detection skips this file, or undefined when it reads it. */
function excludedBecause(view) {
    if (EXCLUDED_DIR.test(view.path))
        return 'vendored or eval-results folder';
    if (EXCLUDED_NAME.test(view.name))
        return 'prompt template or prompt-evaluation config';
    if (view.kind === 'yaml' && view.hasText)
        return yamlKind(view);
    return undefined;
}
/** Prompt-evaluation and prompt-template YAML recognised by their top-level keys. */
function yamlKind(view) {
    const y = view.yaml;
    if (y.has('prompts') &&
        (y.has('providers') || y.has('targets')) &&
        (y.has('tests') || y.has('defaultTest')))
        return 'promptfoo config';
    if (y.has('messages') &&
        y.has('model') &&
        (y.has('testData') || y.has('evaluators') || y.has('modelParameters')))
        return 'GitHub Models prompt file';
    if (y.has('_type') && (y.has('input_variables') || y.has('template')))
        return 'LangChain prompt file';
    if (y.has('task') && (y.has('doc_to_text') || y.has('metric_list')))
        return 'lm-evaluation-harness task';
    return undefined;
}

// Fine-tuning detection over a change: the built-in catalogue per changed file, the policy's globs and
// labels, then the decision. Pure: the caller reads the files and the labels.
function detectFineTuning(inputs, options) {
    const ignored = matcher(options.ignoreGlobs);
    const extra = options.extraGlobs.map((glob) => ({ glob, test: matcher([glob]) }));
    const signals = [];
    for (const input of inputs) {
        const { path, status } = input.file;
        if (status === 'removed' || ignored(path))
            continue;
        const glob = extra.find((g) => g.test(path))?.glob;
        if (glob !== undefined)
            signals.push(hit(POLICY_SIGNALS['policy-path'], path, undefined, `\`${glob}\``));
        if (options.builtin)
            signals.push(...builtinSignals(input));
    }
    const present = new Set(options.labels.map((l) => l.toLowerCase()));
    for (const trigger of options.labelTriggers) {
        if (present.has(trigger.toLowerCase())) {
            signals.push(hit(POLICY_SIGNALS['policy-label'], PULL_REQUEST, undefined, `\`${trigger}\``));
        }
    }
    const unique = dedupe(signals);
    return { ...decide(unique), signals: unique };
}
/** The built-in signals of one changed file (none for prompt and eval configs). */
function builtinSignals(input) {
    const view = viewOf(input);
    if (excludedBecause(view) !== undefined)
        return [];
    return BUILTIN_DETECTORS.flatMap((d) => d.detect(input));
}
function matcher(globs) {
    return globs.length === 0 ? () => false : picomatch(globs, { dot: true });
}
function dedupe(signals) {
    const seen = new Set();
    return signals.filter((s) => {
        const key = `${s.id}\u0000${s.file}\u0000${s.line ?? ''}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// The one way the evidence adapters read repository content: the working tree (workspaceFiles) or the
// files of a commit (gitRefFiles). Paths come from a manifest a pull request controls, so each is
// checked before anything is opened: a hostile path (absolute, `..`, control characters) is refused,
// a symbolic link anywhere on the path is refused and never followed (even one that points inside the
// repository: the file hashed must be the file named), and only regular files are read. Content is
// streamed in chunks, so a multi-gigabyte dataset costs no more memory than a small one.
/**
 * Bytes read per chunk when streaming a working-tree file. 1 MiB measured fastest with node:crypto's
 * SHA-256 (smaller chunks pay per-call overhead, larger ones only add memory). bench/hash.mjs uses
 * the same value: keep the two in sync.
 */
const READ_CHUNK_BYTES = 1024 * 1024;
/** A path that is missing or refused, as a value a caller can turn into evidence. */
class RepoFileError extends Error {
    fact;
    name = 'RepoFileError';
    constructor(fact) {
        super(fact.kind === 'missing' ? 'the file does not exist' : fact.reason);
        this.fact = fact;
    }
}
/** An I/O or git error in words, without the absolute paths Node puts in its messages. */
function describeError(error) {
    if (error instanceof RepoFileError)
        return error.message;
    const e = error;
    if (typeof e?.code === 'string' && typeof e.syscall === 'string') {
        // "EACCES: permission denied, open '/abs/path'" -> "EACCES (permission denied)"
        const what = e.message.replace(/^[A-Z0-9_]+: /, '').replace(/, \w+ '.*'$/s, '');
        return `${e.code} (${what})`;
    }
    return error instanceof Error ? error.message : String(error);
}
/** The path's segments, without `.` and empty segments; or why it is refused. */
function segmentsOf(path) {
    const problem = repoPathProblem(path);
    if (problem)
        return { refused: `the path ${problem}` };
    const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
    if (segments.length === 0)
        return { refused: 'the path names the repository root, not a file' };
    if (segments.some((segment) => segment.toLowerCase() === '.git'))
        return { refused: "it is inside git's own .git directory, not a repository file" };
    return segments;
}
async function collectHead(chunks, maxBytes) {
    const limit = Math.max(0, Math.floor(maxBytes));
    const out = new Uint8Array(limit);
    let filled = 0;
    if (limit === 0)
        return out;
    for await (const chunk of chunks) {
        const take = Math.min(chunk.byteLength, limit - filled);
        out.set(chunk.subarray(0, take), filled);
        filled += take;
        // Leaving the loop returns the iterator, which closes the file or stops git.
        if (filled >= limit)
            break;
    }
    return out.subarray(0, filled);
}
/** The working tree under `root`. */
function workspaceFiles(root) {
    let realRoot;
    const rootOf = () => (realRoot ??= realpath(root));
    /** The checked file, or the fact that it is missing or refused; I/O errors reject. */
    const check = async (path) => {
        const segments = segmentsOf(path);
        if (!Array.isArray(segments))
            return { kind: 'refused', reason: segments.refused };
        const base = await rootOf();
        // Walk the path one component at a time with lstat, which never follows a link: a link anywhere,
        // even one pointing inside the repository, is refused rather than followed.
        let current = base;
        let info;
        for (const [i, segment] of segments.entries()) {
            current = join(current, segment);
            try {
                info = await lstat(current);
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOENT' || code === 'ENOTDIR')
                    return { kind: 'missing' };
                throw error;
            }
            if (info.isSymbolicLink()) {
                const link = segments.slice(0, i + 1).join('/');
                let target;
                try {
                    target = await realpath(current);
                }
                catch {
                    target = undefined; // a dangling link: refused all the same
                }
                const outside = target !== undefined && target !== base && !target.startsWith(base + sep);
                const last = i === segments.length - 1;
                return {
                    kind: 'refused',
                    reason: outside
                        ? last
                            ? 'it is a symbolic link to a file outside the repository'
                            : `it resolves outside the repository through the symbolic link ${link}`
                        : last
                            ? 'it is a symbolic link; links are not followed'
                            : `it goes through the symbolic link ${link}; links are not followed`
                };
            }
            if (i < segments.length - 1 && !info.isDirectory())
                return { kind: 'missing' };
        }
        if (!info)
            return { kind: 'missing' };
        if (info.isDirectory())
            return { kind: 'refused', reason: 'it is a directory, not a file' };
        if (!info.isFile())
            return { kind: 'refused', reason: 'it is not a regular file (a device, socket or pipe)' };
        // Belt and braces: with no link on the way, the real path is the path itself.
        const real = await realpath(current);
        if (real !== current) {
            return real.startsWith(base + sep)
                ? { kind: 'refused', reason: 'its name on disk differs from the path (paths are case-sensitive)' }
                : { kind: 'refused', reason: 'it resolves outside the repository' };
        }
        return { full: current, size: info.size, dev: info.dev, ino: info.ino };
    };
    const checked = async (path) => {
        const result = await check(path);
        if ('kind' in result)
            throw new RepoFileError(result);
        return result;
    };
    async function* stream(file, options = {}) {
        // O_NOFOLLOW and the inode comparison close the gap between the check and the open: a file
        // swapped for a link or another file meanwhile is refused, not read.
        const handle = await open$1(file.full, constants$1.O_RDONLY | constants$1.O_NOFOLLOW | constants$1.O_NONBLOCK);
        try {
            const opened = await handle.stat();
            if (!opened.isFile() || opened.dev !== file.dev || opened.ino !== file.ino) {
                throw new RepoFileError({ kind: 'refused', reason: 'it changed while the gate was reading it' });
            }
            const shared = options.reuseBuffer ? Buffer.allocUnsafe(READ_CHUNK_BYTES) : undefined;
            for (let position = 0;;) {
                const buffer = shared ?? Buffer.allocUnsafe(READ_CHUNK_BYTES);
                const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK_BYTES, position);
                if (bytesRead === 0)
                    return;
                position += bytesRead;
                yield buffer.subarray(0, bytesRead);
            }
        }
        finally {
            await handle.close();
        }
    }
    return {
        label: 'the working tree',
        async stat(path) {
            const result = await check(path);
            return 'kind' in result ? result : { kind: 'file', size: result.size };
        },
        async open(path, options) {
            return stream(await checked(path), options);
        },
        async head(path, maxBytes) {
            return collectHead(stream(await checked(path), { reuseBuffer: true }), maxBytes);
        }
    };
}
// ---------------------------------------------------------------------------------------------------
// The files of a commit
const STDERR_LIMIT = 4096;
function gitSpawnError(error) {
    return error.code === 'ENOENT'
        ? new Error('git is not installed or not on PATH')
        : error;
}
function gitFailure(what, code, stderr) {
    const detail = (stderr.trim().split('\n')[0] ?? '').replace(/^(fatal|error): /, '');
    return new Error(`${what}: ${detail || `git exited with ${code ?? 'a signal'}`}`);
}
// ls-tree modes: 100644/100755 regular files, 120000 symlinks, 040000 trees, 160000 submodules.
const LINK_MODE = '120000';
const TREE_MODE = '040000';
const SUBMODULE_MODE = '160000';
/** The files of the commit `ref` names in the clone at `root`, read through git; the working tree is never touched. */
function gitRefFiles(root, ref) {
    let commit;
    const commitOf = () => (commit ??= resolveRef(root, ref).then((sha) => {
        if (sha === undefined)
            throw new Error(`${ref} does not name a commit in ${root}`);
        return sha;
    }));
    const check = async (path) => {
        const segments = segmentsOf(path);
        if (!Array.isArray(segments))
            return { kind: 'refused', reason: segments.refused };
        const sha = await commitOf();
        const wanted = segments.join('/');
        const entry = await treeEntry(root, sha, wanted);
        if (!entry) {
            // Not there: say why when a symlink or submodule stands where a directory of the path should be.
            for (let i = 1; i < segments.length; i++) {
                const prefix = segments.slice(0, i).join('/');
                const dir = await treeEntry(root, sha, prefix);
                if (dir?.mode === LINK_MODE)
                    return {
                        kind: 'refused',
                        reason: `it goes through the symbolic link ${prefix}; links are not followed`
                    };
                if (dir?.mode === SUBMODULE_MODE)
                    return { kind: 'refused', reason: `it lies inside the submodule ${prefix}, which is not read` };
                if (dir?.mode !== TREE_MODE)
                    break;
            }
            return { kind: 'missing' };
        }
        if (entry.mode === LINK_MODE)
            return { kind: 'refused', reason: 'it is a symbolic link; links are not followed' };
        if (entry.mode === TREE_MODE)
            return { kind: 'refused', reason: 'it is a directory, not a file' };
        if (entry.mode === SUBMODULE_MODE)
            return { kind: 'refused', reason: 'it is a submodule, not a file' };
        if (entry.size === 'missing-object') {
            return {
                kind: 'unavailable',
                reason: `git cannot read the object of ${wanted} at ${ref} (it is missing or corrupt)`
            };
        }
        if (entry.size === undefined || !Number.isSafeInteger(entry.size))
            return { kind: 'refused', reason: 'it is not a regular file' };
        return { oid: entry.oid, size: entry.size };
    };
    const checked = async (path) => {
        const result = await check(path);
        if ('kind' in result)
            throw new RepoFileError(result);
        return result;
    };
    async function* stream(entry) {
        const child = spawn('git', ['cat-file', 'blob', entry.oid], {
            cwd: root,
            env: GIT_ENV,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const exited = new Promise((resolve, reject) => {
            child.once('error', (error) => reject(gitSpawnError(error)));
            child.once('close', (code) => resolve(code));
        });
        exited.catch(() => undefined); // observed below; never an unhandled rejection
        let stderr = '';
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (text) => {
            if (stderr.length < STDERR_LIMIT)
                stderr += text;
        });
        let done = false;
        try {
            let total = 0;
            for await (const chunk of child.stdout) {
                total += chunk.length;
                yield chunk;
            }
            const code = await exited;
            if (code !== 0)
                throw gitFailure(`git cannot read blob ${entry.oid.slice(0, 12)}`, code, stderr);
            if (total !== entry.size)
                throw new Error(`git returned ${total} bytes where ${entry.size} were expected`);
            done = true;
        }
        finally {
            // The reader stopped early (head) or failed: stop git rather than let it write into a closed pipe.
            if (!done && child.exitCode === null)
                child.kill();
        }
    }
    return {
        label: ref,
        async stat(path) {
            const result = await check(path);
            return 'kind' in result ? result : { kind: 'file', size: result.size };
        },
        async open(path) {
            return stream(await checked(path));
        },
        async head(path, maxBytes) {
            return collectHead(stream(await checked(path)), maxBytes);
        }
    };
}

// A dataset file's SHA-256, streamed: the bytes pass through node:crypto chunk by chunk and are never
// held whole, so a 2 GiB file costs the same memory as a 2 KiB one. A Git LFS pointer (what a clone
// without `git lfs pull` holds in place of the data) is not downloaded: its `oid sha256:` is the
// digest of the file it stands for. Every outcome is a value; nothing here throws.
/** Git LFS only treats files smaller than this as pointer candidates (its blob size cutoff). */
const LFS_POINTER_MAX_BYTES = 1024;
const LFS_VERSION_LINE = 'version https://git-lfs.github.com/spec/v1';
/**
 * Parses a Git LFS pointer strictly by the spec (git-lfs docs/spec.md): UTF-8 text under 1024 bytes,
 * `version https://git-lfs.github.com/spec/v1` first, then `key value` lines sorted by key, each ending
 * in a single \n, keys of [a-z0-9.-], exactly one space before the value, `oid sha256:<64 lowercase
 * hex>` and `size <bytes>` present. Undefined when the bytes are not a pointer (they are then the data
 * itself). A pointer with extensions (`ext-N-name` keys) is valid, but its oid is that of the content
 * after the extensions ran, not of the file: reported as unsupported rather than compared.
 */
function parseLfsPointer(bytes) {
    if (bytes.byteLength >= LFS_POINTER_MAX_BYTES)
        return undefined;
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return undefined;
    }
    if (!text.startsWith(`${LFS_VERSION_LINE}\n`) || !text.endsWith('\n'))
        return undefined;
    const lines = text.slice(0, -1).split('\n');
    const values = new Map();
    let previous;
    for (const [i, line] of lines.entries()) {
        const match = /^([a-z0-9.-]+) ([^\r\n]*)$/.exec(line);
        if (!match)
            return undefined;
        const [, key = '', value = ''] = match;
        if (values.has(key))
            return undefined;
        // `version` is first; every later key sorts after the one before it.
        if (i > 0 && (key === 'version' || (previous !== undefined && previous >= key)))
            return undefined;
        if (i > 0)
            previous = key;
        values.set(key, value);
    }
    const oid = /^sha256:([0-9a-f]{64})$/.exec(values.get('oid') ?? '')?.[1];
    const sizeText = values.get('size') ?? '';
    if (oid === undefined || !/^(?:0|[1-9][0-9]*)$/.test(sizeText))
        return undefined;
    const size = Number(sizeText);
    if (!Number.isSafeInteger(size))
        return undefined;
    const extension = [...values.keys()].find((key) => key.startsWith('ext-'));
    if (extension !== undefined) {
        return {
            unsupported: `it is a Git LFS pointer with the extension ${extension}, whose oid is not the SHA-256 of the file`
        };
    }
    return { oid, size };
}
/** The digest of the dataset at repository path `path`: hashed, an LFS pointer, or why there is none. */
async function digestDataset(files, path) {
    const started = performance.now();
    try {
        // The chunks are only folded into the hash (and the first bytes copied): one reused buffer.
        const chunks = await files.open(path, { reuseBuffer: true });
        const hash = createHash('sha256');
        let size = 0;
        // The first bytes are kept only while the file could still be a pointer (under 1024 bytes).
        let prefix = [];
        for await (const chunk of chunks) {
            hash.update(chunk);
            size += chunk.byteLength;
            if (prefix !== undefined) {
                if (size < LFS_POINTER_MAX_BYTES)
                    prefix.push(chunk.slice());
                else
                    prefix = undefined;
            }
        }
        if (prefix !== undefined) {
            const pointer = parseLfsPointer(Buffer.concat(prefix));
            if (pointer && 'unsupported' in pointer)
                return { kind: 'unavailable', reason: pointer.unsupported };
            if (pointer)
                return { kind: 'lfs-pointer', oid: pointer.oid, size: pointer.size };
        }
        return { kind: 'hashed', sha256: hash.digest('hex'), size, ms: performance.now() - started };
    }
    catch (error) {
        if (error instanceof RepoFileError)
            return error.fact;
        return { kind: 'unavailable', reason: describeError(error) };
    }
}
const KIB = 1024;
const MIB = KIB * 1024;
const GIB = MIB * 1024;
/** 512 B, 3.50 KiB, 12.00 MiB, 2.00 GiB. */
function formatBytes(bytes) {
    if (bytes < KIB)
        return `${bytes} B`;
    if (bytes < MIB)
        return `${(bytes / KIB).toFixed(2)} KiB`;
    if (bytes < GIB)
        return `${(bytes / MIB).toFixed(2)} MiB`;
    return `${(bytes / GIB).toFixed(2)} GiB`;
}
/** One line for the log: "Hashed training/x.jsonl (2.00 GiB) in 3.1 s (660 MiB/s)." */
function describeDigest(path, digest) {
    if (digest.kind === 'hashed') {
        const time = digest.ms < 1000 ? `${Math.round(digest.ms)} ms` : `${(digest.ms / 1000).toFixed(1)} s`;
        // A rate over a few milliseconds says nothing; it is shown from 1 MiB up.
        const rate = digest.ms >= 1 && digest.size >= MIB
            ? ` (${Math.round(digest.size / MIB / (digest.ms / 1000))} MiB/s)`
            : '';
        return `Hashed ${path} (${formatBytes(digest.size)}) in ${time}${rate}.`;
    }
    if (digest.kind === 'lfs-pointer') {
        return `Read the Git LFS pointer at ${path} (${formatBytes(digest.size)}, oid sha256:${digest.oid.slice(0, 12)}…); the data was not downloaded.`;
    }
    return undefined;
}

/** The repository paths a model names besides its datasets. */
function otherPaths(model) {
    const { entry } = model;
    const procedure = entry.rollback?.procedure;
    return [
        // The procedure is a repository path or an https URL; a URL is not a file to look for.
        procedure !== undefined && !hasUrlScheme(procedure) ? procedure : undefined,
        entry.evaluation?.results,
        entry.evaluation?.baseline,
        entry.justification?.evidence?.prompt_baseline
    ].filter((path) => path !== undefined);
}
async function statOf(files, path) {
    try {
        return await files.stat(path);
    }
    catch (error) {
        if (error instanceof RepoFileError)
            return error.fact;
        // An I/O or git error: the rule fails closed on it.
        return { kind: 'unavailable', reason: describeError(error) };
    }
}
async function gatherFileEvidence(files, manifest, models) {
    const evidence = { datasets: new Map(), files: new Map(), log: [] };
    if (manifest === undefined)
        return evidence;
    // One dataset at a time: hashing is bound by the disk and one core, and memory stays flat.
    for (const model of models) {
        if (model.entry.approach !== 'fine-tune')
            continue;
        for (const dataset of model.entry.datasets ?? []) {
            const path = dataset.path;
            if (path === undefined || evidence.datasets.has(path))
                continue;
            const digest = await digestDataset(files, path);
            evidence.datasets.set(path, digest);
            const line = describeDigest(path, digest);
            if (line !== undefined)
                evidence.log.push(line);
        }
    }
    for (const model of models) {
        for (const path of otherPaths(model)) {
            if (!evidence.files.has(path))
                evidence.files.set(path, await statOf(files, path));
        }
    }
    return evidence;
}

/** Detection reads the head of each changed file: configs are small, and JSONL rows are judged early. */
const DETECT_BYTES_PER_FILE = 256 * 1024;
/** All changed files together: past this, detection sees paths and added lines only. */
const DETECT_BYTES_TOTAL = 64 * 1024 * 1024;
async function gatherEvidence(input) {
    const base = input.baseManifest?.manifest;
    const head = input.manifest?.manifest;
    let evidence = {
        ...emptyEvidence(),
        ...(base !== undefined && { baseManifest: base, baseParsed: input.baseManifest }),
        ...(input.policyFile !== undefined && { policyFile: input.policyFile }),
        ...(input.change !== undefined && { change: input.change })
    };
    if (input.change?.available) {
        const { detect } = input.policy;
        const started = Date.now();
        const fineTuning = detectFineTuning(await detectInputs(input.change, input.files), {
            builtin: detect.builtin,
            extraGlobs: detect.paths,
            ignoreGlobs: detect.ignore,
            labels: [...input.labels],
            labelTriggers: detect.labels
        });
        const files = input.change.files.length;
        // The verdict itself is the engine's note; the log says what it cost.
        input.log(`Read ${files} changed file${files === 1 ? '' : 's'} for fine-tuning signals in ${Date.now() - started} ms.`);
        const signalFiles = fineTuning.signals.map((s) => s.file).filter((f) => f !== PULL_REQUEST);
        evidence = {
            ...evidence,
            fineTuning: { detected: fineTuning.detected, signals: fineTuning.signals, why: fineTuning.why },
            touchedModels: touchedModels(input.change.files, head, base, input.manifestFile, signalFiles)
        };
    }
    if (!head)
        return evidence;
    const models = checkedModels(head, input.policy, input.scope, evidence.touchedModels);
    const found = await gatherFileEvidence(input.files, head, models);
    for (const line of found.log)
        input.log(line);
    return { ...evidence, datasets: found.datasets, files: found.files };
}
async function detectInputs(change, files) {
    let budget = DETECT_BYTES_TOTAL;
    const inputs = [];
    for (const file of change.files) {
        if (file.status === 'removed' || budget <= 0) {
            inputs.push({ file });
            continue;
        }
        const content = await files.head(file.path, DETECT_BYTES_PER_FILE).catch(() => undefined);
        budget -= content?.byteLength ?? 0;
        inputs.push({ file, ...(content && { content: new TextDecoder().decode(content) }) });
    }
    return inputs;
}

/** The manifest, in the words of the messages the shared YAML loader writes. */
const MANIFEST_KIND = {
    what: 'manifest',
    shape: 'version: 1, models: ...',
    whenEmpty: 'add "version: 1" and a "models:" list (model-governance init writes a starter)',
    whenTooLarge: 'keep data out of it and list only the controls'
};

// Dates that record something that already happened (data collected, redaction verified, rollback
// drilled) cannot lie in the future: such a date is a typo or a claim made ahead of the work.
// Written against the raw value so that it reports alongside schema problems.
// Only real dates: an impossible one (2026-02-30) is already the schema's to report.
const CALENDAR_DATE = date();
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The paths of every past-event date in the manifest, with their values. */
function pastEventDates(value) {
    const found = [];
    if (!isObject(value) || !Array.isArray(value.models))
        return found;
    value.models.forEach((model, m) => {
        if (!isObject(model))
            return;
        if (isObject(model.rollback)) {
            found.push({ path: ['models', m, 'rollback', 'tested_at'], date: model.rollback.tested_at });
        }
        if (!Array.isArray(model.datasets))
            return;
        model.datasets.forEach((dataset, d) => {
            if (!isObject(dataset))
                return;
            found.push({ path: ['models', m, 'datasets', d, 'collected_at'], date: dataset.collected_at });
            if (isObject(dataset.redaction)) {
                found.push({
                    path: ['models', m, 'datasets', d, 'redaction', 'verified_at'],
                    date: dataset.redaction.verified_at
                });
            }
        });
    });
    return found;
}
function futureDateDiagnostics(value, now, locator) {
    const today = now.toISOString().slice(0, 10);
    return pastEventDates(value)
        .filter(({ date }) => typeof date === 'string' && CALENDAR_DATE.safeParse(date).success && date > today)
        .map(({ path }) => ({
        message: `${dottedPath(path, MANIFEST_KIND)} is after today (${today} UTC), but it records something that already happened; write the date it happened.`,
        location: locator.locate(path),
        path
    }));
}

// Loads `model-governance.yml`: bytes in, a validated manifest or diagnostics out, never a throw.
// Each stage refuses what it must before the next runs: size, binary and encoding on the bytes;
// syntax, tags and alias bombs on the YAML; shape on the data; then dates that cannot be true yet.
function parseManifest(input, file, options = {}) {
    try {
        return parseChecked(input, file, options);
    }
    catch (error) {
        // Every known hazard is a diagnostic above; this keeps an unforeseen one from crashing the gate,
        // which then fails closed on the manifest (MG002) instead of on a stack trace.
        const reason = error instanceof Error ? error.message : String(error);
        const message = `${file} could not be read (${reason}); simplify the file, and report this if it looks valid.`;
        const locate = YamlLocator.unparsed(file).locate;
        return {
            file,
            manifest: undefined,
            diagnostics: [{ message, location: { file, line: 1, column: 1 } }],
            locate
        };
    }
}
function parseChecked(input, file, options) {
    const loaded = loadYamlFile(input, file, MANIFEST_KIND, options);
    const { locator } = loaded;
    if (loaded.diagnostics.length > 0) {
        return {
            file,
            manifest: undefined,
            diagnostics: loaded.diagnostics.sort(byPosition),
            locate: locator.locate
        };
    }
    const { data, diagnostics } = validate(ManifestSchema, loaded.value, locator, MANIFEST_KIND);
    if (options.now !== undefined)
        diagnostics.push(...futureDateDiagnostics(loaded.value, options.now, locator));
    diagnostics.sort(byPosition);
    return {
        file,
        manifest: diagnostics.length === 0 ? data : undefined,
        diagnostics,
        locate: locator.locate
    };
}

const MANIFEST_MAX_BYTES = 1024 * 1024;
/** A manifest that could not be read at all is still a finding (MG002), at its first line. */
function unreadable(file, message) {
    const location = { file, line: 1, column: 1 };
    return { file, manifest: undefined, diagnostics: [{ message, location }], locate: () => location };
}
/**
 * The working-tree manifest's first MANIFEST_MAX_BYTES + 1 bytes (one over the limit is enough for the
 * parser to refuse an oversized manifest without reading it whole), or why there are none.
 */
async function workspaceHead(root, file) {
    const files = workspaceFiles(root);
    try {
        const fact = await files.stat(file);
        return fact.kind === 'file' ? await files.head(file, MANIFEST_MAX_BYTES + 1) : fact;
    }
    catch (error) {
        // Gone or swapped for something else between the check and the read, or an I/O error.
        return error instanceof RepoFileError ? error.fact : { kind: 'unavailable', reason: describeError(error) };
    }
}
async function loadManifestFromWorkspace(root, file, now) {
    const read = await workspaceHead(root, file);
    if (!('kind' in read))
        return parseManifest(read, file, { now, maxBytes: MANIFEST_MAX_BYTES });
    switch (read.kind) {
        case 'missing':
            return undefined;
        case 'refused':
            return unreadable(file, `The manifest ${file} was not read: ${read.reason}.`);
        case 'unavailable':
            return unreadable(file, `The manifest ${file} could not be read: ${read.reason}.`);
    }
}
async function loadManifestAtRef(root, ref, file, now) {
    const read = await readFileAtRef(root, ref, file, { maxBytes: MANIFEST_MAX_BYTES });
    switch (read.kind) {
        case 'missing':
            return undefined;
        case 'too-large':
            return unreadable(file, `The manifest ${file} is ${read.size} bytes, over the ${MANIFEST_MAX_BYTES}-byte limit; split it or remove bulk content.`);
        case 'unavailable':
            return unreadable(file, `The manifest ${file} could not be read: ${read.reason}; fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) and run again.`);
        case 'file':
            return parseManifest(read.bytes, file, { now, maxBytes: MANIFEST_MAX_BYTES });
    }
}

// The `policy` input (interface.md): a path in the repository, read from the base commit, or an
// organisation's central policy written `owner/repo/path/to/policy.yml@ref`.
/** A `policy` input that cannot be used; its message says what to write instead. */
class PolicyRefError extends Error {
    name = 'PolicyRefError';
}
// GitHub's rules: an owner is letters, digits and single hyphens (up to 39); a repository name is
// letters, digits, ".", "_" and "-".
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const REMOTE = /^([^/@]+)\/([^/@]+)\/([^@]+)@([^@]+)$/;
function parsePolicyRef(input) {
    const value = input.trim();
    if (value === '')
        throw new PolicyRefError('The policy input is empty; give a repository path or owner/repo/path@ref.');
    const remote = REMOTE.exec(value);
    if (remote) {
        const [, owner = '', repo = '', path = '', ref = ''] = remote;
        if (!OWNER.test(owner))
            throw new PolicyRefError(`The policy "${value}": "${owner}" is not a GitHub owner name.`);
        if (!REPO.test(repo) || repo === '.' || repo === '..') {
            throw new PolicyRefError(`The policy "${value}": "${repo}" is not a GitHub repository name.`);
        }
        return { kind: 'remote', owner, repo, path: checkedPath(path, value), ref: checkedRef(ref, value) };
    }
    if (value.includes('@')) {
        throw new PolicyRefError(`The policy "${value}" looks like a remote policy but is not owner/repo/path/to/policy.yml@ref; ` +
            'a path in this repository cannot contain "@".');
    }
    return { kind: 'repo', path: checkedPath(value, value) };
}
// The path is read from git or the API, so it must name a file inside the repository: never absolute,
// never "..", never a backslash or a control character. A leading "./" is dropped: git's spelling.
function checkedPath(path, input) {
    const problem = repoPathProblem(path);
    if (problem)
        throw new PolicyRefError(`The policy path "${input}" ${problem}.`);
    const normalized = path.replace(/^(?:\.\/)+/, '');
    if (normalized === '' || normalized.endsWith('/'))
        throw new PolicyRefError(`The policy path "${input}" must name a file.`);
    return normalized;
}
// A ref goes to git or to the API as one argument: refuse what could read as an option or a range.
function checkedRef(ref, input) {
    // eslint-disable-next-line no-control-regex
    if (ref.startsWith('-') || ref.includes('..') || /[\s\u0000-\u001f\u007f~^:?*[\\]/.test(ref)) {
        throw new PolicyRefError(`The policy "${input}": "${ref}" is not a valid git ref (a branch, tag or commit sha).`);
    }
    return ref;
}

// Where the policy comes from (policy.md): a repository path read from the BASE commit, never from the
// working tree or the head, so that a pull request cannot weaken the rules it is judged by; or an
// organisation's central policy in another repository, read through an injected reader.
async function loadPolicy(options) {
    let ref;
    try {
        ref = typeof options.policyRef === 'string' ? parsePolicyRef(options.policyRef) : options.policyRef;
    }
    catch (error) {
        if (error instanceof PolicyRefError)
            return { error: { message: error.message } };
        throw error;
    }
    try {
        return ref.kind === 'remote'
            ? await loadRemote(ref, options.readRemote)
            : await loadFromBase(ref.path, options);
    }
    catch (error) {
        if (error instanceof GitError)
            return { error: { message: error.message } };
        throw error;
    }
}
async function loadFromBase(path, options) {
    if (options.readBase) {
        const bytes = await options.readBase(path);
        return bytes === undefined
            ? { resolved: builtInPolicy() }
            : fromBytes(bytes, path, `${path}@${options.baseRef}`, BASE_FIX);
    }
    const base = await resolveRef(options.root, options.baseRef);
    if (!base) {
        return {
            error: {
                message: `The base ${options.baseRef} is not a commit in this clone, so the policy cannot be read from it; fetch it (actions/checkout with fetch-depth: 0), or pass --base.`
            }
        };
    }
    const read = await readFileAtRef(options.root, base, path, { maxBytes: POLICY_MAX_BYTES });
    switch (read.kind) {
        case 'missing':
            // Something other than a file at the policy path is a mistake to report, not a reason to fall
            // back silently to the default.
            if (read.reason)
                return {
                    error: {
                        message: `The policy path ${read.reason}. Commit the policy file itself at that path.`,
                        file: path
                    }
                };
            return { resolved: builtInPolicy() };
        case 'too-large':
            return {
                error: {
                    message: `The policy is ${read.size} bytes, above the 1 MiB limit; a policy is a few dozen lines.`,
                    file: path
                }
            };
        case 'unavailable':
            return {
                error: {
                    message: `The policy ${path} cannot be read from the base commit: ${read.reason}; fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) and run again.`,
                    file: path
                }
            };
        case 'file':
            return fromBytes(read.bytes, path, `${path}@${base}`, BASE_FIX);
    }
}
async function loadRemote(ref, readRemote) {
    const name = `${ref.owner}/${ref.repo}/${ref.path}@${ref.ref}`;
    if (!readRemote) {
        return {
            error: {
                message: `The remote policy ${name} needs a token and the GitHub API (the action's token input, or GITHUB_TOKEN for the CLI); give one, or use a policy file in this repository.`
            }
        };
    }
    let bytes;
    try {
        bytes = await readRemote(ref.owner, ref.repo, ref.path, ref.ref);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
            error: {
                message: `The remote policy ${name} could not be read (${reason}); check the token's access to ${ref.owner}/${ref.repo}.`
            }
        };
    }
    // A named central policy that does not exist is a configuration error: never fall back to the default.
    if (bytes === undefined) {
        return {
            error: {
                message: `The remote policy ${name} does not exist; check the owner, repository, path and ref.`
            }
        };
    }
    return fromBytes(bytes, name, name, `fix it in ${ref.owner}/${ref.repo}.`);
}
const BASE_FIX = 'fix it in a pull request of its own: every run reads the policy from the base commit.';
function fromBytes(bytes, file, source, fix) {
    const parsed = parsePolicy(bytes, source, file);
    if (parsed.resolved)
        return { resolved: parsed.resolved };
    const [first, ...others] = parsed.diagnostics;
    // The first problem carries the location (for an annotation); the others follow as file:line:column.
    const more = others.map((d) => `\n${file}:${d.line}:${d.column}: ${d.message}`).join('');
    return {
        error: {
            message: `The policy ${source} is invalid: ${first?.message ?? 'it could not be read.'} To use it, ${fix}${more}`,
            file,
            ...(first && { line: first.line, column: first.column })
        }
    };
}
/**
 * The repository path of the `policy` input, or undefined for a remote policy: the file a pull request
 * could change (MG004), whether or not it exists on the base branch.
 */
function policyFileOf(policyInput) {
    try {
        const ref = parsePolicyRef(policyInput);
        return ref.kind === 'repo' ? ref.path : undefined;
    }
    catch {
        return undefined;
    }
}

function renderFrameworkSection(findings) {
    const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
    if (ids.length === 0)
        return '';
    const lines = ['', '<details><summary>Framework references</summary>', ''];
    for (const id of ids) {
        lines.push(`**${id}**`, '');
        for (const ref of FRAMEWORK_REFS[id]) {
            const title = frameworkTitle(ref);
            const condition = ref.condition ? ` (${ref.condition})` : '';
            lines.push(`- ${FRAMEWORKS[ref.framework].name} \`${frameworkTag(ref)}\`${title ? `: ${title}` : ''}${condition}`);
        }
        lines.push('');
    }
    lines.push('A reference says that the check supports the control; it does not say that passing makes a model compliant.', '', '</details>', '');
    return lines.join('\n');
}

function toJsonReport(result) {
    const report = {
        version: result.version,
        result: result.result,
        mode: result.mode,
        policy: { source: result.policy.source, sha256: result.policy.sha256 },
        fineTuning: {
            detected: result.fineTuning.detected,
            signals: sortSignals(result.fineTuning.signals).map(signal),
            ...(result.fineTuning.why !== undefined && { why: result.fineTuning.why })
        },
        models: result.models.map(model),
        findings: sortFindings(result.findings).map(finding),
        manifest: { file: result.manifest.file, found: result.manifest.found },
        notes: [...result.notes]
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}
function signal(s) {
    return { id: s.id, file: s.file, line: s.line, reason: s.reason, strength: s.strength };
}
function model(m) {
    return { id: m.id, approach: m.approach, tier: m.tier, checked: m.checked, reason: m.reason };
}
function finding(f) {
    return {
        ruleId: f.ruleId,
        severity: f.severity,
        model: f.model,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        ruleName: f.ruleName,
        waiver: f.waiver
            ? { reason: f.waiver.reason, approvedBy: f.waiver.approvedBy, expiresAt: f.waiver.expiresAt }
            : undefined
    };
}

function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
/** "3 errors, 1 warning, 2 notes" (zero counts left out), or "no findings". */
function describeCounts(findings) {
    const counts = countBySeverity(findings);
    const parts = [
        counts.error ? plural(counts.error, 'error') : '',
        counts.warning ? plural(counts.warning, 'warning') : '',
        counts.note ? plural(counts.note, 'note') : ''
    ].filter(Boolean);
    return parts.length ? parts.join(', ') : 'no findings';
}
function ruleName(finding) {
    return finding.ruleName || RULE_CATALOGUE[finding.ruleId]?.name || '';
}
/** "reason (approved by X, expires Y)" */
function describeWaiver(waiver) {
    return `${waiver.reason} (approved by ${waiver.approvedBy}, expires ${waiver.expiresAt})`;
}
/** The first 8 hex digits of a sha256 followed by an ellipsis, for display. */
function shortHash(sha256) {
    return sha256.length > 8 ? `${sha256.slice(0, 8)}…` : sha256;
}
// C0 and C1 control characters (escape sequences included) and Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** Untrusted text on one line: newlines, tabs and control characters (ANSI escapes) become one space. */
function oneLine(text) {
    return text.replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
}
/** Cuts text to at most `max` UTF-16 code units, never inside a surrogate pair, ending with "…". */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}

// Escaping for untrusted text (messages, file names, model ids come from a pull request) placed in
// GitHub-flavoured Markdown: no HTML, no links or images, no code spans, no table breaks, no
// @mentions that would notify people, one line only.
const MAX_CELL = 2000;
const ZERO_WIDTH_JOINER = '\u200d';
/** Untrusted text as inline Markdown, safe inside a table cell or a list item. */
function escapeMarkdown(text, max = MAX_CELL) {
    return truncate(oneLine(text), max)
        .replace(/[\\`|[\]*_~]/g, (char) => `\\${char}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZERO_WIDTH_JOINER}`);
}
/**
 * Untrusted text as a code span (file paths, ids): literal text, so only backticks matter, and pipes
 * inside a table (GFM unescapes `\|` there, even in code spans).
 */
function codeSpan(text, opts = {}) {
    const literal = truncate(oneLine(text), opts.max ?? MAX_CELL).replace(/`/g, "'");
    const body = opts.inTable === false ? literal : literal.replace(/\|/g, '\\|');
    return body ? `\`${body}\`` : '';
}

const ICON = { error: '❌ error', warning: '⚠️ warning', note: 'ℹ️ note' };
const TABLE_HEAD = '| Severity | Rule | Name | Location | Message |\n|---|---|---|---|---|';
function findingRow(finding, docsUrl) {
    const waiver = finding.waiver
        ? `<br>_Waived by exception: ${escapeMarkdown(describeWaiver(finding.waiver))}._`
        : '';
    const cells = [
        ICON[finding.severity],
        `[${finding.ruleId}](${docsUrl(finding.ruleId)})`,
        escapeMarkdown(ruleName(finding)),
        location(finding),
        `${escapeMarkdown(finding.message)}${waiver}`
    ];
    return `| ${cells.join(' | ')} |`;
}
function location(finding) {
    if (!finding.file)
        return '—';
    const position = [finding.file, finding.line, finding.line ? finding.column : undefined]
        .filter((part) => part !== undefined)
        .join(':');
    return codeSpan(position);
}
/**
 * The findings section for `shown` (a prefix of the severity-ordered findings), with a closing line
 * for the `hidden` ones. `rows` holds each finding's pre-rendered table row.
 */
function renderFindings(result, shown, rows, hidden) {
    const parts = [`### Findings (${describeCounts(result.findings)})`];
    if (result.findings.length === 0)
        parts.push('No findings.');
    for (const [model, findings] of groupByModel(result, shown)) {
        const heading = model === undefined ? '#### Repository' : `#### Model ${codeSpan(model, { inTable: false })}`;
        const table = findings.map((finding) => rows.get(finding) ?? '').join('\n');
        parts.push(`${heading} (${describeCounts(findings)})`, `${TABLE_HEAD}\n${table}`);
    }
    if (hidden > 0)
        parts.push(`… ${plural(hidden, 'more finding')} ${hidden === 1 ? 'is' : 'are'} in the JSON report.`);
    return parts.join('\n\n');
}
/** Models in the run's order, then models the run does not list (sorted), then findings without a model. */
function groupByModel(result, findings) {
    const groups = new Map();
    const order = new Map(result.models.map((model, index) => [model.id, index]));
    const keys = [...new Set(findings.map((finding) => finding.model))].sort((a, b) => {
        if (a === undefined || b === undefined)
            return a === b ? 0 : a === undefined ? 1 : -1;
        const byRun = (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity);
        return Number.isNaN(byRun) || byRun === 0 ? (a < b ? -1 : a > b ? 1 : 0) : byRun;
    });
    for (const key of keys)
        groups.set(key, []);
    for (const finding of findings)
        groups.get(finding.model)?.push(finding);
    return groups;
}

// The Markdown report: the job summary and the body of the PR comment. Everything that comes from
// the pull request is escaped (markdown-escape.ts). The output never exceeds `maxBytes`: findings are
// dropped from the least severe end first, and the rest are counted in a closing line.
const DEFAULT_MAX_BYTES = 1_000_000;
const MAX_SIGNAL_ROWS = 50;
const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const CUT_NOTICE = '… the rest of this report was cut to fit the size limit; see the JSON report.\n';
function renderMarkdown(result, opts) {
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const head = renderHead(result);
    const tail = opts.runUrl ? `[Open the workflow run](${opts.runUrl})` : '';
    const ordered = sortFindings(result.findings);
    const rows = new Map(ordered.map((finding) => [finding, findingRow(finding, opts.docsUrl)]));
    const compose = (shown) => [head, renderFindings(result, ordered.slice(0, shown), rows, ordered.length - shown), tail]
        .filter(Boolean)
        .join('\n\n') + '\n';
    const full = compose(ordered.length);
    if (bytes(full) <= maxBytes)
        return full;
    // The largest number of findings that fits (the size grows with every finding shown).
    let low = 0;
    let high = ordered.length - 1;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (bytes(compose(middle)) <= maxBytes)
            low = middle;
        else
            high = middle - 1;
    }
    const best = compose(low);
    return bytes(best) <= maxBytes ? best : cutToBytes(best, maxBytes);
}
function renderHead(result) {
    const parts = [
        `## ${VERDICT_ICON[result.result]} Model governance: ${result.result} (${result.mode} mode)`,
        [
            `${describeCounts(result.findings)}.`,
            `Policy: ${policyLabel(result)} (sha256 ${codeSpan(shortHash(result.policy.sha256), { inTable: false })})`,
            `Fine-tuning detected: ${result.fineTuning.detected ? 'yes' : 'no'}`
        ].join('  \n')
    ];
    const signals = renderSignals(result);
    if (signals)
        parts.push(signals);
    if (result.notes.length)
        parts.push(result.notes.map((note) => `- ${escapeMarkdown(note)}`).join('\n'));
    if (result.models.length)
        parts.push(renderModels(result));
    const controls = renderControls(result);
    if (controls)
        parts.push(controls);
    return parts.join('\n\n');
}
function policyLabel(result) {
    if (result.policy.builtIn)
        return 'built-in default';
    return codeSpan(result.policy.source, { inTable: false });
}
function renderSignals(result) {
    const signals = sortSignals(result.fineTuning.signals);
    if (!signals.length)
        return '';
    const rows = signals.slice(0, MAX_SIGNAL_ROWS).map((signal) => {
        const where = signal.line ? `${signal.file}:${signal.line}` : signal.file;
        return `| ${codeSpan(signal.id)} (${signal.strength}) | ${codeSpan(where)} | ${escapeMarkdown(signal.reason)} |`;
    });
    const more = signals.length - MAX_SIGNAL_ROWS;
    const table = ['| Signal | File | Reason |', '|---|---|---|', ...rows].join('\n');
    return more > 0 ? `${table}\n\n… ${plural(more, 'more signal')} in the JSON report.` : table;
}
function renderModels(result) {
    const rows = result.models.map((model) => {
        const checked = (model.checked ? 'yes' : 'no') + (model.reason ? ` (${escapeMarkdown(model.reason)})` : '');
        return `| ${codeSpan(model.id)} | ${model.approach} | ${model.tier} | ${checked} |`;
    });
    return ['### Models', '', '| Model | Approach | Tier | Checked |', '|---|---|---|---|', ...rows].join('\n');
}
const MARK = {
    pass: '✅',
    error: '❌',
    warning: '⚠️',
    note: 'ℹ️',
    waived: '📝',
    'not-required': '➖'
};
/** One row per checked model, one column per control family: what is missing, at a glance. */
function renderControls(result) {
    const checked = result.models.filter((model) => model.controls);
    if (!checked.length)
        return '';
    const header = `| Model | ${CONTROL_FAMILIES.map((family) => family[0]?.toUpperCase() + family.slice(1)).join(' | ')} |`;
    const rows = checked.map((model) => `| ${codeSpan(model.id)} | ${CONTROL_FAMILIES.map((f) => MARK[model.controls[f]]).join(' | ')} |`);
    const light = checked
        .filter((model) => model.approach !== 'fine-tune')
        .map((model) => codeSpan(model.id, { inTable: false }));
    return [
        '### Controls',
        '',
        header,
        `|---|${CONTROL_FAMILIES.map(() => ':---:').join('|')}|`,
        ...rows,
        '',
        '✅ in place · ❌ error · ⚠️ warning · 📝 waived by an exception · ℹ️ note · ➖ not required',
        ...(light.length
            ? [
                '',
                `Prompt and retrieval models are governed lightly (an owner and approvers): ${light.join(', ')}.`
            ]
            : [])
    ].join('\n');
}
function bytes(text) {
    return Buffer$1.byteLength(text, 'utf8');
}
/** Last resort when even the report without findings is too big: cut at a line end and say so. */
function cutToBytes(text, maxBytes) {
    const budget = Math.max(0, maxBytes - bytes(CUT_NOTICE) - 1);
    const slice = Buffer$1.from(text, 'utf8').subarray(0, budget);
    const lastNewline = slice.lastIndexOf(0x0a);
    const kept = lastNewline >= 0 ? slice.subarray(0, lastNewline + 1).toString('utf8') : '';
    const out = `${kept}\n${CUT_NOTICE}`;
    return bytes(out) <= maxBytes ? out : '';
}

// The command line's report, in the style of eslint's "stylish" formatter: findings grouped by file,
// one aligned line each, then the verdict, the policy, detection and notes. Colours only when asked
// (and then regardless of the stream, which is the caller's business); text from the pull request is
// cleaned of control characters so that it cannot smuggle terminal escapes.
const SEVERITY_COLOUR = { error: 'red', warning: 'yellow', note: 'cyan' };
const VERDICT = {
    pass: { mark: '✔', colour: 'green' },
    warn: { mark: '⚠', colour: 'yellow' },
    fail: { mark: '✖', colour: 'red' }
};
const NO_FILE = '(no file)';
function renderText(result, opts) {
    const paint = opts.color
        ? (format, text) => styleText(format, text, { validateStream: false })
        : (_format, text) => text;
    const blocks = groupByFile(result.findings).map(([file, findings]) => renderFile(file, findings, paint));
    blocks.push(renderFooter(result, paint));
    return `${blocks.join('\n\n')}\n`;
}
function groupByFile(findings) {
    const groups = new Map();
    for (const finding of [...findings].sort(compareByLocation)) {
        const file = finding.file ? oneLine(finding.file) : NO_FILE;
        groups.set(file, [...(groups.get(file) ?? []), finding]);
    }
    return [...groups];
}
function renderFile(file, findings, paint) {
    const rows = findings.map((finding) => ({
        position: finding.line ? `${finding.line}:${finding.column ?? 0}` : '',
        severity: finding.severity,
        message: describe(finding),
        rule: finding.ruleId
    }));
    const positionWidth = Math.max(...rows.map((row) => row.position.length));
    const severityWidth = Math.max(...rows.map((row) => row.severity.length));
    const messageWidth = Math.max(...rows.map((row) => row.message.length));
    const lines = rows.map((row) => [
        '  ' + paint('dim', row.position.padEnd(positionWidth)),
        paint(SEVERITY_COLOUR[row.severity], row.severity.padEnd(severityWidth)),
        row.message.padEnd(messageWidth),
        paint('dim', row.rule)
    ].join('  '));
    return [paint('underline', file), ...lines].join('\n');
}
function describe(finding) {
    const model = finding.model ? `[${finding.model}] ` : '';
    const waiver = finding.waiver ? ` (waived: ${describeWaiver(finding.waiver)})` : '';
    return oneLine(`${model}${finding.message}${waiver}`);
}
function renderFooter(result, paint) {
    const verdict = VERDICT[result.result];
    const lines = [paint([verdict.colour, 'bold'], `${verdict.mark} ${result.result}: ${summarise(result)}`)];
    const policy = result.policy.builtIn ? 'built-in default' : oneLine(result.policy.source);
    lines.push(`Policy: ${policy} (sha256 ${shortHash(result.policy.sha256)})`);
    const signals = result.fineTuning.signals.length;
    const detected = result.fineTuning.detected ? `yes (${plural(signals, 'signal')})` : 'no';
    lines.push(`Fine-tuning detected: ${detected}`);
    const checked = result.models.filter((model) => model.checked).length;
    if (result.models.length)
        lines.push(`Models checked: ${checked} of ${result.models.length}`);
    for (const note of result.notes)
        lines.push(paint('dim', `Note: ${oneLine(note)}`));
    return lines.join('\n');
}
/** "3 errors, 1 warning (enforce mode)" or "no findings (enforce mode)". */
function summarise(result) {
    const counts = countBySeverity(result.findings);
    const waived = result.findings.filter((finding) => finding.waiver).length;
    const parts = [
        counts.error ? plural(counts.error, 'error') : '',
        counts.warning ? plural(counts.warning, 'warning') : '',
        counts.note ? plural(counts.note, 'note') + (waived ? ` (${waived} waived)` : '') : ''
    ].filter(Boolean);
    return `${parts.length ? parts.join(', ') : 'no findings'} (${result.mode} mode)`;
}

const PROJECT_URL = 'https://github.com/model-governance/model-governance-gate';
function docsUrlFor(base = `${PROJECT_URL}/blob/main`) {
    return (id) => `${base}/docs/rules/${id}.md`;
}

// The CLI's help text and its usage error (exit code 2).
class UsageError extends Error {
}
const USAGE = `model-governance: keep fine-tuning of ML and LLM models under governance.

Usage:
  model-governance check [--repo DIR] [--base REF] [--head REF]
                         [--manifest PATH] [--policy PATH]
                         [--mode enforce|warn] [--scope changed|all]
                         [--format text|json|markdown] [--output FILE]
  model-governance init [--manifest PATH] [--force]   write a commented starter manifest
  model-governance schema [manifest|policy]           print the JSON Schema of either file
  model-governance --help | --version

check compares --base (default: the merge base with the default branch) with --head
(default: the working tree). The policy is always read from the base commit.

Exit codes: 0 pass (or warn mode), 1 findings that fail, 2 bad usage or an unreadable
repository, ref or policy (the reason is on stderr).
Environment: NO_COLOR / FORCE_COLOR control colours; MODEL_GOVERNANCE_NOW=YYYY-MM-DD pins the clock.
`;

// `model-governance check`: the same engine as the action, with evidence from local git.
async function check(options) {
    const root = await repoRoot(options.repo ?? process.cwd());
    const manifestFile = assertRepoPath(options.manifest, 'The --manifest path');
    const base = await resolveBase(root, options.base);
    const head = options.head === undefined ? undefined : await mustResolve(root, options.head, '--head');
    const policy = await loadPolicy({ root, baseRef: base, policyRef: options.policy });
    if ('error' in policy) {
        const { file, line, column, message } = policy.error;
        const where = file ? `${file}${line ? `:${line}:${column ?? 1}` : ''}: ` : '';
        throw new UsageError(`${where}${message}`);
    }
    const now = clockFromEnv();
    const manifest = head
        ? await loadManifestAtRef(root, head, manifestFile, now)
        : await loadManifestFromWorkspace(root, manifestFile, now);
    const baseParsed = await loadManifestAtRef(root, base, manifestFile, now);
    const baseManifest = baseParsed?.manifest ? baseParsed : undefined;
    const log = [];
    const evidence = await gatherEvidence({
        manifestFile,
        manifest,
        change: base === head ? undefined : await changeFromGit(root, base, head),
        labels: [],
        baseManifest,
        policyFile: policyFileOf(options.policy),
        policy: policy.resolved.policy,
        scope: options.scope,
        files: head ? gitRefFiles(root, head) : workspaceFiles(root),
        log: (line) => log.push(line)
    });
    const notes = [
        ...(manifest
            ? []
            : [
                `No manifest at ${manifestFile}: no models are declared, so there is nothing to check yet (model-governance init writes one).`
            ]),
        ...(manifest?.manifest && !baseManifest
            ? [
                `The base commit has no valid ${manifestFile}, so only the policy's governance approvers can approve exceptions.`
            ]
            : []),
        ...log
    ];
    const result = run({
        manifestFile,
        manifest,
        policy: policy.resolved,
        ...(options.mode && { mode: options.mode }),
        scope: options.scope,
        evidence,
        now,
        notes
    });
    const rendered = render(result, options);
    if (options.output) {
        await writeFile(resolve(options.output), rendered);
        return { exitCode: exitCodeOf(result), stdout: '' };
    }
    return { exitCode: exitCodeOf(result), stdout: rendered };
}
function exitCodeOf(result) {
    return result.result === 'fail' ? 1 : 0;
}
function render(result, options) {
    switch (options.format) {
        case 'json':
            return toJsonReport(result);
        case 'markdown':
            return renderMarkdown(result, { docsUrl: docsUrlFor() }) + renderFrameworkSection(result.findings);
        case 'text':
            return renderText(result, { color: options.color && !options.output });
    }
}
async function mustResolve(root, ref, flag) {
    const sha = await resolveRef(root, ref);
    if (!sha)
        throw new UsageError(`${flag} ${ref} does not name a commit in ${root}.`);
    return sha;
}
/** The merge base with the default branch, so a feature branch is judged by the policy it forked from. */
async function resolveBase(root, base) {
    if (base !== undefined)
        return mustResolve(root, base, '--base');
    const head = await resolveRef(root, 'HEAD');
    if (!head)
        throw new UsageError(`${root} has no commits yet; commit once, or pass --base.`);
    const branch = await defaultBranch(root);
    if (!branch)
        return head;
    return (await mergeBase(root, head, branch)) ?? head;
}

// The commented starter manifest that `model-governance init` writes. A test keeps it valid.
const STARTER_MANIFEST = `# yaml-language-server: $schema=https://raw.githubusercontent.com/model-governance/model-governance-gate/main/schema/model-governance.schema.json
# model-governance.yml: what this repository's models are, and the controls around each fine-tune.
# Every field is explained in the schema above (hover in VS Code with the YAML extension) and in
# docs/rules/. Replace each example value with your own, then run: model-governance check
version: 1

models:
  # A prompt-based model is governed lightly: an owner and approvers.
  - id: support-assistant
    owner: "@your-org/ml-platform"          # accountable user (@login) or team (@org/team)
    approach: prompt                         # prompt | retrieval | fine-tune
    approvals:
      approvers: ["@your-org/ml-platform"]

  # A fine-tune is a governed production change: every control below is checked.
  - id: support-triage
    owner: "@your-org/ml-platform"
    approach: fine-tune
    base_model: gpt-4o-mini-2024-07-18
    risk_tier: medium                        # low | medium | high (default from the policy)
    paths:                                   # globs this model's training owns
      - training/support-triage/**

    justification:                           # why prompt-based control is not enough
      alternatives_tried: [prompt, retrieval]
      rationale: Say what the prompt baseline reached and why that is not enough.
      evidence:
        prompt_baseline: evals/support-triage/prompt-baseline.json
        metric: macro_f1
        min_uplift: 0.05

    datasets:                                # what data enters training
      - id: tickets-train
        purpose: training                    # training | preference | evaluation
        path: training/support-triage/train.jsonl
        sha256: "0000000000000000000000000000000000000000000000000000000000000000"  # sha256sum of the file
        source: Where the data came from, and when
        license: proprietary
        owner: "@your-org/data-owners"
        collected_at: 2026-01-01
        personal_data: false                 # true requires a redaction record

    approvals:                               # who approves model updates and thresholds
      approvers: ["@your-org/ml-governance"]
      min_approvals: 1

    evaluation:
      results: evals/support-triage/results.json
      format: auto                           # auto | generic | promptfoo | lm-eval | inspect | model-index
      baseline: evals/support-triage/baseline.json
      max_regression: 0.01
      thresholds:
        - metric: macro_f1
          min: 0.85
          kind: quality                      # quality | safety | leakage | drift | fairness
        - metric: pii_leakage_rate
          max: 0
          kind: leakage

    rollback:
      previous_model: gpt-4o-mini-2024-07-18
      procedure: docs/runbooks/support-triage-rollback.md   # a repository path or an https URL
      owner: "@your-org/sre"
      tested_at: 2026-01-01                  # the last rollback drill
      trigger: Say which signal makes you roll back

    monitoring:
      owner: "@your-org/ml-platform"
      signals: [drift, leakage, quality]

# exceptions:                                # time-boxed, approved waivers of one rule for one model
#   - rule: MG403
#     model: support-triage
#     reason: Why the control is waived, and until when
#     approved_by: "@your-org/ml-governance"
#     expires_at: 2026-12-31
`;

// `model-governance init`: write the starter manifest, never over an existing file unless --force.
async function init(path, force) {
    const target = resolve(path);
    try {
        await writeFile(target, STARTER_MANIFEST, { flag: force ? 'w' : 'wx' });
    }
    catch (error) {
        if (error.code === 'EEXIST') {
            throw new UsageError(`${path} already exists; edit it, or pass --force to replace it.`);
        }
        throw error;
    }
    return `Wrote ${path}. Replace the example values, then run: model-governance check\n`;
}

// The package version, printed by --version and written into SARIF; a test keeps it equal to package.json.
const VERSION = '0.1.0';

// The CLI face: parse the command line, run a command, map the outcome to an exit code.
function pick(flag, value, allowed) {
    if (value === undefined)
        return undefined;
    if (allowed.includes(value))
        return value;
    throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}".`);
}
function wantsColor(io) {
    if (io.env.NO_COLOR)
        return false;
    if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0')
        return true;
    return io.isTTY;
}
async function main(argv, io) {
    try {
        const { values, positionals } = parseArgs({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                repo: { type: 'string' },
                base: { type: 'string' },
                head: { type: 'string' },
                manifest: { type: 'string' },
                policy: { type: 'string' },
                mode: { type: 'string' },
                scope: { type: 'string' },
                format: { type: 'string' },
                output: { type: 'string', short: 'o' },
                force: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' }
            }
        }).valueOf();
        const str = (name) => values[name];
        const [command, ...extra] = positionals;
        if (values.version)
            return (io.stdout(`${VERSION}\n`), 0);
        if (values.help || command === undefined || command === 'help')
            return (io.stdout(USAGE), command ? 0 : values.help ? 0 : 2);
        const target = command === 'schema' ? (extra.shift() ?? 'manifest') : undefined;
        if (extra.length > 0)
            throw new UsageError(`Unexpected argument "${extra[0]}".`);
        switch (command) {
            case 'check': {
                const mode = pick('mode', str('mode'), ['enforce', 'warn']);
                const format = pick('format', str('format'), ['text', 'json', 'markdown']) ?? 'text';
                const outcome = await check({
                    ...(str('repo') !== undefined && { repo: str('repo') }),
                    ...(str('base') !== undefined && { base: str('base') }),
                    ...(str('head') !== undefined && { head: str('head') }),
                    manifest: str('manifest') ?? 'model-governance.yml',
                    policy: str('policy') ?? '.github/model-governance-policy.yml',
                    ...(mode && { mode }),
                    scope: pick('scope', str('scope'), ['changed', 'all']) ?? 'changed',
                    format,
                    ...(str('output') !== undefined && { output: str('output') }),
                    color: wantsColor(io)
                });
                io.stdout(outcome.stdout);
                return outcome.exitCode;
            }
            case 'init':
                io.stdout(await init(str('manifest') ?? 'model-governance.yml', values.force === true));
                return 0;
            case 'schema': {
                if (target !== 'manifest' && target !== 'policy') {
                    throw new UsageError(`schema takes "manifest" or "policy"; got "${target}".`);
                }
                const schema = target === 'policy' ? buildPolicyJsonSchema() : buildManifestJsonSchema();
                io.stdout(JSON.stringify(schema, null, 2) + '\n');
                return 0;
            }
            default:
                throw new UsageError(`Unknown command "${command}"; the commands are check, init and schema.`);
        }
    }
    catch (error) {
        io.stderr(`model-governance: ${describeError$1(error)}\n`);
        // Every failure to run is exit 2: bad usage, or a repository, ref or policy that cannot be read.
        return 2;
    }
}

// The CLI's entry point (package.json bin `model-governance` -> dist/cli.js).
process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    env: process.env
});
