export const id = 56;
export const ids = [56];
export const modules = {

/***/ 43269:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

/* module decorator */ module = __webpack_require__.nmd(module);
var bigInt = (function (undefined) {
    "use strict";

    var BASE = 1e7,
        LOG_BASE = 7,
        MAX_INT = 9007199254740992,
        MAX_INT_ARR = smallToArray(MAX_INT),
        DEFAULT_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    var supportsNativeBigInt = typeof BigInt === "function";

    function Integer(v, radix, alphabet, caseSensitive) {
        if (typeof v === "undefined") return Integer[0];
        if (typeof radix !== "undefined") return +radix === 10 && !alphabet ? parseValue(v) : parseBase(v, radix, alphabet, caseSensitive);
        return parseValue(v);
    }

    function BigInteger(value, sign) {
        this.value = value;
        this.sign = sign;
        this.isSmall = false;
    }
    BigInteger.prototype = Object.create(Integer.prototype);

    function SmallInteger(value) {
        this.value = value;
        this.sign = value < 0;
        this.isSmall = true;
    }
    SmallInteger.prototype = Object.create(Integer.prototype);

    function NativeBigInt(value) {
        this.value = value;
    }
    NativeBigInt.prototype = Object.create(Integer.prototype);

    function isPrecise(n) {
        return -MAX_INT < n && n < MAX_INT;
    }

    function smallToArray(n) { // For performance reasons doesn't reference BASE, need to change this function if BASE changes
        if (n < 1e7)
            return [n];
        if (n < 1e14)
            return [n % 1e7, Math.floor(n / 1e7)];
        return [n % 1e7, Math.floor(n / 1e7) % 1e7, Math.floor(n / 1e14)];
    }

    function arrayToSmall(arr) { // If BASE changes this function may need to change
        trim(arr);
        var length = arr.length;
        if (length < 4 && compareAbs(arr, MAX_INT_ARR) < 0) {
            switch (length) {
                case 0: return 0;
                case 1: return arr[0];
                case 2: return arr[0] + arr[1] * BASE;
                default: return arr[0] + (arr[1] + arr[2] * BASE) * BASE;
            }
        }
        return arr;
    }

    function trim(v) {
        var i = v.length;
        while (v[--i] === 0);
        v.length = i + 1;
    }

    function createArray(length) { // function shamelessly stolen from Yaffle's library https://github.com/Yaffle/BigInteger
        var x = new Array(length);
        var i = -1;
        while (++i < length) {
            x[i] = 0;
        }
        return x;
    }

    function truncate(n) {
        if (n > 0) return Math.floor(n);
        return Math.ceil(n);
    }

    function add(a, b) { // assumes a and b are arrays with a.length >= b.length
        var l_a = a.length,
            l_b = b.length,
            r = new Array(l_a),
            carry = 0,
            base = BASE,
            sum, i;
        for (i = 0; i < l_b; i++) {
            sum = a[i] + b[i] + carry;
            carry = sum >= base ? 1 : 0;
            r[i] = sum - carry * base;
        }
        while (i < l_a) {
            sum = a[i] + carry;
            carry = sum === base ? 1 : 0;
            r[i++] = sum - carry * base;
        }
        if (carry > 0) r.push(carry);
        return r;
    }

    function addAny(a, b) {
        if (a.length >= b.length) return add(a, b);
        return add(b, a);
    }

    function addSmall(a, carry) { // assumes a is array, carry is number with 0 <= carry < MAX_INT
        var l = a.length,
            r = new Array(l),
            base = BASE,
            sum, i;
        for (i = 0; i < l; i++) {
            sum = a[i] - base + carry;
            carry = Math.floor(sum / base);
            r[i] = sum - carry * base;
            carry += 1;
        }
        while (carry > 0) {
            r[i++] = carry % base;
            carry = Math.floor(carry / base);
        }
        return r;
    }

    BigInteger.prototype.add = function (v) {
        var n = parseValue(v);
        if (this.sign !== n.sign) {
            return this.subtract(n.negate());
        }
        var a = this.value, b = n.value;
        if (n.isSmall) {
            return new BigInteger(addSmall(a, Math.abs(b)), this.sign);
        }
        return new BigInteger(addAny(a, b), this.sign);
    };
    BigInteger.prototype.plus = BigInteger.prototype.add;

    SmallInteger.prototype.add = function (v) {
        var n = parseValue(v);
        var a = this.value;
        if (a < 0 !== n.sign) {
            return this.subtract(n.negate());
        }
        var b = n.value;
        if (n.isSmall) {
            if (isPrecise(a + b)) return new SmallInteger(a + b);
            b = smallToArray(Math.abs(b));
        }
        return new BigInteger(addSmall(b, Math.abs(a)), a < 0);
    };
    SmallInteger.prototype.plus = SmallInteger.prototype.add;

    NativeBigInt.prototype.add = function (v) {
        return new NativeBigInt(this.value + parseValue(v).value);
    }
    NativeBigInt.prototype.plus = NativeBigInt.prototype.add;

    function subtract(a, b) { // assumes a and b are arrays with a >= b
        var a_l = a.length,
            b_l = b.length,
            r = new Array(a_l),
            borrow = 0,
            base = BASE,
            i, difference;
        for (i = 0; i < b_l; i++) {
            difference = a[i] - borrow - b[i];
            if (difference < 0) {
                difference += base;
                borrow = 1;
            } else borrow = 0;
            r[i] = difference;
        }
        for (i = b_l; i < a_l; i++) {
            difference = a[i] - borrow;
            if (difference < 0) difference += base;
            else {
                r[i++] = difference;
                break;
            }
            r[i] = difference;
        }
        for (; i < a_l; i++) {
            r[i] = a[i];
        }
        trim(r);
        return r;
    }

    function subtractAny(a, b, sign) {
        var value;
        if (compareAbs(a, b) >= 0) {
            value = subtract(a, b);
        } else {
            value = subtract(b, a);
            sign = !sign;
        }
        value = arrayToSmall(value);
        if (typeof value === "number") {
            if (sign) value = -value;
            return new SmallInteger(value);
        }
        return new BigInteger(value, sign);
    }

    function subtractSmall(a, b, sign) { // assumes a is array, b is number with 0 <= b < MAX_INT
        var l = a.length,
            r = new Array(l),
            carry = -b,
            base = BASE,
            i, difference;
        for (i = 0; i < l; i++) {
            difference = a[i] + carry;
            carry = Math.floor(difference / base);
            difference %= base;
            r[i] = difference < 0 ? difference + base : difference;
        }
        r = arrayToSmall(r);
        if (typeof r === "number") {
            if (sign) r = -r;
            return new SmallInteger(r);
        } return new BigInteger(r, sign);
    }

    BigInteger.prototype.subtract = function (v) {
        var n = parseValue(v);
        if (this.sign !== n.sign) {
            return this.add(n.negate());
        }
        var a = this.value, b = n.value;
        if (n.isSmall)
            return subtractSmall(a, Math.abs(b), this.sign);
        return subtractAny(a, b, this.sign);
    };
    BigInteger.prototype.minus = BigInteger.prototype.subtract;

    SmallInteger.prototype.subtract = function (v) {
        var n = parseValue(v);
        var a = this.value;
        if (a < 0 !== n.sign) {
            return this.add(n.negate());
        }
        var b = n.value;
        if (n.isSmall) {
            return new SmallInteger(a - b);
        }
        return subtractSmall(b, Math.abs(a), a >= 0);
    };
    SmallInteger.prototype.minus = SmallInteger.prototype.subtract;

    NativeBigInt.prototype.subtract = function (v) {
        return new NativeBigInt(this.value - parseValue(v).value);
    }
    NativeBigInt.prototype.minus = NativeBigInt.prototype.subtract;

    BigInteger.prototype.negate = function () {
        return new BigInteger(this.value, !this.sign);
    };
    SmallInteger.prototype.negate = function () {
        var sign = this.sign;
        var small = new SmallInteger(-this.value);
        small.sign = !sign;
        return small;
    };
    NativeBigInt.prototype.negate = function () {
        return new NativeBigInt(-this.value);
    }

    BigInteger.prototype.abs = function () {
        return new BigInteger(this.value, false);
    };
    SmallInteger.prototype.abs = function () {
        return new SmallInteger(Math.abs(this.value));
    };
    NativeBigInt.prototype.abs = function () {
        return new NativeBigInt(this.value >= 0 ? this.value : -this.value);
    }


    function multiplyLong(a, b) {
        var a_l = a.length,
            b_l = b.length,
            l = a_l + b_l,
            r = createArray(l),
            base = BASE,
            product, carry, i, a_i, b_j;
        for (i = 0; i < a_l; ++i) {
            a_i = a[i];
            for (var j = 0; j < b_l; ++j) {
                b_j = b[j];
                product = a_i * b_j + r[i + j];
                carry = Math.floor(product / base);
                r[i + j] = product - carry * base;
                r[i + j + 1] += carry;
            }
        }
        trim(r);
        return r;
    }

    function multiplySmall(a, b) { // assumes a is array, b is number with |b| < BASE
        var l = a.length,
            r = new Array(l),
            base = BASE,
            carry = 0,
            product, i;
        for (i = 0; i < l; i++) {
            product = a[i] * b + carry;
            carry = Math.floor(product / base);
            r[i] = product - carry * base;
        }
        while (carry > 0) {
            r[i++] = carry % base;
            carry = Math.floor(carry / base);
        }
        return r;
    }

    function shiftLeft(x, n) {
        var r = [];
        while (n-- > 0) r.push(0);
        return r.concat(x);
    }

    function multiplyKaratsuba(x, y) {
        var n = Math.max(x.length, y.length);

        if (n <= 30) return multiplyLong(x, y);
        n = Math.ceil(n / 2);

        var b = x.slice(n),
            a = x.slice(0, n),
            d = y.slice(n),
            c = y.slice(0, n);

        var ac = multiplyKaratsuba(a, c),
            bd = multiplyKaratsuba(b, d),
            abcd = multiplyKaratsuba(addAny(a, b), addAny(c, d));

        var product = addAny(addAny(ac, shiftLeft(subtract(subtract(abcd, ac), bd), n)), shiftLeft(bd, 2 * n));
        trim(product);
        return product;
    }

    // The following function is derived from a surface fit of a graph plotting the performance difference
    // between long multiplication and karatsuba multiplication versus the lengths of the two arrays.
    function useKaratsuba(l1, l2) {
        return -0.012 * l1 - 0.012 * l2 + 0.000015 * l1 * l2 > 0;
    }

    BigInteger.prototype.multiply = function (v) {
        var n = parseValue(v),
            a = this.value, b = n.value,
            sign = this.sign !== n.sign,
            abs;
        if (n.isSmall) {
            if (b === 0) return Integer[0];
            if (b === 1) return this;
            if (b === -1) return this.negate();
            abs = Math.abs(b);
            if (abs < BASE) {
                return new BigInteger(multiplySmall(a, abs), sign);
            }
            b = smallToArray(abs);
        }
        if (useKaratsuba(a.length, b.length)) // Karatsuba is only faster for certain array sizes
            return new BigInteger(multiplyKaratsuba(a, b), sign);
        return new BigInteger(multiplyLong(a, b), sign);
    };

    BigInteger.prototype.times = BigInteger.prototype.multiply;

    function multiplySmallAndArray(a, b, sign) { // a >= 0
        if (a < BASE) {
            return new BigInteger(multiplySmall(b, a), sign);
        }
        return new BigInteger(multiplyLong(b, smallToArray(a)), sign);
    }
    SmallInteger.prototype._multiplyBySmall = function (a) {
        if (isPrecise(a.value * this.value)) {
            return new SmallInteger(a.value * this.value);
        }
        return multiplySmallAndArray(Math.abs(a.value), smallToArray(Math.abs(this.value)), this.sign !== a.sign);
    };
    BigInteger.prototype._multiplyBySmall = function (a) {
        if (a.value === 0) return Integer[0];
        if (a.value === 1) return this;
        if (a.value === -1) return this.negate();
        return multiplySmallAndArray(Math.abs(a.value), this.value, this.sign !== a.sign);
    };
    SmallInteger.prototype.multiply = function (v) {
        return parseValue(v)._multiplyBySmall(this);
    };
    SmallInteger.prototype.times = SmallInteger.prototype.multiply;

    NativeBigInt.prototype.multiply = function (v) {
        return new NativeBigInt(this.value * parseValue(v).value);
    }
    NativeBigInt.prototype.times = NativeBigInt.prototype.multiply;

    function square(a) {
        //console.assert(2 * BASE * BASE < MAX_INT);
        var l = a.length,
            r = createArray(l + l),
            base = BASE,
            product, carry, i, a_i, a_j;
        for (i = 0; i < l; i++) {
            a_i = a[i];
            carry = 0 - a_i * a_i;
            for (var j = i; j < l; j++) {
                a_j = a[j];
                product = 2 * (a_i * a_j) + r[i + j] + carry;
                carry = Math.floor(product / base);
                r[i + j] = product - carry * base;
            }
            r[i + l] = carry;
        }
        trim(r);
        return r;
    }

    BigInteger.prototype.square = function () {
        return new BigInteger(square(this.value), false);
    };

    SmallInteger.prototype.square = function () {
        var value = this.value * this.value;
        if (isPrecise(value)) return new SmallInteger(value);
        return new BigInteger(square(smallToArray(Math.abs(this.value))), false);
    };

    NativeBigInt.prototype.square = function (v) {
        return new NativeBigInt(this.value * this.value);
    }

    function divMod1(a, b) { // Left over from previous version. Performs faster than divMod2 on smaller input sizes.
        var a_l = a.length,
            b_l = b.length,
            base = BASE,
            result = createArray(b.length),
            divisorMostSignificantDigit = b[b_l - 1],
            // normalization
            lambda = Math.ceil(base / (2 * divisorMostSignificantDigit)),
            remainder = multiplySmall(a, lambda),
            divisor = multiplySmall(b, lambda),
            quotientDigit, shift, carry, borrow, i, l, q;
        if (remainder.length <= a_l) remainder.push(0);
        divisor.push(0);
        divisorMostSignificantDigit = divisor[b_l - 1];
        for (shift = a_l - b_l; shift >= 0; shift--) {
            quotientDigit = base - 1;
            if (remainder[shift + b_l] !== divisorMostSignificantDigit) {
                quotientDigit = Math.floor((remainder[shift + b_l] * base + remainder[shift + b_l - 1]) / divisorMostSignificantDigit);
            }
            // quotientDigit <= base - 1
            carry = 0;
            borrow = 0;
            l = divisor.length;
            for (i = 0; i < l; i++) {
                carry += quotientDigit * divisor[i];
                q = Math.floor(carry / base);
                borrow += remainder[shift + i] - (carry - q * base);
                carry = q;
                if (borrow < 0) {
                    remainder[shift + i] = borrow + base;
                    borrow = -1;
                } else {
                    remainder[shift + i] = borrow;
                    borrow = 0;
                }
            }
            while (borrow !== 0) {
                quotientDigit -= 1;
                carry = 0;
                for (i = 0; i < l; i++) {
                    carry += remainder[shift + i] - base + divisor[i];
                    if (carry < 0) {
                        remainder[shift + i] = carry + base;
                        carry = 0;
                    } else {
                        remainder[shift + i] = carry;
                        carry = 1;
                    }
                }
                borrow += carry;
            }
            result[shift] = quotientDigit;
        }
        // denormalization
        remainder = divModSmall(remainder, lambda)[0];
        return [arrayToSmall(result), arrayToSmall(remainder)];
    }

    function divMod2(a, b) { // Implementation idea shamelessly stolen from Silent Matt's library http://silentmatt.com/biginteger/
        // Performs faster than divMod1 on larger input sizes.
        var a_l = a.length,
            b_l = b.length,
            result = [],
            part = [],
            base = BASE,
            guess, xlen, highx, highy, check;
        while (a_l) {
            part.unshift(a[--a_l]);
            trim(part);
            if (compareAbs(part, b) < 0) {
                result.push(0);
                continue;
            }
            xlen = part.length;
            highx = part[xlen - 1] * base + part[xlen - 2];
            highy = b[b_l - 1] * base + b[b_l - 2];
            if (xlen > b_l) {
                highx = (highx + 1) * base;
            }
            guess = Math.ceil(highx / highy);
            do {
                check = multiplySmall(b, guess);
                if (compareAbs(check, part) <= 0) break;
                guess--;
            } while (guess);
            result.push(guess);
            part = subtract(part, check);
        }
        result.reverse();
        return [arrayToSmall(result), arrayToSmall(part)];
    }

    function divModSmall(value, lambda) {
        var length = value.length,
            quotient = createArray(length),
            base = BASE,
            i, q, remainder, divisor;
        remainder = 0;
        for (i = length - 1; i >= 0; --i) {
            divisor = remainder * base + value[i];
            q = truncate(divisor / lambda);
            remainder = divisor - q * lambda;
            quotient[i] = q | 0;
        }
        return [quotient, remainder | 0];
    }

    function divModAny(self, v) {
        var value, n = parseValue(v);
        if (supportsNativeBigInt) {
            return [new NativeBigInt(self.value / n.value), new NativeBigInt(self.value % n.value)];
        }
        var a = self.value, b = n.value;
        var quotient;
        if (b === 0) throw new Error("Cannot divide by zero");
        if (self.isSmall) {
            if (n.isSmall) {
                return [new SmallInteger(truncate(a / b)), new SmallInteger(a % b)];
            }
            return [Integer[0], self];
        }
        if (n.isSmall) {
            if (b === 1) return [self, Integer[0]];
            if (b == -1) return [self.negate(), Integer[0]];
            var abs = Math.abs(b);
            if (abs < BASE) {
                value = divModSmall(a, abs);
                quotient = arrayToSmall(value[0]);
                var remainder = value[1];
                if (self.sign) remainder = -remainder;
                if (typeof quotient === "number") {
                    if (self.sign !== n.sign) quotient = -quotient;
                    return [new SmallInteger(quotient), new SmallInteger(remainder)];
                }
                return [new BigInteger(quotient, self.sign !== n.sign), new SmallInteger(remainder)];
            }
            b = smallToArray(abs);
        }
        var comparison = compareAbs(a, b);
        if (comparison === -1) return [Integer[0], self];
        if (comparison === 0) return [Integer[self.sign === n.sign ? 1 : -1], Integer[0]];

        // divMod1 is faster on smaller input sizes
        if (a.length + b.length <= 200)
            value = divMod1(a, b);
        else value = divMod2(a, b);

        quotient = value[0];
        var qSign = self.sign !== n.sign,
            mod = value[1],
            mSign = self.sign;
        if (typeof quotient === "number") {
            if (qSign) quotient = -quotient;
            quotient = new SmallInteger(quotient);
        } else quotient = new BigInteger(quotient, qSign);
        if (typeof mod === "number") {
            if (mSign) mod = -mod;
            mod = new SmallInteger(mod);
        } else mod = new BigInteger(mod, mSign);
        return [quotient, mod];
    }

    BigInteger.prototype.divmod = function (v) {
        var result = divModAny(this, v);
        return {
            quotient: result[0],
            remainder: result[1]
        };
    };
    NativeBigInt.prototype.divmod = SmallInteger.prototype.divmod = BigInteger.prototype.divmod;


    BigInteger.prototype.divide = function (v) {
        return divModAny(this, v)[0];
    };
    NativeBigInt.prototype.over = NativeBigInt.prototype.divide = function (v) {
        return new NativeBigInt(this.value / parseValue(v).value);
    };
    SmallInteger.prototype.over = SmallInteger.prototype.divide = BigInteger.prototype.over = BigInteger.prototype.divide;

    BigInteger.prototype.mod = function (v) {
        return divModAny(this, v)[1];
    };
    NativeBigInt.prototype.mod = NativeBigInt.prototype.remainder = function (v) {
        return new NativeBigInt(this.value % parseValue(v).value);
    };
    SmallInteger.prototype.remainder = SmallInteger.prototype.mod = BigInteger.prototype.remainder = BigInteger.prototype.mod;

    BigInteger.prototype.pow = function (v) {
        var n = parseValue(v),
            a = this.value,
            b = n.value,
            value, x, y;
        if (b === 0) return Integer[1];
        if (a === 0) return Integer[0];
        if (a === 1) return Integer[1];
        if (a === -1) return n.isEven() ? Integer[1] : Integer[-1];
        if (n.sign) {
            return Integer[0];
        }
        if (!n.isSmall) throw new Error("The exponent " + n.toString() + " is too large.");
        if (this.isSmall) {
            if (isPrecise(value = Math.pow(a, b)))
                return new SmallInteger(truncate(value));
        }
        x = this;
        y = Integer[1];
        while (true) {
            if (b & 1 === 1) {
                y = y.times(x);
                --b;
            }
            if (b === 0) break;
            b /= 2;
            x = x.square();
        }
        return y;
    };
    SmallInteger.prototype.pow = BigInteger.prototype.pow;

    NativeBigInt.prototype.pow = function (v) {
        var n = parseValue(v);
        var a = this.value, b = n.value;
        var _0 = BigInt(0), _1 = BigInt(1), _2 = BigInt(2);
        if (b === _0) return Integer[1];
        if (a === _0) return Integer[0];
        if (a === _1) return Integer[1];
        if (a === BigInt(-1)) return n.isEven() ? Integer[1] : Integer[-1];
        if (n.isNegative()) return new NativeBigInt(_0);
        var x = this;
        var y = Integer[1];
        while (true) {
            if ((b & _1) === _1) {
                y = y.times(x);
                --b;
            }
            if (b === _0) break;
            b /= _2;
            x = x.square();
        }
        return y;
    }

    BigInteger.prototype.modPow = function (exp, mod) {
        exp = parseValue(exp);
        mod = parseValue(mod);
        if (mod.isZero()) throw new Error("Cannot take modPow with modulus 0");
        var r = Integer[1],
            base = this.mod(mod);
        if (exp.isNegative()) {
            exp = exp.multiply(Integer[-1]);
            base = base.modInv(mod);
        }
        while (exp.isPositive()) {
            if (base.isZero()) return Integer[0];
            if (exp.isOdd()) r = r.multiply(base).mod(mod);
            exp = exp.divide(2);
            base = base.square().mod(mod);
        }
        return r;
    };
    NativeBigInt.prototype.modPow = SmallInteger.prototype.modPow = BigInteger.prototype.modPow;

    function compareAbs(a, b) {
        if (a.length !== b.length) {
            return a.length > b.length ? 1 : -1;
        }
        for (var i = a.length - 1; i >= 0; i--) {
            if (a[i] !== b[i]) return a[i] > b[i] ? 1 : -1;
        }
        return 0;
    }

    BigInteger.prototype.compareAbs = function (v) {
        var n = parseValue(v),
            a = this.value,
            b = n.value;
        if (n.isSmall) return 1;
        return compareAbs(a, b);
    };
    SmallInteger.prototype.compareAbs = function (v) {
        var n = parseValue(v),
            a = Math.abs(this.value),
            b = n.value;
        if (n.isSmall) {
            b = Math.abs(b);
            return a === b ? 0 : a > b ? 1 : -1;
        }
        return -1;
    };
    NativeBigInt.prototype.compareAbs = function (v) {
        var a = this.value;
        var b = parseValue(v).value;
        a = a >= 0 ? a : -a;
        b = b >= 0 ? b : -b;
        return a === b ? 0 : a > b ? 1 : -1;
    }

    BigInteger.prototype.compare = function (v) {
        // See discussion about comparison with Infinity:
        // https://github.com/peterolson/BigInteger.js/issues/61
        if (v === Infinity) {
            return -1;
        }
        if (v === -Infinity) {
            return 1;
        }

        var n = parseValue(v),
            a = this.value,
            b = n.value;
        if (this.sign !== n.sign) {
            return n.sign ? 1 : -1;
        }
        if (n.isSmall) {
            return this.sign ? -1 : 1;
        }
        return compareAbs(a, b) * (this.sign ? -1 : 1);
    };
    BigInteger.prototype.compareTo = BigInteger.prototype.compare;

    SmallInteger.prototype.compare = function (v) {
        if (v === Infinity) {
            return -1;
        }
        if (v === -Infinity) {
            return 1;
        }

        var n = parseValue(v),
            a = this.value,
            b = n.value;
        if (n.isSmall) {
            return a == b ? 0 : a > b ? 1 : -1;
        }
        if (a < 0 !== n.sign) {
            return a < 0 ? -1 : 1;
        }
        return a < 0 ? 1 : -1;
    };
    SmallInteger.prototype.compareTo = SmallInteger.prototype.compare;

    NativeBigInt.prototype.compare = function (v) {
        if (v === Infinity) {
            return -1;
        }
        if (v === -Infinity) {
            return 1;
        }
        var a = this.value;
        var b = parseValue(v).value;
        return a === b ? 0 : a > b ? 1 : -1;
    }
    NativeBigInt.prototype.compareTo = NativeBigInt.prototype.compare;

    BigInteger.prototype.equals = function (v) {
        return this.compare(v) === 0;
    };
    NativeBigInt.prototype.eq = NativeBigInt.prototype.equals = SmallInteger.prototype.eq = SmallInteger.prototype.equals = BigInteger.prototype.eq = BigInteger.prototype.equals;

    BigInteger.prototype.notEquals = function (v) {
        return this.compare(v) !== 0;
    };
    NativeBigInt.prototype.neq = NativeBigInt.prototype.notEquals = SmallInteger.prototype.neq = SmallInteger.prototype.notEquals = BigInteger.prototype.neq = BigInteger.prototype.notEquals;

    BigInteger.prototype.greater = function (v) {
        return this.compare(v) > 0;
    };
    NativeBigInt.prototype.gt = NativeBigInt.prototype.greater = SmallInteger.prototype.gt = SmallInteger.prototype.greater = BigInteger.prototype.gt = BigInteger.prototype.greater;

    BigInteger.prototype.lesser = function (v) {
        return this.compare(v) < 0;
    };
    NativeBigInt.prototype.lt = NativeBigInt.prototype.lesser = SmallInteger.prototype.lt = SmallInteger.prototype.lesser = BigInteger.prototype.lt = BigInteger.prototype.lesser;

    BigInteger.prototype.greaterOrEquals = function (v) {
        return this.compare(v) >= 0;
    };
    NativeBigInt.prototype.geq = NativeBigInt.prototype.greaterOrEquals = SmallInteger.prototype.geq = SmallInteger.prototype.greaterOrEquals = BigInteger.prototype.geq = BigInteger.prototype.greaterOrEquals;

    BigInteger.prototype.lesserOrEquals = function (v) {
        return this.compare(v) <= 0;
    };
    NativeBigInt.prototype.leq = NativeBigInt.prototype.lesserOrEquals = SmallInteger.prototype.leq = SmallInteger.prototype.lesserOrEquals = BigInteger.prototype.leq = BigInteger.prototype.lesserOrEquals;

    BigInteger.prototype.isEven = function () {
        return (this.value[0] & 1) === 0;
    };
    SmallInteger.prototype.isEven = function () {
        return (this.value & 1) === 0;
    };
    NativeBigInt.prototype.isEven = function () {
        return (this.value & BigInt(1)) === BigInt(0);
    }

    BigInteger.prototype.isOdd = function () {
        return (this.value[0] & 1) === 1;
    };
    SmallInteger.prototype.isOdd = function () {
        return (this.value & 1) === 1;
    };
    NativeBigInt.prototype.isOdd = function () {
        return (this.value & BigInt(1)) === BigInt(1);
    }

    BigInteger.prototype.isPositive = function () {
        return !this.sign;
    };
    SmallInteger.prototype.isPositive = function () {
        return this.value > 0;
    };
    NativeBigInt.prototype.isPositive = SmallInteger.prototype.isPositive;

    BigInteger.prototype.isNegative = function () {
        return this.sign;
    };
    SmallInteger.prototype.isNegative = function () {
        return this.value < 0;
    };
    NativeBigInt.prototype.isNegative = SmallInteger.prototype.isNegative;

    BigInteger.prototype.isUnit = function () {
        return false;
    };
    SmallInteger.prototype.isUnit = function () {
        return Math.abs(this.value) === 1;
    };
    NativeBigInt.prototype.isUnit = function () {
        return this.abs().value === BigInt(1);
    }

    BigInteger.prototype.isZero = function () {
        return false;
    };
    SmallInteger.prototype.isZero = function () {
        return this.value === 0;
    };
    NativeBigInt.prototype.isZero = function () {
        return this.value === BigInt(0);
    }

    BigInteger.prototype.isDivisibleBy = function (v) {
        var n = parseValue(v);
        if (n.isZero()) return false;
        if (n.isUnit()) return true;
        if (n.compareAbs(2) === 0) return this.isEven();
        return this.mod(n).isZero();
    };
    NativeBigInt.prototype.isDivisibleBy = SmallInteger.prototype.isDivisibleBy = BigInteger.prototype.isDivisibleBy;

    function isBasicPrime(v) {
        var n = v.abs();
        if (n.isUnit()) return false;
        if (n.equals(2) || n.equals(3) || n.equals(5)) return true;
        if (n.isEven() || n.isDivisibleBy(3) || n.isDivisibleBy(5)) return false;
        if (n.lesser(49)) return true;
        // we don't know if it's prime: let the other functions figure it out
    }

    function millerRabinTest(n, a) {
        var nPrev = n.prev(),
            b = nPrev,
            r = 0,
            d, t, i, x;
        while (b.isEven()) b = b.divide(2), r++;
        next: for (i = 0; i < a.length; i++) {
            if (n.lesser(a[i])) continue;
            x = bigInt(a[i]).modPow(b, n);
            if (x.isUnit() || x.equals(nPrev)) continue;
            for (d = r - 1; d != 0; d--) {
                x = x.square().mod(n);
                if (x.isUnit()) return false;
                if (x.equals(nPrev)) continue next;
            }
            return false;
        }
        return true;
    }

    // Set "strict" to true to force GRH-supported lower bound of 2*log(N)^2
    BigInteger.prototype.isPrime = function (strict) {
        var isPrime = isBasicPrime(this);
        if (isPrime !== undefined) return isPrime;
        var n = this.abs();
        var bits = n.bitLength();
        if (bits <= 64)
            return millerRabinTest(n, [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]);
        var logN = Math.log(2) * bits.toJSNumber();
        var t = Math.ceil((strict === true) ? (2 * Math.pow(logN, 2)) : logN);
        for (var a = [], i = 0; i < t; i++) {
            a.push(bigInt(i + 2));
        }
        return millerRabinTest(n, a);
    };
    NativeBigInt.prototype.isPrime = SmallInteger.prototype.isPrime = BigInteger.prototype.isPrime;

    BigInteger.prototype.isProbablePrime = function (iterations, rng) {
        var isPrime = isBasicPrime(this);
        if (isPrime !== undefined) return isPrime;
        var n = this.abs();
        var t = iterations === undefined ? 5 : iterations;
        for (var a = [], i = 0; i < t; i++) {
            a.push(bigInt.randBetween(2, n.minus(2), rng));
        }
        return millerRabinTest(n, a);
    };
    NativeBigInt.prototype.isProbablePrime = SmallInteger.prototype.isProbablePrime = BigInteger.prototype.isProbablePrime;

    BigInteger.prototype.modInv = function (n) {
        var t = bigInt.zero, newT = bigInt.one, r = parseValue(n), newR = this.abs(), q, lastT, lastR;
        while (!newR.isZero()) {
            q = r.divide(newR);
            lastT = t;
            lastR = r;
            t = newT;
            r = newR;
            newT = lastT.subtract(q.multiply(newT));
            newR = lastR.subtract(q.multiply(newR));
        }
        if (!r.isUnit()) throw new Error(this.toString() + " and " + n.toString() + " are not co-prime");
        if (t.compare(0) === -1) {
            t = t.add(n);
        }
        if (this.isNegative()) {
            return t.negate();
        }
        return t;
    };

    NativeBigInt.prototype.modInv = SmallInteger.prototype.modInv = BigInteger.prototype.modInv;

    BigInteger.prototype.next = function () {
        var value = this.value;
        if (this.sign) {
            return subtractSmall(value, 1, this.sign);
        }
        return new BigInteger(addSmall(value, 1), this.sign);
    };
    SmallInteger.prototype.next = function () {
        var value = this.value;
        if (value + 1 < MAX_INT) return new SmallInteger(value + 1);
        return new BigInteger(MAX_INT_ARR, false);
    };
    NativeBigInt.prototype.next = function () {
        return new NativeBigInt(this.value + BigInt(1));
    }

    BigInteger.prototype.prev = function () {
        var value = this.value;
        if (this.sign) {
            return new BigInteger(addSmall(value, 1), true);
        }
        return subtractSmall(value, 1, this.sign);
    };
    SmallInteger.prototype.prev = function () {
        var value = this.value;
        if (value - 1 > -MAX_INT) return new SmallInteger(value - 1);
        return new BigInteger(MAX_INT_ARR, true);
    };
    NativeBigInt.prototype.prev = function () {
        return new NativeBigInt(this.value - BigInt(1));
    }

    var powersOfTwo = [1];
    while (2 * powersOfTwo[powersOfTwo.length - 1] <= BASE) powersOfTwo.push(2 * powersOfTwo[powersOfTwo.length - 1]);
    var powers2Length = powersOfTwo.length, highestPower2 = powersOfTwo[powers2Length - 1];

    function shift_isSmall(n) {
        return Math.abs(n) <= BASE;
    }

    BigInteger.prototype.shiftLeft = function (v) {
        var n = parseValue(v).toJSNumber();
        if (!shift_isSmall(n)) {
            throw new Error(String(n) + " is too large for shifting.");
        }
        if (n < 0) return this.shiftRight(-n);
        var result = this;
        if (result.isZero()) return result;
        while (n >= powers2Length) {
            result = result.multiply(highestPower2);
            n -= powers2Length - 1;
        }
        return result.multiply(powersOfTwo[n]);
    };
    NativeBigInt.prototype.shiftLeft = SmallInteger.prototype.shiftLeft = BigInteger.prototype.shiftLeft;

    BigInteger.prototype.shiftRight = function (v) {
        var remQuo;
        var n = parseValue(v).toJSNumber();
        if (!shift_isSmall(n)) {
            throw new Error(String(n) + " is too large for shifting.");
        }
        if (n < 0) return this.shiftLeft(-n);
        var result = this;
        while (n >= powers2Length) {
            if (result.isZero() || (result.isNegative() && result.isUnit())) return result;
            remQuo = divModAny(result, highestPower2);
            result = remQuo[1].isNegative() ? remQuo[0].prev() : remQuo[0];
            n -= powers2Length - 1;
        }
        remQuo = divModAny(result, powersOfTwo[n]);
        return remQuo[1].isNegative() ? remQuo[0].prev() : remQuo[0];
    };
    NativeBigInt.prototype.shiftRight = SmallInteger.prototype.shiftRight = BigInteger.prototype.shiftRight;

    function bitwise(x, y, fn) {
        y = parseValue(y);
        var xSign = x.isNegative(), ySign = y.isNegative();
        var xRem = xSign ? x.not() : x,
            yRem = ySign ? y.not() : y;
        var xDigit = 0, yDigit = 0;
        var xDivMod = null, yDivMod = null;
        var result = [];
        while (!xRem.isZero() || !yRem.isZero()) {
            xDivMod = divModAny(xRem, highestPower2);
            xDigit = xDivMod[1].toJSNumber();
            if (xSign) {
                xDigit = highestPower2 - 1 - xDigit; // two's complement for negative numbers
            }

            yDivMod = divModAny(yRem, highestPower2);
            yDigit = yDivMod[1].toJSNumber();
            if (ySign) {
                yDigit = highestPower2 - 1 - yDigit; // two's complement for negative numbers
            }

            xRem = xDivMod[0];
            yRem = yDivMod[0];
            result.push(fn(xDigit, yDigit));
        }
        var sum = fn(xSign ? 1 : 0, ySign ? 1 : 0) !== 0 ? bigInt(-1) : bigInt(0);
        for (var i = result.length - 1; i >= 0; i -= 1) {
            sum = sum.multiply(highestPower2).add(bigInt(result[i]));
        }
        return sum;
    }

    BigInteger.prototype.not = function () {
        return this.negate().prev();
    };
    NativeBigInt.prototype.not = SmallInteger.prototype.not = BigInteger.prototype.not;

    BigInteger.prototype.and = function (n) {
        return bitwise(this, n, function (a, b) { return a & b; });
    };
    NativeBigInt.prototype.and = SmallInteger.prototype.and = BigInteger.prototype.and;

    BigInteger.prototype.or = function (n) {
        return bitwise(this, n, function (a, b) { return a | b; });
    };
    NativeBigInt.prototype.or = SmallInteger.prototype.or = BigInteger.prototype.or;

    BigInteger.prototype.xor = function (n) {
        return bitwise(this, n, function (a, b) { return a ^ b; });
    };
    NativeBigInt.prototype.xor = SmallInteger.prototype.xor = BigInteger.prototype.xor;

    var LOBMASK_I = 1 << 30, LOBMASK_BI = (BASE & -BASE) * (BASE & -BASE) | LOBMASK_I;
    function roughLOB(n) { // get lowestOneBit (rough)
        // SmallInteger: return Min(lowestOneBit(n), 1 << 30)
        // BigInteger: return Min(lowestOneBit(n), 1 << 14) [BASE=1e7]
        var v = n.value,
            x = typeof v === "number" ? v | LOBMASK_I :
                typeof v === "bigint" ? v | BigInt(LOBMASK_I) :
                    v[0] + v[1] * BASE | LOBMASK_BI;
        return x & -x;
    }

    function integerLogarithm(value, base) {
        if (base.compareTo(value) <= 0) {
            var tmp = integerLogarithm(value, base.square(base));
            var p = tmp.p;
            var e = tmp.e;
            var t = p.multiply(base);
            return t.compareTo(value) <= 0 ? { p: t, e: e * 2 + 1 } : { p: p, e: e * 2 };
        }
        return { p: bigInt(1), e: 0 };
    }

    BigInteger.prototype.bitLength = function () {
        var n = this;
        if (n.compareTo(bigInt(0)) < 0) {
            n = n.negate().subtract(bigInt(1));
        }
        if (n.compareTo(bigInt(0)) === 0) {
            return bigInt(0);
        }
        return bigInt(integerLogarithm(n, bigInt(2)).e).add(bigInt(1));
    }
    NativeBigInt.prototype.bitLength = SmallInteger.prototype.bitLength = BigInteger.prototype.bitLength;

    function max(a, b) {
        a = parseValue(a);
        b = parseValue(b);
        return a.greater(b) ? a : b;
    }
    function min(a, b) {
        a = parseValue(a);
        b = parseValue(b);
        return a.lesser(b) ? a : b;
    }
    function gcd(a, b) {
        a = parseValue(a).abs();
        b = parseValue(b).abs();
        if (a.equals(b)) return a;
        if (a.isZero()) return b;
        if (b.isZero()) return a;
        var c = Integer[1], d, t;
        while (a.isEven() && b.isEven()) {
            d = min(roughLOB(a), roughLOB(b));
            a = a.divide(d);
            b = b.divide(d);
            c = c.multiply(d);
        }
        while (a.isEven()) {
            a = a.divide(roughLOB(a));
        }
        do {
            while (b.isEven()) {
                b = b.divide(roughLOB(b));
            }
            if (a.greater(b)) {
                t = b; b = a; a = t;
            }
            b = b.subtract(a);
        } while (!b.isZero());
        return c.isUnit() ? a : a.multiply(c);
    }
    function lcm(a, b) {
        a = parseValue(a).abs();
        b = parseValue(b).abs();
        return a.divide(gcd(a, b)).multiply(b);
    }
    function randBetween(a, b, rng) {
        a = parseValue(a);
        b = parseValue(b);
        var usedRNG = rng || Math.random;
        var low = min(a, b), high = max(a, b);
        var range = high.subtract(low).add(1);
        if (range.isSmall) return low.add(Math.floor(usedRNG() * range));
        var digits = toBase(range, BASE).value;
        var result = [], restricted = true;
        for (var i = 0; i < digits.length; i++) {
            var top = restricted ? digits[i] + (i + 1 < digits.length ? digits[i + 1] / BASE : 0) : BASE;
            var digit = truncate(usedRNG() * top);
            result.push(digit);
            if (digit < digits[i]) restricted = false;
        }
        return low.add(Integer.fromArray(result, BASE, false));
    }

    var parseBase = function (text, base, alphabet, caseSensitive) {
        alphabet = alphabet || DEFAULT_ALPHABET;
        text = String(text);
        if (!caseSensitive) {
            text = text.toLowerCase();
            alphabet = alphabet.toLowerCase();
        }
        var length = text.length;
        var i;
        var absBase = Math.abs(base);
        var alphabetValues = {};
        for (i = 0; i < alphabet.length; i++) {
            alphabetValues[alphabet[i]] = i;
        }
        for (i = 0; i < length; i++) {
            var c = text[i];
            if (c === "-") continue;
            if (c in alphabetValues) {
                if (alphabetValues[c] >= absBase) {
                    if (c === "1" && absBase === 1) continue;
                    throw new Error(c + " is not a valid digit in base " + base + ".");
                }
            }
        }
        base = parseValue(base);
        var digits = [];
        var isNegative = text[0] === "-";
        for (i = isNegative ? 1 : 0; i < text.length; i++) {
            var c = text[i];
            if (c in alphabetValues) digits.push(parseValue(alphabetValues[c]));
            else if (c === "<") {
                var start = i;
                do { i++; } while (text[i] !== ">" && i < text.length);
                digits.push(parseValue(text.slice(start + 1, i)));
            }
            else throw new Error(c + " is not a valid character");
        }
        return parseBaseFromArray(digits, base, isNegative);
    };

    function parseBaseFromArray(digits, base, isNegative) {
        var val = Integer[0], pow = Integer[1], i;
        for (i = digits.length - 1; i >= 0; i--) {
            val = val.add(digits[i].times(pow));
            pow = pow.times(base);
        }
        return isNegative ? val.negate() : val;
    }

    function stringify(digit, alphabet) {
        alphabet = alphabet || DEFAULT_ALPHABET;
        if (digit < alphabet.length) {
            return alphabet[digit];
        }
        return "<" + digit + ">";
    }

    function toBase(n, base) {
        base = bigInt(base);
        if (base.isZero()) {
            if (n.isZero()) return { value: [0], isNegative: false };
            throw new Error("Cannot convert nonzero numbers to base 0.");
        }
        if (base.equals(-1)) {
            if (n.isZero()) return { value: [0], isNegative: false };
            if (n.isNegative())
                return {
                    value: [].concat.apply([], Array.apply(null, Array(-n.toJSNumber()))
                        .map(Array.prototype.valueOf, [1, 0])
                    ),
                    isNegative: false
                };

            var arr = Array.apply(null, Array(n.toJSNumber() - 1))
                .map(Array.prototype.valueOf, [0, 1]);
            arr.unshift([1]);
            return {
                value: [].concat.apply([], arr),
                isNegative: false
            };
        }

        var neg = false;
        if (n.isNegative() && base.isPositive()) {
            neg = true;
            n = n.abs();
        }
        if (base.isUnit()) {
            if (n.isZero()) return { value: [0], isNegative: false };

            return {
                value: Array.apply(null, Array(n.toJSNumber()))
                    .map(Number.prototype.valueOf, 1),
                isNegative: neg
            };
        }
        var out = [];
        var left = n, divmod;
        while (left.isNegative() || left.compareAbs(base) >= 0) {
            divmod = left.divmod(base);
            left = divmod.quotient;
            var digit = divmod.remainder;
            if (digit.isNegative()) {
                digit = base.minus(digit).abs();
                left = left.next();
            }
            out.push(digit.toJSNumber());
        }
        out.push(left.toJSNumber());
        return { value: out.reverse(), isNegative: neg };
    }

    function toBaseString(n, base, alphabet) {
        var arr = toBase(n, base);
        return (arr.isNegative ? "-" : "") + arr.value.map(function (x) {
            return stringify(x, alphabet);
        }).join('');
    }

    BigInteger.prototype.toArray = function (radix) {
        return toBase(this, radix);
    };

    SmallInteger.prototype.toArray = function (radix) {
        return toBase(this, radix);
    };

    NativeBigInt.prototype.toArray = function (radix) {
        return toBase(this, radix);
    };

    BigInteger.prototype.toString = function (radix, alphabet) {
        if (radix === undefined) radix = 10;
        if (radix !== 10 || alphabet) return toBaseString(this, radix, alphabet);
        var v = this.value, l = v.length, str = String(v[--l]), zeros = "0000000", digit;
        while (--l >= 0) {
            digit = String(v[l]);
            str += zeros.slice(digit.length) + digit;
        }
        var sign = this.sign ? "-" : "";
        return sign + str;
    };

    SmallInteger.prototype.toString = function (radix, alphabet) {
        if (radix === undefined) radix = 10;
        if (radix != 10 || alphabet) return toBaseString(this, radix, alphabet);
        return String(this.value);
    };

    NativeBigInt.prototype.toString = SmallInteger.prototype.toString;

    NativeBigInt.prototype.toJSON = BigInteger.prototype.toJSON = SmallInteger.prototype.toJSON = function () { return this.toString(); }

    BigInteger.prototype.valueOf = function () {
        return parseInt(this.toString(), 10);
    };
    BigInteger.prototype.toJSNumber = BigInteger.prototype.valueOf;

    SmallInteger.prototype.valueOf = function () {
        return this.value;
    };
    SmallInteger.prototype.toJSNumber = SmallInteger.prototype.valueOf;
    NativeBigInt.prototype.valueOf = NativeBigInt.prototype.toJSNumber = function () {
        return parseInt(this.toString(), 10);
    }

    function parseStringValue(v) {
        if (isPrecise(+v)) {
            var x = +v;
            if (x === truncate(x))
                return supportsNativeBigInt ? new NativeBigInt(BigInt(x)) : new SmallInteger(x);
            throw new Error("Invalid integer: " + v);
        }
        var sign = v[0] === "-";
        if (sign) v = v.slice(1);
        var split = v.split(/e/i);
        if (split.length > 2) throw new Error("Invalid integer: " + split.join("e"));
        if (split.length === 2) {
            var exp = split[1];
            if (exp[0] === "+") exp = exp.slice(1);
            exp = +exp;
            if (exp !== truncate(exp) || !isPrecise(exp)) throw new Error("Invalid integer: " + exp + " is not a valid exponent.");
            var text = split[0];
            var decimalPlace = text.indexOf(".");
            if (decimalPlace >= 0) {
                exp -= text.length - decimalPlace - 1;
                text = text.slice(0, decimalPlace) + text.slice(decimalPlace + 1);
            }
            if (exp < 0) throw new Error("Cannot include negative exponent part for integers");
            text += (new Array(exp + 1)).join("0");
            v = text;
        }
        var isValid = /^([0-9][0-9]*)$/.test(v);
        if (!isValid) throw new Error("Invalid integer: " + v);
        if (supportsNativeBigInt) {
            return new NativeBigInt(BigInt(sign ? "-" + v : v));
        }
        var r = [], max = v.length, l = LOG_BASE, min = max - l;
        while (max > 0) {
            r.push(+v.slice(min, max));
            min -= l;
            if (min < 0) min = 0;
            max -= l;
        }
        trim(r);
        return new BigInteger(r, sign);
    }

    function parseNumberValue(v) {
        if (supportsNativeBigInt) {
            return new NativeBigInt(BigInt(v));
        }
        if (isPrecise(v)) {
            if (v !== truncate(v)) throw new Error(v + " is not an integer.");
            return new SmallInteger(v);
        }
        return parseStringValue(v.toString());
    }

    function parseValue(v) {
        if (typeof v === "number") {
            return parseNumberValue(v);
        }
        if (typeof v === "string") {
            return parseStringValue(v);
        }
        if (typeof v === "bigint") {
            return new NativeBigInt(v);
        }
        return v;
    }
    // Pre-define numbers in range [-999,999]
    for (var i = 0; i < 1000; i++) {
        Integer[i] = parseValue(i);
        if (i > 0) Integer[-i] = parseValue(-i);
    }
    // Backwards compatibility
    Integer.one = Integer[1];
    Integer.zero = Integer[0];
    Integer.minusOne = Integer[-1];
    Integer.max = max;
    Integer.min = min;
    Integer.gcd = gcd;
    Integer.lcm = lcm;
    Integer.isInstance = function (x) { return x instanceof BigInteger || x instanceof SmallInteger || x instanceof NativeBigInt; };
    Integer.randBetween = randBetween;

    Integer.fromArray = function (digits, base, isNegative) {
        return parseBaseFromArray(digits.map(parseValue), parseValue(base || 10), isNegative);
    };

    return Integer;
})();

// Node.js check
if ( true && module.hasOwnProperty("exports")) {
    module.exports = bigInt;
}

//amd check
if (typeof define === "function" && define.amd) {
    define( function () {
        return bigInt;
    });
}


/***/ }),

/***/ 80546:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const cp = __webpack_require__(35317);
const parse = __webpack_require__(97877);
const enoent = __webpack_require__(16469);

function spawn(command, args, options) {
    // Parse the arguments
    const parsed = parse(command, args, options);

    // Spawn the child process
    const spawned = cp.spawn(parsed.command, parsed.args, parsed.options);

    // Hook into child process "exit" event to emit an error if the command
    // does not exists, see: https://github.com/IndigoUnited/node-cross-spawn/issues/16
    enoent.hookChildProcess(spawned, parsed);

    return spawned;
}

function spawnSync(command, args, options) {
    // Parse the arguments
    const parsed = parse(command, args, options);

    // Spawn the child process
    const result = cp.spawnSync(parsed.command, parsed.args, parsed.options);

    // Analyze if the command does not exist, see: https://github.com/IndigoUnited/node-cross-spawn/issues/16
    result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);

    return result;
}

module.exports = spawn;
module.exports.spawn = spawn;
module.exports.sync = spawnSync;

module.exports._parse = parse;
module.exports._enoent = enoent;


/***/ }),

/***/ 16469:
/***/ ((module) => {



const isWin = process.platform === 'win32';

function notFoundError(original, syscall) {
    return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
        code: 'ENOENT',
        errno: 'ENOENT',
        syscall: `${syscall} ${original.command}`,
        path: original.command,
        spawnargs: original.args,
    });
}

function hookChildProcess(cp, parsed) {
    if (!isWin) {
        return;
    }

    const originalEmit = cp.emit;

    cp.emit = function (name, arg1) {
        // If emitting "exit" event and exit code is 1, we need to check if
        // the command exists and emit an "error" instead
        // See https://github.com/IndigoUnited/node-cross-spawn/issues/16
        if (name === 'exit') {
            const err = verifyENOENT(arg1, parsed);

            if (err) {
                return originalEmit.call(cp, 'error', err);
            }
        }

        return originalEmit.apply(cp, arguments); // eslint-disable-line prefer-rest-params
    };
}

function verifyENOENT(status, parsed) {
    if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, 'spawn');
    }

    return null;
}

function verifyENOENTSync(status, parsed) {
    if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, 'spawnSync');
    }

    return null;
}

module.exports = {
    hookChildProcess,
    verifyENOENT,
    verifyENOENTSync,
    notFoundError,
};


/***/ }),

/***/ 97877:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const path = __webpack_require__(16928);
const resolveCommand = __webpack_require__(64866);
const escape = __webpack_require__(2164);
const readShebang = __webpack_require__(70599);

const isWin = process.platform === 'win32';
const isExecutableRegExp = /\.(?:com|exe)$/i;
const isCmdShimRegExp = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;

function detectShebang(parsed) {
    parsed.file = resolveCommand(parsed);

    const shebang = parsed.file && readShebang(parsed.file);

    if (shebang) {
        parsed.args.unshift(parsed.file);
        parsed.command = shebang;

        return resolveCommand(parsed);
    }

    return parsed.file;
}

function parseNonShell(parsed) {
    if (!isWin) {
        return parsed;
    }

    // Detect & add support for shebangs
    const commandFile = detectShebang(parsed);

    // We don't need a shell if the command filename is an executable
    const needsShell = !isExecutableRegExp.test(commandFile);

    // If a shell is required, use cmd.exe and take care of escaping everything correctly
    // Note that `forceShell` is an hidden option used only in tests
    if (parsed.options.forceShell || needsShell) {
        // Need to double escape meta chars if the command is a cmd-shim located in `node_modules/.bin/`
        // The cmd-shim simply calls execute the package bin file with NodeJS, proxying any argument
        // Because the escape of metachars with ^ gets interpreted when the cmd.exe is first called,
        // we need to double escape them
        const needsDoubleEscapeMetaChars = isCmdShimRegExp.test(commandFile);

        // Normalize posix paths into OS compatible paths (e.g.: foo/bar -> foo\bar)
        // This is necessary otherwise it will always fail with ENOENT in those cases
        parsed.command = path.normalize(parsed.command);

        // Escape command & arguments
        parsed.command = escape.command(parsed.command);
        parsed.args = parsed.args.map((arg) => escape.argument(arg, needsDoubleEscapeMetaChars));

        const shellCommand = [parsed.command].concat(parsed.args).join(' ');

        parsed.args = ['/d', '/s', '/c', `"${shellCommand}"`];
        parsed.command = process.env.comspec || 'cmd.exe';
        parsed.options.windowsVerbatimArguments = true; // Tell node's spawn that the arguments are already escaped
    }

    return parsed;
}

function parse(command, args, options) {
    // Normalize arguments, similar to nodejs
    if (args && !Array.isArray(args)) {
        options = args;
        args = null;
    }

    args = args ? args.slice(0) : []; // Clone array to avoid changing the original
    options = Object.assign({}, options); // Clone object to avoid changing the original

    // Build our parsed object
    const parsed = {
        command,
        args,
        options,
        file: undefined,
        original: {
            command,
            args,
        },
    };

    // Delegate further parsing to shell or non-shell
    return options.shell ? parsed : parseNonShell(parsed);
}

module.exports = parse;


/***/ }),

/***/ 2164:
/***/ ((module) => {



// See http://www.robvanderwoude.com/escapechars.php
const metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;

function escapeCommand(arg) {
    // Escape meta chars
    arg = arg.replace(metaCharsRegExp, '^$1');

    return arg;
}

function escapeArgument(arg, doubleEscapeMetaChars) {
    // Convert to string
    arg = `${arg}`;

    // Algorithm below is based on https://qntm.org/cmd
    // It's slightly altered to disable JS backtracking to avoid hanging on specially crafted input
    // Please see https://github.com/moxystudio/node-cross-spawn/pull/160 for more information

    // Sequence of backslashes followed by a double quote:
    // double up all the backslashes and escape the double quote
    arg = arg.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');

    // Sequence of backslashes followed by the end of the string
    // (which will become a double quote later):
    // double up all the backslashes
    arg = arg.replace(/(?=(\\+?)?)\1$/, '$1$1');

    // All other backslashes occur literally

    // Quote the whole thing:
    arg = `"${arg}"`;

    // Escape meta chars
    arg = arg.replace(metaCharsRegExp, '^$1');

    // Double escape meta chars if necessary
    if (doubleEscapeMetaChars) {
        arg = arg.replace(metaCharsRegExp, '^$1');
    }

    return arg;
}

module.exports.command = escapeCommand;
module.exports.argument = escapeArgument;


/***/ }),

/***/ 70599:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const fs = __webpack_require__(79896);
const shebangCommand = __webpack_require__(79152);

function readShebang(command) {
    // Read the first 150 bytes from the file
    const size = 150;
    const buffer = Buffer.alloc(size);

    let fd;

    try {
        fd = fs.openSync(command, 'r');
        fs.readSync(fd, buffer, 0, size, 0);
        fs.closeSync(fd);
    } catch (e) { /* Empty */ }

    // Attempt to extract shebang (null is returned if not a shebang)
    return shebangCommand(buffer.toString());
}

module.exports = readShebang;


/***/ }),

/***/ 64866:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const path = __webpack_require__(16928);
const which = __webpack_require__(26848);
const getPathKey = __webpack_require__(56689);

function resolveCommandAttempt(parsed, withoutPathExt) {
    const env = parsed.options.env || process.env;
    const cwd = process.cwd();
    const hasCustomCwd = parsed.options.cwd != null;
    // Worker threads do not have process.chdir()
    const shouldSwitchCwd = hasCustomCwd && process.chdir !== undefined && !process.chdir.disabled;

    // If a custom `cwd` was specified, we need to change the process cwd
    // because `which` will do stat calls but does not support a custom cwd
    if (shouldSwitchCwd) {
        try {
            process.chdir(parsed.options.cwd);
        } catch (err) {
            /* Empty */
        }
    }

    let resolved;

    try {
        resolved = which.sync(parsed.command, {
            path: env[getPathKey({ env })],
            pathExt: withoutPathExt ? path.delimiter : undefined,
        });
    } catch (e) {
        /* Empty */
    } finally {
        if (shouldSwitchCwd) {
            process.chdir(cwd);
        }
    }

    // If we successfully resolved, ensure that an absolute path is returned
    // Note that when a custom `cwd` was used, we need to resolve to an absolute path based on it
    if (resolved) {
        resolved = path.resolve(hasCustomCwd ? parsed.options.cwd : '', resolved);
    }

    return resolved;
}

function resolveCommand(parsed) {
    return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
}

module.exports = resolveCommand;


/***/ }),

/***/ 72940:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var fs = __webpack_require__(79896)
var core
if (process.platform === 'win32' || global.TESTING_WINDOWS) {
  core = __webpack_require__(59225)
} else {
  core = __webpack_require__(81025)
}

module.exports = isexe
isexe.sync = sync

function isexe (path, options, cb) {
  if (typeof options === 'function') {
    cb = options
    options = {}
  }

  if (!cb) {
    if (typeof Promise !== 'function') {
      throw new TypeError('callback not provided')
    }

    return new Promise(function (resolve, reject) {
      isexe(path, options || {}, function (er, is) {
        if (er) {
          reject(er)
        } else {
          resolve(is)
        }
      })
    })
  }

  core(path, options || {}, function (er, is) {
    // ignore EACCES because that just means we aren't allowed to run it
    if (er) {
      if (er.code === 'EACCES' || options && options.ignoreErrors) {
        er = null
        is = false
      }
    }
    cb(er, is)
  })
}

function sync (path, options) {
  // my kingdom for a filtered catch
  try {
    return core.sync(path, options || {})
  } catch (er) {
    if (options && options.ignoreErrors || er.code === 'EACCES') {
      return false
    } else {
      throw er
    }
  }
}


/***/ }),

/***/ 81025:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = isexe
isexe.sync = sync

var fs = __webpack_require__(79896)

function isexe (path, options, cb) {
  fs.stat(path, function (er, stat) {
    cb(er, er ? false : checkStat(stat, options))
  })
}

function sync (path, options) {
  return checkStat(fs.statSync(path), options)
}

function checkStat (stat, options) {
  return stat.isFile() && checkMode(stat, options)
}

function checkMode (stat, options) {
  var mod = stat.mode
  var uid = stat.uid
  var gid = stat.gid

  var myUid = options.uid !== undefined ?
    options.uid : process.getuid && process.getuid()
  var myGid = options.gid !== undefined ?
    options.gid : process.getgid && process.getgid()

  var u = parseInt('100', 8)
  var g = parseInt('010', 8)
  var o = parseInt('001', 8)
  var ug = u | g

  var ret = (mod & o) ||
    (mod & g) && gid === myGid ||
    (mod & u) && uid === myUid ||
    (mod & ug) && myUid === 0

  return ret
}


/***/ }),

/***/ 59225:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = isexe
isexe.sync = sync

var fs = __webpack_require__(79896)

function checkPathExt (path, options) {
  var pathext = options.pathExt !== undefined ?
    options.pathExt : process.env.PATHEXT

  if (!pathext) {
    return true
  }

  pathext = pathext.split(';')
  if (pathext.indexOf('') !== -1) {
    return true
  }
  for (var i = 0; i < pathext.length; i++) {
    var p = pathext[i].toLowerCase()
    if (p && path.substr(-p.length).toLowerCase() === p) {
      return true
    }
  }
  return false
}

function checkStat (stat, path, options) {
  if (!stat.isSymbolicLink() && !stat.isFile()) {
    return false
  }
  return checkPathExt(path, options)
}

function isexe (path, options, cb) {
  fs.stat(path, function (er, stat) {
    cb(er, er ? false : checkStat(stat, path, options))
  })
}

function sync (path, options) {
  return checkStat(fs.statSync(path), path, options)
}


/***/ }),

/***/ 56442:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

!function(r,t){for(var e in t)r[e]=t[e]}(exports,function(r){var t={};function e(n){if(t[n])return t[n].exports;var o=t[n]={i:n,l:!1,exports:{}};return r[n].call(o.exports,o,o.exports,e),o.l=!0,o.exports}return e.m=r,e.c=t,e.d=function(r,t,n){e.o(r,t)||Object.defineProperty(r,t,{enumerable:!0,get:n})},e.r=function(r){"undefined"!=typeof Symbol&&Symbol.toStringTag&&Object.defineProperty(r,Symbol.toStringTag,{value:"Module"}),Object.defineProperty(r,"__esModule",{value:!0})},e.t=function(r,t){if(1&t&&(r=e(r)),8&t)return r;if(4&t&&"object"==typeof r&&r&&r.__esModule)return r;var n=Object.create(null);if(e.r(n),Object.defineProperty(n,"default",{enumerable:!0,value:r}),2&t&&"string"!=typeof r)for(var o in r)e.d(n,o,function(t){return r[t]}.bind(null,o));return n},e.n=function(r){var t=r&&r.__esModule?function(){return r.default}:function(){return r};return e.d(t,"a",t),t},e.o=function(r,t){return Object.prototype.hasOwnProperty.call(r,t)},e.p="",e(e.s=1)}([function(r,t,e){"use strict";var n=e(2);function o(r,t,e,n){this.message=r,this.expected=t,this.found=e,this.location=n,this.name="SyntaxError","function"==typeof Error.captureStackTrace&&Error.captureStackTrace(this,o)}!function(r,t){function e(){this.constructor=r}e.prototype=t.prototype,r.prototype=new e}(o,Error),o.buildMessage=function(r,t){var e={literal:function(r){return'"'+o(r.text)+'"'},class:function(r){var t,e="";for(t=0;t<r.parts.length;t++)e+=r.parts[t]instanceof Array?s(r.parts[t][0])+"-"+s(r.parts[t][1]):s(r.parts[t]);return"["+(r.inverted?"^":"")+e+"]"},any:function(r){return"any character"},end:function(r){return"end of input"},other:function(r){return r.description}};function n(r){return r.charCodeAt(0).toString(16).toUpperCase()}function o(r){return r.replace(/\\/g,"\\\\").replace(/"/g,'\\"').replace(/\0/g,"\\0").replace(/\t/g,"\\t").replace(/\n/g,"\\n").replace(/\r/g,"\\r").replace(/[\x00-\x0F]/g,(function(r){return"\\x0"+n(r)})).replace(/[\x10-\x1F\x7F-\x9F]/g,(function(r){return"\\x"+n(r)}))}function s(r){return r.replace(/\\/g,"\\\\").replace(/\]/g,"\\]").replace(/\^/g,"\\^").replace(/-/g,"\\-").replace(/\0/g,"\\0").replace(/\t/g,"\\t").replace(/\n/g,"\\n").replace(/\r/g,"\\r").replace(/[\x00-\x0F]/g,(function(r){return"\\x0"+n(r)})).replace(/[\x10-\x1F\x7F-\x9F]/g,(function(r){return"\\x"+n(r)}))}return"Expected "+function(r){var t,n,o,s=new Array(r.length);for(t=0;t<r.length;t++)s[t]=(o=r[t],e[o.type](o));if(s.sort(),s.length>0){for(t=1,n=1;t<s.length;t++)s[t-1]!==s[t]&&(s[n]=s[t],n++);s.length=n}switch(s.length){case 1:return s[0];case 2:return s[0]+" or "+s[1];default:return s.slice(0,-1).join(", ")+", or "+s[s.length-1]}}(r)+" but "+function(r){return r?'"'+o(r)+'"':"end of input"}(t)+" found."},r.exports={SyntaxError:o,parse:function(r,t){t=void 0!==t?t:{};var e,s={},u={start:cc},a=cc,i=function(r,t){return pv(r,t)},c=function(r,t){return{...r,order_by:t&&t.toLowerCase()}},l=function(r,t){return pv(r,t,1)},f=nc("IF",!0),b="IDENTIFIED",p=nc("IDENTIFIED",!1),v=nc("WITH",!0),d=nc("BY",!0),y=nc("RANDOM",!0),w=nc("PASSWORD",!0),L=nc("AS",!0),h=function(r,t){return pv(r,t)},C=nc("role",!0),m=nc("NONE",!0),E=nc("SSL",!0),A=nc("X509",!0),T=nc("CIPHER",!0),_=nc("ISSUER",!0),g=nc("SUBJECT",!0),I=function(r,t){return t.prefix=r.toLowerCase(),t},S=nc("REQUIRE",!0),N=nc("MAX_QUERIES_PER_HOUR",!0),O=nc("MAX_UPDATES_PER_HOUR",!0),R=nc("MAX_CONNECTIONS_PER_HOUR",!0),j=nc("MAX_USER_CONNECTIONS",!0),x=nc("EXPIRE",!0),k=nc("DEFAULT",!0),U=nc("NEVER",!0),D=nc("HISTORY",!0),M=nc("REUSE",!1),P=nc("CURRENT",!0),G=nc("OPTIONAL",!0),F=nc("FAILED_LOGIN_ATTEMPTS",!0),H=nc("PASSWORD_LOCK_TIME",!0),Y=nc("UNBOUNDED",!0),B=nc("ACCOUNT",!0),$=nc("LOCK",!0),W=nc("UNLOCK",!0),q=nc("ATTRIBUTE",!0),V=nc("CASCADED",!0),X=nc("LOCAL",!0),K=nc("CHECK",!0),Q=nc("OPTION",!1),z=nc("ALGORITHM",!0),Z=nc("UNDEFINED",!0),J=nc("MERGE",!0),rr=nc("TEMPTABLE",!0),tr=nc("SQL",!0),er=nc("SECURITY",!0),nr=nc("DEFINER",!0),or=nc("INVOKER",!0),sr=function(r,t){return pv(r,t)},ur=nc("AUTO_INCREMENT",!0),ar=nc("UNIQUE",!0),ir=nc("KEY",!0),cr=nc("PRIMARY",!0),lr=nc("@",!1),fr=function(){return fv("=",{type:"origin",value:"definer"},{type:"function",name:{name:[{type:"default",value:"current_user"}]},args:{type:"expr_list",value:[]}})},br=nc("BEFORE",!0),pr=nc("AFTER",!0),vr=nc("FOR",!0),dr=nc("EACH",!0),yr=nc("ROW",!0),wr=nc("STATEMENT",!0),Lr=nc("FOLLOWS",!0),hr=nc("PRECEDES",!0),Cr=nc("COLUMN_FORMAT",!0),mr=nc("FIXED",!0),Er=nc("DYNAMIC",!0),Ar=nc("STORAGE",!0),Tr=nc("DISK",!0),_r=nc("MEMORY",!0),gr=nc("GENERATED",!0),Ir=nc("ALWAYS",!0),Sr=nc("STORED",!0),Nr=nc("VIRTUAL",!0),Or=nc("if",!0),Rr=nc("exists",!0),jr=nc("first",!0),xr=nc("after",!0),kr=nc("LESS",!0),Ur=nc("THAN",!0),Dr=nc("DROP",!0),Mr=nc("TRUNCATE",!0),Pr=nc("DISCARD",!0),Gr=nc("IMPORT",!0),Fr=nc("COALESCE",!0),Hr=nc("ANALYZE",!0),Yr=nc("TABLESPACE",!0),Br=nc("INSTANT",!0),$r=nc("INPLACE",!0),Wr=nc("COPY",!0),qr=nc("SHARED",!0),Vr=nc("EXCLUSIVE",!0),Xr=nc("CHANGE",!0),Kr=nc("FOREIGN",!0),Qr=nc("CONSTRAINT",!0),zr=nc("NOCHECK",!0),Zr=nc("NOT",!0),Jr=nc("REPLICATION",!0),rt=nc("FOREIGN KEY",!0),tt=nc("ENFORCED",!0),et=nc("MATCH FULL",!0),nt=nc("MATCH PARTIAL",!0),ot=nc("MATCH SIMPLE",!0),st=nc("RESTRICT",!0),ut=nc("CASCADE",!0),at=nc("SET NULL",!0),it=nc("NO ACTION",!0),ct=nc("SET DEFAULT",!0),lt=nc("CHARACTER",!0),ft=nc("SET",!0),bt=nc("CHARSET",!0),pt=nc("COLLATE",!0),vt=nc("AVG_ROW_LENGTH",!0),dt=nc("KEY_BLOCK_SIZE",!0),yt=nc("MAX_ROWS",!0),wt=nc("MIN_ROWS",!0),Lt=nc("STATS_SAMPLE_PAGES",!0),ht=nc("CHECKSUM",!1),Ct=nc("DELAY_KEY_WRITE",!1),mt=/^[01]/,Et=oc(["0","1"],!1,!1),At=nc("CONNECTION",!0),Tt=nc("ENGINE_ATTRIBUTE",!0),_t=nc("SECONDARY_ENGINE_ATTRIBUTE",!0),gt=nc("DATA",!0),It=nc("INDEX",!0),St=nc("DIRECTORY",!0),Nt=nc("COMPRESSION",!0),Ot=nc("'",!1),Rt=nc("ZLIB",!0),jt=nc("LZ4",!0),xt=nc("ENGINE",!0),kt=function(r,t,e){return{keyword:r.toLowerCase(),symbol:t,value:e.toUpperCase()}},Ut=nc("ROW_FORMAT",!0),Dt=nc("COMPRESSED",!0),Mt=nc("REDUNDANT",!0),Pt=nc("COMPACT",!0),Gt=nc("READ",!0),Ft=nc("LOW_PRIORITY",!0),Ht=nc("WRITE",!0),Yt=function(r,t){return pv(r,t)},Bt=nc("BINARY",!0),$t=nc("MASTER",!0),Wt=nc("LOGS",!0),qt=nc("TRIGGERS",!0),Vt=nc("STATUS",!0),Xt=nc("PROCESSLIST",!0),Kt=nc("PROCEDURE",!0),Qt=nc("FUNCTION",!0),zt=nc("BINLOG",!0),Zt=nc("EVENTS",!0),Jt=nc("COLLATION",!0),re=nc("DATABASES",!0),te=nc("COLUMNS",!0),ee=nc("INDEXES",!0),ne=nc("EVENT",!0),oe=nc("GRANTS",!0),se=nc("SERIALIZABLE",!0),ue=nc("REPEATABLE",!0),ae=nc("COMMITTED",!0),ie=nc("UNCOMMITTED",!0),ce=function(r){return{type:"origin",value:"read "+r.toLowerCase()}},le=nc("ISOLATION",!0),fe=nc("LEVEL",!0),be=nc("ONLY",!0),pe=nc("DEFERRABLE",!0),ve=nc("commit",!0),de=nc("rollback",!0),ye=nc("begin",!0),we=nc("WORK",!0),Le=nc("TRANSACTION",!0),he=nc("start",!0),Ce=nc("transaction",!0),me=nc("FIELDS",!0),Ee=nc("TERMINATED",!0),Ae=nc("OPTIONALLY",!0),Te=nc("ENCLOSED",!0),_e=nc("ESCAPED",!0),ge=nc("STARTING",!0),Ie=nc("LINES",!0),Se=nc("LOAD",!0),Ne=nc("CONCURRENT",!0),Oe=nc("INFILE",!0),Re=nc("INTO",!0),je=nc("TABLE",!0),xe=nc("ROWS",!0),ke=nc("VIEW",!0),Ue=nc("GRANT",!0),De=nc("OPTION",!0),Me=function(r){return{type:"origin",value:Array.isArray(r)?r[0]:r}},Pe=nc("ROUTINE",!0),Ge=nc("EXECUTE",!0),Fe=nc("ADMIN",!0),He=nc("GRANT",!1),Ye=nc("PROXY",!1),Be=nc("(",!1),$e=nc(")",!1),We=/^[0-9]/,qe=oc([["0","9"]],!1,!1),Ve=nc("IN",!0),Xe=nc("SHARE",!0),Ke=nc("MODE",!0),Qe=nc("WAIT",!0),ze=nc("NOWAIT",!0),Ze=nc("SKIP",!0),Je=nc("LOCKED",!0),rn=nc("NATURAL",!0),tn=nc("LANGUAGE",!0),en=nc("QUERY",!0),nn=nc("EXPANSION",!0),on=nc("BOOLEAN",!0),sn=nc("MATCH",!0),un=nc("AGAINST",!1),an=nc("OUTFILE",!0),cn=nc("DUMPFILE",!0),ln=nc("BTREE",!0),fn=nc("HASH",!0),bn=nc("PARSER",!0),pn=nc("VISIBLE",!0),vn=nc("INVISIBLE",!0),dn=nc("LATERAL",!0),yn=/^[_0-9]/,wn=oc(["_",["0","9"]],!1,!1),Ln=nc("ROLLUP",!0),hn=nc("?",!1),Cn=nc("=",!1),mn=nc("DUPLICATE",!0),En=function(r,t){return vv(r,t)},An=function(r){return r[0]+" "+r[2]},Tn=nc(">=",!1),_n=nc(">",!1),gn=nc("<=",!1),In=nc("<>",!1),Sn=nc("<",!1),Nn=nc("!=",!1),On=nc("ESCAPE",!0),Rn=nc("+",!1),jn=nc("-",!1),xn=nc("*",!1),kn=nc("/",!1),Un=nc("%",!1),Dn=nc("||",!1),Mn=nc("div",!0),Pn=nc("mod",!0),Gn=nc("&",!1),Fn=nc(">>",!1),Hn=nc("<<",!1),Yn=nc("^",!1),Bn=nc("|",!1),$n=nc("!",!1),Wn=nc("~",!1),qn=nc("?|",!1),Vn=nc("?&",!1),Xn=nc("#-",!1),Kn=nc("#>>",!1),Qn=nc("#>",!1),zn=nc("@>",!1),Zn=nc("<@",!1),Jn=function(r){return!0===av[r.toUpperCase()]},ro=nc('"',!1),to=/^[^"]/,eo=oc(['"'],!0,!1),no=/^[^']/,oo=oc(["'"],!0,!1),so=nc("`",!1),uo=/^[^`\\]/,ao=oc(["`","\\"],!0,!1),io=function(r,t){return r+t.join("")},co=/^[A-Za-z_\u4E00-\u9FA5\xC0-\u017F]/,lo=oc([["A","Z"],["a","z"],"_",["一","龥"],["À","ſ"]],!1,!1),fo=/^[A-Za-z0-9_$\x80-\uFFFF]/,bo=oc([["A","Z"],["a","z"],["0","9"],"_","$",["","￿"]],!1,!1),po=/^[A-Za-z0-9_:\u4E00-\u9FA5\xC0-\u017F]/,vo=oc([["A","Z"],["a","z"],["0","9"],"_",":",["一","龥"],["À","ſ"]],!1,!1),yo=nc(":",!1),wo=nc("NOW",!0),Lo=nc("OVER",!0),ho=nc("WINDOW",!0),Co=nc("FOLLOWING",!0),mo=nc("PRECEDING",!0),Eo=nc("SEPARATOR",!0),Ao=nc("YEAR_MONTH",!0),To=nc("DAY_HOUR",!0),_o=nc("DAY_MINUTE",!0),go=nc("DAY_SECOND",!0),Io=nc("DAY_MICROSECOND",!0),So=nc("HOUR_MINUTE",!0),No=nc("HOUR_SECOND",!0),Oo=nc("HOUR_MICROSECOND",!0),Ro=nc("MINUTE_SECOND",!0),jo=nc("MINUTE_MICROSECOND",!0),xo=nc("SECOND_MICROSECOND",!0),ko=nc("TIMEZONE_HOUR",!0),Uo=nc("TIMEZONE_MINUTE",!0),Do=nc("CENTURY",!0),Mo=nc("DAY",!0),Po=nc("DATE",!0),Go=nc("DECADE",!0),Fo=nc("DOW",!0),Ho=nc("DOY",!0),Yo=nc("EPOCH",!0),Bo=nc("HOUR",!0),$o=nc("ISODOW",!0),Wo=nc("ISOWEEK",!0),qo=nc("ISOYEAR",!0),Vo=nc("MICROSECONDS",!0),Xo=nc("MILLENNIUM",!0),Ko=nc("MILLISECONDS",!0),Qo=nc("MINUTE",!0),zo=nc("MONTH",!0),Zo=nc("QUARTER",!0),Jo=nc("SECOND",!0),rs=nc("TIME",!0),ts=nc("TIMEZONE",!0),es=nc("WEEK",!0),ns=nc("YEAR",!0),os=nc("DATE_TRUNC",!0),ss=nc("BOTH",!0),us=nc("LEADING",!0),as=nc("TRAILING",!0),is=nc("trim",!0),cs=nc("convert",!0),ls=nc("binary",!0),fs=nc("_binary",!0),bs=nc("_latin1",!0),ps=nc("X",!0),vs=/^[0-9A-Fa-f]/,ds=oc([["0","9"],["A","F"],["a","f"]],!1,!1),ys=nc("b",!0),ws=nc("0x",!0),Ls=nc("N",!0),hs=function(r,t){return{type:r.toLowerCase(),value:t[1].join("")}},Cs=/^[^"\\\0-\x1F\x7F]/,ms=oc(['"',"\\",["\0",""],""],!0,!1),Es=/^[\n]/,As=oc(["\n"],!1,!1),Ts=/^[^'\\]/,_s=oc(["'","\\"],!0,!1),gs=nc("\\'",!1),Is=nc('\\"',!1),Ss=nc("\\\\",!1),Ns=nc("\\/",!1),Os=nc("\\b",!1),Rs=nc("\\f",!1),js=nc("\\n",!1),xs=nc("\\r",!1),ks=nc("\\t",!1),Us=nc("\\u",!1),Ds=nc("\\",!1),Ms=nc("''",!1),Ps=nc('""',!1),Gs=nc("``",!1),Fs=/^[\n\r]/,Hs=oc(["\n","\r"],!1,!1),Ys=nc(".",!1),Bs=/^[0-9a-fA-F]/,$s=oc([["0","9"],["a","f"],["A","F"]],!1,!1),Ws=/^[eE]/,qs=oc(["e","E"],!1,!1),Vs=/^[+\-]/,Xs=oc(["+","-"],!1,!1),Ks=nc("NULL",!0),Qs=nc("NOT NULL",!0),zs=nc("TRUE",!0),Zs=nc("TO",!0),Js=nc("FALSE",!0),ru=nc("SHOW",!0),tu=nc("USE",!0),eu=nc("ALTER",!0),nu=nc("SELECT",!0),ou=nc("UPDATE",!0),su=nc("CREATE",!0),uu=nc("TEMPORARY",!0),au=nc("DELETE",!0),iu=nc("INSERT",!0),cu=nc("RECURSIVE",!0),lu=nc("REPLACE",!0),fu=nc("RENAME",!0),bu=nc("IGNORE",!0),pu=nc("EXPLAIN",!0),vu=nc("PARTITION",!0),du=nc("FROM",!0),yu=nc("TRIGGER",!0),wu=nc("TABLES",!0),Lu=nc("DATABASE",!0),hu=nc("SCHEMA",!0),Cu=nc("ON",!0),mu=nc("LEFT",!0),Eu=nc("RIGHT",!0),Au=nc("FULL",!0),Tu=nc("INNER",!0),_u=nc("CROSS",!0),gu=nc("STRAIGHT_JOIN",!0),Iu=nc("JOIN",!0),Su=nc("OUTER",!0),Nu=nc("UNION",!0),Ou=nc("MINUS",!0),Ru=nc("INTERSECT",!0),ju=nc("EXCEPT",!0),xu=nc("VALUES",!0),ku=nc("USING",!0),Uu=nc("WHERE",!0),Du=nc("GO",!0),Mu=nc("GROUP",!0),Pu=nc("ORDER",!0),Gu=nc("HAVING",!0),Fu=nc("LIMIT",!0),Hu=nc("OFFSET",!0),Yu=nc("ASC",!0),Bu=nc("DESC",!0),$u=nc("DESCRIBE",!0),Wu=nc("ALL",!0),qu=nc("DISTINCT",!0),Vu=nc("BETWEEN",!0),Xu=nc("IS",!0),Ku=nc("LIKE",!0),Qu=nc("RLIKE",!0),zu=nc("REGEXP",!0),Zu=nc("EXISTS",!0),Ju=nc("AND",!0),ra=nc("OR",!0),ta=nc("COUNT",!0),ea=nc("GROUP_CONCAT",!0),na=nc("MAX",!0),oa=nc("MIN",!0),sa=nc("SUM",!0),ua=nc("AVG",!0),aa=nc("EXTRACT",!0),ia=nc("CALL",!0),ca=nc("CASE",!0),la=nc("WHEN",!0),fa=nc("THEN",!0),ba=nc("ELSE",!0),pa=nc("END",!0),va=nc("CAST",!0),da=nc("VARBINARY",!0),ya=nc("BIT",!0),wa=nc("CHAR",!0),La=nc("VARCHAR",!0),ha=nc("NUMERIC",!0),Ca=nc("DECIMAL",!0),ma=nc("SIGNED",!0),Ea=nc("UNSIGNED",!0),Aa=nc("INT",!0),Ta=nc("ZEROFILL",!0),_a=nc("INTEGER",!0),ga=nc("JSON",!0),Ia=nc("SMALLINT",!0),Sa=nc("MEDIUMINT",!0),Na=nc("TINYINT",!0),Oa=nc("TINYTEXT",!0),Ra=nc("TEXT",!0),ja=nc("MEDIUMTEXT",!0),xa=nc("LONGTEXT",!0),ka=nc("BIGINT",!0),Ua=nc("ENUM",!0),Da=nc("FLOAT",!0),Ma=nc("DOUBLE",!0),Pa=nc("DATETIME",!0),Ga=nc("TIMESTAMP",!0),Fa=nc("USER",!0),Ha=nc("VECTOR",!0),Ya=nc("CURRENT_DATE",!0),Ba=(nc("ADDDATE",!0),nc("INTERVAL",!0)),$a=nc("MICROSECOND",!0),Wa=nc("CURRENT_TIME",!0),qa=nc("CURRENT_TIMESTAMP",!0),Va=nc("CURRENT_USER",!0),Xa=nc("SESSION_USER",!0),Ka=nc("SYSTEM_USER",!0),Qa=nc("GLOBAL",!0),za=nc("SESSION",!0),Za=nc("PERSIST",!0),Ja=nc("PERSIST_ONLY",!0),ri=nc("GEOMETRY",!0),ti=nc("POINT",!0),ei=nc("LINESTRING",!0),ni=nc("POLYGON",!0),oi=nc("MULTIPOINT",!0),si=nc("MULTILINESTRING",!0),ui=nc("MULTIPOLYGON",!0),ai=nc("GEOMETRYCOLLECTION",!0),ii=nc("@@",!1),ci=nc("$",!1),li=nc("return",!0),fi=nc(":=",!1),bi=nc("DUAL",!0),pi=nc("ADD",!0),vi=nc("COLUMN",!0),di=nc("MODIFY",!0),yi=nc("FULLTEXT",!0),wi=nc("SPATIAL",!0),Li=nc("COMMENT",!0),hi=nc("REFERENCES",!0),Ci=nc("SQL_CALC_FOUND_ROWS",!0),mi=nc("SQL_CACHE",!0),Ei=nc("SQL_NO_CACHE",!0),Ai=nc("SQL_SMALL_RESULT",!0),Ti=nc("SQL_BIG_RESULT",!0),_i=nc("SQL_BUFFER_RESULT",!0),gi=nc(",",!1),Ii=nc("[",!1),Si=nc("]",!1),Ni=nc(";",!1),Oi=nc("->",!1),Ri=nc("->>",!1),ji=nc("&&",!1),xi=nc("XOR",!0),ki=nc("/*",!1),Ui=nc("*/",!1),Di=nc("--",!1),Mi=nc("#",!1),Pi={type:"any"},Gi=/^[ \t\n\r]/,Fi=oc([" ","\t","\n","\r"],!1,!1),Hi=function(r,t,e){return{type:"assign",left:r,symbol:t,right:e}},Yi=nc("boolean",!0),Bi=nc("blob",!0),$i=nc("tinyblob",!0),Wi=nc("mediumblob",!0),qi=nc("longblob",!0),Vi=function(r,t){return{dataType:r,...t||{}}},Xi=nc("ARRAY",!0),Ki=/^[0-6]/,Qi=oc([["0","6"]],!1,!1),zi=0,Zi=0,Ji=[{line:1,column:1}],rc=0,tc=[],ec=0;if("startRule"in t){if(!(t.startRule in u))throw new Error("Can't start parsing from rule \""+t.startRule+'".');a=u[t.startRule]}function nc(r,t){return{type:"literal",text:r,ignoreCase:t}}function oc(r,t,e){return{type:"class",parts:r,inverted:t,ignoreCase:e}}function sc(t){var e,n=Ji[t];if(n)return n;for(e=t-1;!Ji[e];)e--;for(n={line:(n=Ji[e]).line,column:n.column};e<t;)10===r.charCodeAt(e)?(n.line++,n.column=1):n.column++,e++;return Ji[t]=n,n}function uc(r,t){var e=sc(r),n=sc(t);return{start:{offset:r,line:e.line,column:e.column},end:{offset:t,line:n.line,column:n.column}}}function ac(r){zi<rc||(zi>rc&&(rc=zi,tc=[]),tc.push(r))}function ic(r,t,e){return new o(o.buildMessage(r,t),r,t,e)}function cc(){var r,t,e,n,o,u,a,i;if(r=zi,(t=lc())!==s)if(Pp()!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Nb())!==s&&(a=Pp())!==s&&(i=lc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Nb())!==s&&(a=Pp())!==s&&(i=lc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=function(r,t){if(!t||0===t.length)return r;delete r.tableList,delete r.columnList;let e=r;for(let r=0;r<t.length;r++)delete t[r][3].tableList,delete t[r][3].columnList,e.go_next=t[r][3],e.go="go",e=e.go_next;return{tableList:Array.from(hv),columnList:yv(Cv),ast:r}}(t,e)):(zi=r,r=s)}else zi=r,r=s;else zi=r,r=s;return r}function lc(){var r,t;return r=zi,Pp()!==s&&(t=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=bc())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=kp())!==s&&(a=Pp())!==s&&(i=bc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=kp())!==s&&(a=Pp())!==s&&(i=bc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=function(r,t){const e=r&&r.ast||r,n=t&&t.length&&t[0].length>=4?[e]:e;for(let r=0;r<t.length;r++)t[r][3]&&0!==t[r][3].length&&n.push(t[r][3]&&t[r][3].ast||t[r][3]);return{tableList:Array.from(hv),columnList:yv(Cv),ast:n}}(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s?(Zi=r,r=t):(zi=r,r=s),r}function fc(){var t;return(t=function(){var r,t,e,n,o,u,a;r=zi,(t=eb())!==s&&Pp()!==s&&(e=Lb())!==s&&Pp()!==s?((n=gc())===s&&(n=null),n!==s&&Pp()!==s&&(o=yl())!==s?(Zi=r,i=t,c=e,f=n,(b=o)&&b.forEach(r=>hv.add(`${i}::${r.db}::${r.table}`)),t={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:i.toLowerCase(),keyword:c.toLowerCase(),prefix:f,name:b}},r=t):(zi=r,r=s)):(zi=r,r=s);var i,c,f,b;r===s&&(r=zi,(t=eb())!==s&&Pp()!==s&&(e=vp())!==s&&Pp()!==s?((n=gc())===s&&(n=null),n!==s&&Pp()!==s&&(o=yl())!==s&&Pp()!==s?((u=Pc())===s&&(u=null),u!==s?(Zi=r,t=function(r,t,e,n,o){return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:r.toLowerCase(),keyword:t.toLowerCase(),prefix:e,name:n,options:o&&[{type:"origin",value:o}]}}}(t,e,n,o,u),r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s),r===s&&(r=zi,(t=eb())!==s&&Pp()!==s&&(e=mp())!==s&&Pp()!==s&&(n=of())!==s&&Pp()!==s&&(o=Ab())!==s&&Pp()!==s&&(u=Cl())!==s&&Pp()!==s?((a=function(){var r,t,e,n,o,u;r=zi,(t=Oc())===s&&(t=Rc());if(t!==s){for(e=[],n=zi,(o=Pp())!==s?((u=Oc())===s&&(u=Rc()),u!==s?n=o=[o,u]:(zi=n,n=s)):(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s?((u=Oc())===s&&(u=Rc()),u!==s?n=o=[o,u]:(zi=n,n=s)):(zi=n,n=s);e!==s?(Zi=r,t=l(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())===s&&(a=null),a!==s&&Pp()!==s?(Zi=r,t=function(r,t,e,n,o){return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:r.toLowerCase(),keyword:t.toLowerCase(),name:e,table:n,options:o}}}(t,e,n,u,a),r=t):(zi=r,r=s)):(zi=r,r=s),r===s&&(r=zi,(t=eb())!==s&&Pp()!==s?((e=mb())===s&&(e=Eb()),e!==s&&Pp()!==s?((n=gc())===s&&(n=null),n!==s&&Pp()!==s&&(o=hf())!==s?(Zi=r,t=function(r,t,e,n){return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:r.toLowerCase(),keyword:t.toLowerCase(),prefix:e,name:n}}}(t,e,n,o),r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s),r===s&&(r=zi,(t=eb())!==s&&Pp()!==s&&(e=hb())!==s&&Pp()!==s?((n=gc())===s&&(n=null),n!==s&&Pp()!==s&&(o=Ll())!==s?(Zi=r,t=function(r,t,e,n){return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:r.toLowerCase(),keyword:t.toLowerCase(),prefix:e,name:[{schema:n.db,trigger:n.table}]}}}(t,e,n,o),r=t):(zi=r,r=s)):(zi=r,r=s)))));return r}())===s&&(t=function(){var t;(t=function(){var r,t,e,n,o,u,a,c,l,f;r=zi,(t=ub())!==s&&Pp()!==s?((e=ab())===s&&(e=null),e!==s&&Pp()!==s&&Lb()!==s&&Pp()!==s?((n=yc())===s&&(n=null),n!==s&&Pp()!==s&&(o=Cl())!==s&&Pp()!==s&&(u=function r(){var t,e;(t=function(){var r,t;r=zi,Pb()!==s&&Pp()!==s&&(t=yl())!==s?(Zi=r,r={type:"like",table:t}):(zi=r,r=s);return r}())===s&&(t=zi,jp()!==s&&Pp()!==s&&(e=r())!==s&&Pp()!==s&&xp()!==s?(Zi=t,(n=e).parentheses=!0,t=n):(zi=t,t=s));var n;return t}())!==s?(Zi=r,b=t,p=e,v=n,y=u,(d=o)&&hv.add(`create::${d.db}::${d.table}`),t={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:b[0].toLowerCase(),keyword:"table",temporary:p&&p[0].toLowerCase(),if_not_exists:v,table:[d],like:y}},r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s);var b,p,v,d,y;r===s&&(r=zi,(t=ub())!==s&&Pp()!==s?((e=ab())===s&&(e=null),e!==s&&Pp()!==s&&Lb()!==s&&Pp()!==s?((n=yc())===s&&(n=null),n!==s&&Pp()!==s&&(o=Cl())!==s&&Pp()!==s?((u=function(){var r,t,e,n,o,u,a,i,c;if(r=zi,(t=jp())!==s)if(Pp()!==s)if((e=mc())!==s){for(n=[],o=zi,(u=Pp())!==s&&(a=Op())!==s&&(i=Pp())!==s&&(c=mc())!==s?o=u=[u,a,i,c]:(zi=o,o=s);o!==s;)n.push(o),o=zi,(u=Pp())!==s&&(a=Op())!==s&&(i=Pp())!==s&&(c=mc())!==s?o=u=[u,a,i,c]:(zi=o,o=s);n!==s&&(o=Pp())!==s&&(u=xp())!==s?(Zi=r,t=sr(e,n),r=t):(zi=r,r=s)}else zi=r,r=s;else zi=r,r=s;else zi=r,r=s;return r}())===s&&(u=null),u!==s&&Pp()!==s?((a=function(){var r,t,e,n,o,u,a,c;if(r=zi,(t=Hc())!==s){for(e=[],n=zi,(o=Pp())!==s?((u=Op())===s&&(u=null),u!==s&&(a=Pp())!==s&&(c=Hc())!==s?n=o=[o,u,a,c]:(zi=n,n=s)):(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s?((u=Op())===s&&(u=null),u!==s&&(a=Pp())!==s&&(c=Hc())!==s?n=o=[o,u,a,c]:(zi=n,n=s)):(zi=n,n=s);e!==s?(Zi=r,t=i(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())===s&&(a=null),a!==s&&Pp()!==s?((c=bb())===s&&(c=lb()),c===s&&(c=null),c!==s&&Pp()!==s?((l=wb())===s&&(l=null),l!==s&&Pp()!==s?((f=vc())===s&&(f=null),f!==s?(Zi=r,t=function(r,t,e,n,o,s,u,a,i){return n&&hv.add(`create::${n.db}::${n.table}`),{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:r[0].toLowerCase(),keyword:"table",temporary:t&&t[0].toLowerCase(),if_not_exists:e,table:[n],ignore_replace:u&&u[0].toLowerCase(),as:a&&a[0].toLowerCase(),query_expr:i&&i.ast,create_definitions:o,table_options:s}}}(t,e,n,o,u,a,c,l,f),r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s));return r}())===s&&(t=function(){var t,e,n,o,u,a,i,c,l,f,b;t=zi,(e=ub())!==s&&Pp()!==s?((n=Tc())===s&&(n=null),n!==s&&Pp()!==s&&hb()!==s&&Pp()!==s?((o=yc())===s&&(o=null),o!==s&&Pp()!==s&&(u=Cl())!==s&&Pp()!==s&&(a=function(){var t;"before"===r.substr(zi,6).toLowerCase()?(t=r.substr(zi,6),zi+=6):(t=s,0===ec&&ac(br));t===s&&("after"===r.substr(zi,5).toLowerCase()?(t=r.substr(zi,5),zi+=5):(t=s,0===ec&&ac(pr)));return t}())!==s&&Pp()!==s&&(i=function(){var r,t;r=zi,(t=cb())===s&&(t=sb())===s&&(t=ib());t!==s&&(Zi=r,t={keyword:t[0].toLowerCase()});return r=t}())!==s&&Pp()!==s&&Ab()!==s&&Pp()!==s&&(c=Cl())!==s&&Pp()!==s&&(l=function(){var t,e,n,o;t=zi,"for"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(vr));e!==s&&Pp()!==s?("each"===r.substr(zi,4).toLowerCase()?(n=r.substr(zi,4),zi+=4):(n=s,0===ec&&ac(dr)),n===s&&(n=null),n!==s&&Pp()!==s?("row"===r.substr(zi,3).toLowerCase()?(o=r.substr(zi,3),zi+=3):(o=s,0===ec&&ac(yr)),o===s&&("statement"===r.substr(zi,9).toLowerCase()?(o=r.substr(zi,9),zi+=9):(o=s,0===ec&&ac(wr))),o!==s?(Zi=t,u=e,i=o,e={keyword:(a=n)?`${u.toLowerCase()} ${a.toLowerCase()}`:u.toLowerCase(),args:i.toLowerCase()},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var u,a,i;return t}())!==s&&Pp()!==s?((f=function(){var t,e,n;t=zi,"follows"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Lr));e===s&&("precedes"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(hr)));e!==s&&Pp()!==s&&(n=lf())!==s?(Zi=t,t=e={keyword:e,trigger:n}):(zi=t,t=s);return t}())===s&&(f=null),f!==s&&Pp()!==s&&(b=function(){var r,t;r=zi,yb()!==s&&Pp()!==s&&(t=Nl())!==s?(Zi=r,r={type:"set",expr:t}):(zi=r,r=s);return r}())!==s?(Zi=t,p=e,v=n,d=o,y=u,w=a,L=i,h=c,C=l,m=f,E=b,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:p[0].toLowerCase(),definer:v,keyword:"trigger",for_each:C,if_not_exists:d,trigger:y,time:w,events:[L],order:m,table:h,execute:E}},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var p,v,d,y,w,L,h,C,m,E;return t}())===s&&(t=function(){var r,t,e,n,o,u,a,c,l,f,b,p;r=zi,(t=ub())!==s&&Pp()!==s?((e=_p())===s&&(e=Ap())===s&&(e=Tp()),e===s&&(e=null),e!==s&&Pp()!==s&&(n=mp())!==s&&Pp()!==s&&(o=lf())!==s&&Pp()!==s?((u=pl())===s&&(u=null),u!==s&&Pp()!==s&&(a=Ab())!==s&&Pp()!==s&&(c=Cl())!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(l=function(){var r,t,e,n,o,u,a,c;if(r=zi,(t=dc())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(c=dc())!==s?n=o=[o,u,a,c]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(c=dc())!==s?n=o=[o,u,a,c]:(zi=n,n=s);e!==s?(Zi=r,t=i(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s&&Pp()!==s&&xp()!==s&&Pp()!==s?((f=vl())===s&&(f=null),f!==s&&Pp()!==s?((b=Oc())===s&&(b=null),b!==s&&Pp()!==s?((p=Rc())===s&&(p=null),p!==s&&Pp()!==s?(Zi=r,v=t,d=e,y=n,w=o,L=u,h=a,C=c,m=l,E=f,A=b,T=p,t={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:v[0].toLowerCase(),index_type:d&&d.toLowerCase(),keyword:y.toLowerCase(),index:w,on_kw:h[0].toLowerCase(),table:C,index_columns:m,index_using:L,index_options:E,algorithm_option:A,lock_option:T}},r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s);var v,d,y,w,L,h,C,m,E,A,T;return r}())===s&&(t=function(){var r,t,e,n,o,u;r=zi,(t=ub())!==s&&Pp()!==s?((e=mb())===s&&(e=Eb()),e!==s&&Pp()!==s?((n=yc())===s&&(n=null),n!==s&&Pp()!==s&&(o=Qp())!==s&&Pp()!==s?((u=function(){var r,t,e,n,o,u;if(r=zi,(t=Fc())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Fc())!==s?n=o=[o,u]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Fc())!==s?n=o=[o,u]:(zi=n,n=s);e!==s?(Zi=r,t=l(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())===s&&(u=null),u!==s?(Zi=r,t=function(r,t,e,n,o){const s=t.toLowerCase();return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:r[0].toLowerCase(),keyword:s,if_not_exists:e,[s]:{db:n.schema,schema:n.name},create_definitions:o}}}(t,e,n,o,u),r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s);return r}())===s&&(t=function(){var t,e,n,o,u,a,i,c,l,f,b,p,v,d,y,w,L,h,C,m,E;t=zi,(e=ub())!==s&&Pp()!==s?(n=zi,(o=Yb())!==s&&(u=Pp())!==s&&(a=lb())!==s?n=o=[o,u,a]:(zi=n,n=s),n===s&&(n=null),n!==s&&(o=Pp())!==s?(u=zi,"algorithm"===r.substr(zi,9).toLowerCase()?(a=r.substr(zi,9),zi+=9):(a=s,0===ec&&ac(z)),a!==s&&(i=Pp())!==s&&(c=Lp())!==s&&(l=Pp())!==s?("undefined"===r.substr(zi,9).toLowerCase()?(f=r.substr(zi,9),zi+=9):(f=s,0===ec&&ac(Z)),f===s&&("merge"===r.substr(zi,5).toLowerCase()?(f=r.substr(zi,5),zi+=5):(f=s,0===ec&&ac(J)),f===s&&("temptable"===r.substr(zi,9).toLowerCase()?(f=r.substr(zi,9),zi+=9):(f=s,0===ec&&ac(rr)))),f!==s?u=a=[a,i,c,l,f]:(zi=u,u=s)):(zi=u,u=s),u===s&&(u=null),u!==s&&(a=Pp())!==s?((i=Tc())===s&&(i=null),i!==s&&(c=Pp())!==s?(l=zi,"sql"===r.substr(zi,3).toLowerCase()?(f=r.substr(zi,3),zi+=3):(f=s,0===ec&&ac(tr)),f!==s&&(b=Pp())!==s?("security"===r.substr(zi,8).toLowerCase()?(p=r.substr(zi,8),zi+=8):(p=s,0===ec&&ac(er)),p!==s&&(v=Pp())!==s?("definer"===r.substr(zi,7).toLowerCase()?(d=r.substr(zi,7),zi+=7):(d=s,0===ec&&ac(nr)),d===s&&("invoker"===r.substr(zi,7).toLowerCase()?(d=r.substr(zi,7),zi+=7):(d=s,0===ec&&ac(or))),d!==s?l=f=[f,b,p,v,d]:(zi=l,l=s)):(zi=l,l=s)):(zi=l,l=s),l===s&&(l=null),l!==s&&(f=Pp())!==s&&(b=vp())!==s&&(p=Pp())!==s&&(v=Cl())!==s&&(d=Pp())!==s?(y=zi,(w=jp())!==s&&(L=Pp())!==s&&(h=sf())!==s&&(C=Pp())!==s&&(m=xp())!==s?y=w=[w,L,h,C,m]:(zi=y,y=s),y===s&&(y=null),y!==s&&(w=Pp())!==s&&(L=wb())!==s&&(h=Pp())!==s&&(C=ol())!==s&&(m=Pp())!==s?((E=function(){var t,e,n,o,u;t=zi,(e=Sb())!==s&&Pp()!==s?("cascaded"===r.substr(zi,8).toLowerCase()?(n=r.substr(zi,8),zi+=8):(n=s,0===ec&&ac(V)),n===s&&("local"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(X))),n!==s&&Pp()!==s?("check"===r.substr(zi,5).toLowerCase()?(o=r.substr(zi,5),zi+=5):(o=s,0===ec&&ac(K)),o!==s&&Pp()!==s?("OPTION"===r.substr(zi,6)?(u="OPTION",zi+=6):(u=s,0===ec&&ac(Q)),u!==s?(Zi=t,e=`with ${n.toLowerCase()} check option`,t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);t===s&&(t=zi,(e=Sb())!==s&&Pp()!==s?("check"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(K)),n!==s&&Pp()!==s?("OPTION"===r.substr(zi,6)?(o="OPTION",zi+=6):(o=s,0===ec&&ac(Q)),o!==s?(Zi=t,t=e="with check option"):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s));return t}())===s&&(E=null),E!==s?(Zi=t,A=e,T=n,_=u,g=i,I=l,N=y,O=C,R=E,(S=v).view=S.table,delete S.table,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:A[0].toLowerCase(),keyword:"view",replace:T&&"or replace",algorithm:_&&_[4],definer:g,sql_security:I&&I[4],columns:N&&N[2],select:O,view:S,with:R}},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var A,T,_,g,I,S,N,O,R;return t}())===s&&(t=function(){var t,e,n,o,u,a,i,c,l,f,b;t=zi,(e=ub())!==s&&Pp()!==s&&cp()!==s&&Pp()!==s?((n=yc())===s&&(n=null),n!==s&&Pp()!==s&&(o=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=wc())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=wc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=wc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=h(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s&&Pp()!==s?((u=function(){var t,e,n;t=zi,Jf()!==s&&Pp()!==s?("role"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(C)),e!==s&&Pp()!==s&&(n=Kc())!==s?(Zi=t,t={keyword:"default role",value:n}):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(u=null),u!==s&&Pp()!==s?((a=function(){var t,e,n;t=zi,"require"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(S));e!==s&&Pp()!==s&&(n=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Lc())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Hb())!==s&&(a=Pp())!==s&&(i=Lc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Hb())!==s&&(a=Pp())!==s&&(i=Lc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=vv(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s?(Zi=t,t=e={keyword:"require",value:n}):(zi=t,t=s);return t}())===s&&(a=null),a!==s&&Pp()!==s?((i=function(){var r,t,e,n,o,u,a;if(r=zi,(t=Sb())!==s)if(Pp()!==s)if((e=hc())!==s){for(n=[],o=zi,(u=Pp())!==s&&(a=hc())!==s?o=u=[u,a]:(zi=o,o=s);o!==s;)n.push(o),o=zi,(u=Pp())!==s&&(a=hc())!==s?o=u=[u,a]:(zi=o,o=s);n!==s?(Zi=r,t=function(r,t){const e=[r];if(t)for(const r of t)e.push(r[1]);return{keyword:"with",value:e}}(e,n),r=t):(zi=r,r=s)}else zi=r,r=s;else zi=r,r=s;else zi=r,r=s;return r}())===s&&(i=null),i!==s&&Pp()!==s?((c=function(){var r,t,e,n,o,u;if(r=zi,(t=Cc())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Cc())!==s?n=o=[o,u]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Cc())!==s?n=o=[o,u]:(zi=n,n=s);e!==s?(Zi=r,t=pv(t,e,1),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())===s&&(c=null),c!==s&&Pp()!==s?((l=function(){var t,e,n;t=zi,"account"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(B));e!==s&&Pp()!==s?("lock"===r.substr(zi,4).toLowerCase()?(n=r.substr(zi,4),zi+=4):(n=s,0===ec&&ac($)),n===s&&("unlock"===r.substr(zi,6).toLowerCase()?(n=r.substr(zi,6),zi+=6):(n=s,0===ec&&ac(W))),n!==s?(Zi=t,e=function(r){const t={type:"origin",value:r.toLowerCase(),prefix:"account"};return t}(n),t=e):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(l=null),l!==s&&Pp()!==s?((f=Hp())===s&&(f=null),f!==s&&Pp()!==s?((b=function(){var t,e,n;t=zi,"attribute"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(q));e!==s&&Pp()!==s&&(n=Yf())!==s?(Zi=t,(o=n).prefix="attribute",t=e=o):(zi=t,t=s);var o;return t}())===s&&(b=null),b!==s?(Zi=t,p=e,v=n,d=o,y=u,w=a,L=i,m=c,E=l,A=f,T=b,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:p[0].toLowerCase(),keyword:"user",if_not_exists:v,user:d,default_role:y,require:w,resource_options:L,password_options:m,lock_option:E,comment:A,attribute:T}},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var p,v,d,y,w,L,m,E,A,T;return t}());return t}())===s&&(t=function(){var t,e,n,o;t=zi,(e=function(){var t,e,n,o;t=zi,"truncate"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(Mr));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="TRUNCATE"):(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&Pp()!==s?((n=Lb())===s&&(n=null),n!==s&&Pp()!==s&&(o=yl())!==s?(Zi=t,u=e,a=n,(i=o)&&i.forEach(r=>hv.add(`${u}::${r.db}::${r.table}`)),e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:u.toLowerCase(),keyword:a&&a.toLowerCase()||"table",name:i}},t=e):(zi=t,t=s)):(zi=t,t=s);var u,a,i;return t}())===s&&(t=function(){var r,t,e;r=zi,(t=fb())!==s&&Pp()!==s&&Lb()!==s&&Pp()!==s&&(e=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=bl())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=bl())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=bl())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=sr(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s?(Zi=r,(n=e).forEach(r=>r.forEach(r=>r.table&&hv.add(`rename::${r.db}::${r.table}`))),t={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"rename",table:n}},r=t):(zi=r,r=s);var n;return r}())===s&&(t=function(){var t,e,n;t=zi,(e=function(){var t,e,n,o;t=zi,"call"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(ia));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="CALL"):(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&Pp()!==s&&(n=function(){var r;(r=zp())===s&&(r=Zp());return r}())!==s?(Zi=t,o=n,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"call",expr:o}},t=e):(zi=t,t=s);var o;return t}())===s&&(t=function(){var t,e,n;t=zi,(e=function(){var t,e,n,o;t=zi,"use"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(tu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&Pp()!==s&&(n=lf())!==s?(Zi=t,o=n,hv.add(`use::${o}::null`),e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"use",db:o}},t=e):(zi=t,t=s);var o;return t}())===s&&(t=function(){var r,t,e,n;r=zi,(t=nb())!==s&&Pp()!==s&&Lb()!==s&&Pp()!==s&&(e=Cl())!==s&&Pp()!==s&&(n=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Sc())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Sc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Sc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=sr(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s?(Zi=r,o=e,u=n,hv.add(`alter::${o.db}::${o.table}`),t={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"alter",table:[o],expr:u}},r=t):(zi=r,r=s);var o,u;return r}())===s&&(t=function(){var t,e,n,o;t=zi,(e=yb())!==s&&Pp()!==s?((n=function(){var t,e,n,o;t=zi,"global"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Qa));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="GLOBAL"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(n=function(){var t,e,n,o;t=zi,"session"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(za));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="SESSION"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(n=function(){var t,e,n,o;t=zi,"local"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(X));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="LOCAL"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(n=function(){var t,e,n,o;t=zi,"persist"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Za));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="PERSIST"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(n=function(){var t,e,n,o;t=zi,"persist_only"===r.substr(zi,12).toLowerCase()?(e=r.substr(zi,12),zi+=12):(e=s,0===ec&&ac(Ja));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="PERSIST_ONLY"):(zi=t,t=s)):(zi=t,t=s);return t}()),n===s&&(n=null),n!==s&&Pp()!==s&&(o=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=qp())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=qp())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=qp())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=Yt(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s?(Zi=t,u=n,(a=o).keyword=u,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"set",keyword:u,expr:a}},t=e):(zi=t,t=s)):(zi=t,t=s);var u,a;return t}())===s&&(t=function(){var t,e,n;t=zi,(e=function(){var t,e,n,o;t=zi,"lock"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac($));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&Pp()!==s&&Cb()!==s&&Pp()!==s&&(n=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Yc())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Yc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Yc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=Yt(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s?(Zi=t,o=n,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"lock",keyword:"tables",tables:o}},t=e):(zi=t,t=s);var o;return t}())===s&&(t=function(){var t,e;t=zi,(e=function(){var t,e,n,o;t=zi,"unlock"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(W));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&Pp()!==s&&Cb()!==s?(Zi=t,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"unlock",keyword:"tables"}},t=e):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o,u,a,i,c,l;t=zi,(e=tb())!==s&&Pp()!==s?("binary"===r.substr(zi,6).toLowerCase()?(n=r.substr(zi,6),zi+=6):(n=s,0===ec&&ac(Bt)),n===s&&("master"===r.substr(zi,6).toLowerCase()?(n=r.substr(zi,6),zi+=6):(n=s,0===ec&&ac($t))),n!==s&&(o=Pp())!==s?("logs"===r.substr(zi,4).toLowerCase()?(u=r.substr(zi,4),zi+=4):(u=s,0===ec&&ac(Wt)),u!==s?(Zi=t,f=n,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"show",suffix:"logs",keyword:f.toLowerCase()}},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var f;t===s&&(t=zi,(e=tb())!==s&&Pp()!==s&&(n=Cb())!==s?(Zi=t,hv.add("show::null::null"),e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"show",keyword:"tables"}},t=e):(zi=t,t=s),t===s&&(t=zi,(e=tb())!==s&&Pp()!==s?("triggers"===r.substr(zi,8).toLowerCase()?(n=r.substr(zi,8),zi+=8):(n=s,0===ec&&ac(qt)),n===s&&("status"===r.substr(zi,6).toLowerCase()?(n=r.substr(zi,6),zi+=6):(n=s,0===ec&&ac(Vt)),n===s&&("processlist"===r.substr(zi,11).toLowerCase()?(n=r.substr(zi,11),zi+=11):(n=s,0===ec&&ac(Xt)))),n!==s?(Zi=t,d=n,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"show",keyword:d.toLowerCase()}},t=e):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=tb())!==s&&Pp()!==s?("procedure"===r.substr(zi,9).toLowerCase()?(n=r.substr(zi,9),zi+=9):(n=s,0===ec&&ac(Kt)),n===s&&("function"===r.substr(zi,8).toLowerCase()?(n=r.substr(zi,8),zi+=8):(n=s,0===ec&&ac(Qt))),n!==s&&(o=Pp())!==s?("status"===r.substr(zi,6).toLowerCase()?(u=r.substr(zi,6),zi+=6):(u=s,0===ec&&ac(Vt)),u!==s?(Zi=t,e=function(r){return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"show",keyword:r.toLowerCase(),suffix:"status"}}}(n),t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=tb())!==s&&Pp()!==s?("binlog"===r.substr(zi,6).toLowerCase()?(n=r.substr(zi,6),zi+=6):(n=s,0===ec&&ac(zt)),n!==s&&(o=Pp())!==s?("events"===r.substr(zi,6).toLowerCase()?(u=r.substr(zi,6),zi+=6):(u=s,0===ec&&ac(Zt)),u!==s&&(a=Pp())!==s?((i=zl())===s&&(i=null),i!==s&&Pp()!==s?((c=fl())===s&&(c=null),c!==s&&Pp()!==s?((l=Sl())===s&&(l=null),l!==s?(Zi=t,b=i,p=c,v=l,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"show",suffix:"events",keyword:"binlog",in:b,from:p,limit:v}},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=tb())!==s&&Pp()!==s?(n=zi,"character"===r.substr(zi,9).toLowerCase()?(o=r.substr(zi,9),zi+=9):(o=s,0===ec&&ac(lt)),o!==s&&(u=Pp())!==s?("set"===r.substr(zi,3).toLowerCase()?(a=r.substr(zi,3),zi+=3):(a=s,0===ec&&ac(ft)),a!==s?n=o=[o,u,a]:(zi=n,n=s)):(zi=n,n=s),n===s&&("collation"===r.substr(zi,9).toLowerCase()?(n=r.substr(zi,9),zi+=9):(n=s,0===ec&&ac(Jt)),n===s&&("databases"===r.substr(zi,9).toLowerCase()?(n=r.substr(zi,9),zi+=9):(n=s,0===ec&&ac(re)))),n!==s&&(o=Pp())!==s?((u=Ql())===s&&(u=El()),u===s&&(u=null),u!==s?(Zi=t,e=function(r,t){let e=Array.isArray(r)&&r||[r];return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"show",suffix:e[2]&&e[2].toLowerCase(),keyword:e[0].toLowerCase(),expr:t}}}(n,u),t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=tb())!==s&&Pp()!==s?("columns"===r.substr(zi,7).toLowerCase()?(n=r.substr(zi,7),zi+=7):(n=s,0===ec&&ac(te)),n===s&&("indexes"===r.substr(zi,7).toLowerCase()?(n=r.substr(zi,7),zi+=7):(n=s,0===ec&&ac(ee)),n===s&&("index"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(It)))),n!==s&&(o=Pp())!==s&&(u=fl())!==s?(Zi=t,e=function(r,t){return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"show",keyword:r.toLowerCase(),from:t}}}(n,u),t=e):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=tb())!==s&&Pp()!==s&&(n=ub())!==s&&(o=Pp())!==s?((u=vp())===s&&(u=Lb())===s&&("event"===r.substr(zi,5).toLowerCase()?(u=r.substr(zi,5),zi+=5):(u=s,0===ec&&ac(ne)),u===s&&(u=hb())===s&&("procedure"===r.substr(zi,9).toLowerCase()?(u=r.substr(zi,9),zi+=9):(u=s,0===ec&&ac(Kt)))),u!==s&&(a=Pp())!==s&&(i=Cl())!==s?(Zi=t,e=function(r,t){const e=r.toLowerCase();return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"show",keyword:"create",suffix:e,[e]:t}}}(u,i),t=e):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=function(){var t,e,n,o;t=zi,(e=tb())!==s&&Pp()!==s?("grants"===r.substr(zi,6).toLowerCase()?(n=r.substr(zi,6),zi+=6):(n=s,0===ec&&ac(oe)),n!==s&&Pp()!==s?((o=function(){var t,e,n,o,u,a,i;t=zi,"for"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(vr));e!==s&&Pp()!==s&&(n=lf())!==s&&Pp()!==s?(o=zi,(u=dp())!==s&&(a=Pp())!==s&&(i=lf())!==s?o=u=[u,a,i]:(zi=o,o=s),o===s&&(o=null),o!==s&&(u=Pp())!==s?((a=function(){var r,t;r=zi,Ib()!==s&&Pp()!==s&&(t=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=lf())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=lf())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=lf())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=Yt(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s?(Zi=r,r=t):(zi=r,r=s);return r}())===s&&(a=null),a!==s?(Zi=t,l=a,e={user:n,host:(c=o)&&c[2],role_list:l},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var c,l;return t}())===s&&(o=null),o!==s?(Zi=t,u=o,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"show",keyword:"grants",for:u}},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var u;return t}()))))))));var b,p,v;var d;return t}())===s&&(t=function(){var t,e,n;t=zi,(e=jb())===s&&(e=function(){var t,e,n,o;t=zi,"describe"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac($u));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DESCRIBE"):(zi=t,t=s)):(zi=t,t=s);return t}());e!==s&&Pp()!==s&&(n=lf())!==s?(Zi=t,o=n,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"desc",table:o}},t=e):(zi=t,t=s);var o;return t}())===s&&(t=function(){var t,e,n,o,u,a,i,c,l;t=zi,"grant"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Ue));e!==s&&Pp()!==s&&(n=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Vc())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Vc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Vc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=h(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s&&Pp()!==s&&(o=Ab())!==s&&Pp()!==s?((u=function(){var t,e;t=zi,(e=Lb())===s&&("function"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(Qt)),e===s&&("procedure"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(Kt))));e!==s&&(Zi=t,e={type:"origin",value:e.toUpperCase()});return t=e}())===s&&(u=null),u!==s&&Pp()!==s&&(a=function(){var r,t,e,n,o;r=zi,t=zi,(e=lf())===s&&(e=Rp());e!==s&&(n=Pp())!==s&&(o=Np())!==s?t=e=[e,n,o]:(zi=t,t=s);t===s&&(t=null);t!==s&&(e=Pp())!==s?((n=lf())===s&&(n=Rp()),n!==s?(Zi=r,a=n,t={prefix:(u=t)&&u[0],name:a},r=t):(zi=r,r=s)):(zi=r,r=s);var u,a;return r}())!==s&&Pp()!==s&&(i=rb())!==s&&Pp()!==s&&(c=Kc())!==s&&Pp()!==s?((l=function(){var t,e,n;t=zi,Sb()!==s&&Pp()!==s?("grant"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Ue)),e!==s&&Pp()!==s?("option"===r.substr(zi,6).toLowerCase()?(n=r.substr(zi,6),zi+=6):(n=s,0===ec&&ac(De)),n!==s?(Zi=t,t={type:"origin",value:"with grant option"}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(l=null),l!==s?(Zi=t,f=n,b=u,p=a,v=i,d=c,y=l,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"grant",keyword:"priv",objects:f,on:{object_type:b,priv_level:[p]},to_from:v[0],user_or_roles:d,with:y}},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var f,b,p,v,d,y;t===s&&(t=zi,"GRANT"===r.substr(zi,5)?(e="GRANT",zi+=5):(e=s,0===ec&&ac(He)),e!==s&&Pp()!==s?("PROXY"===r.substr(zi,5)?(n="PROXY",zi+=5):(n=s,0===ec&&ac(Ye)),n!==s&&Pp()!==s&&(o=Ab())!==s&&Pp()!==s&&(u=Xc())!==s&&Pp()!==s&&(a=rb())!==s&&Pp()!==s&&(i=Kc())!==s&&Pp()!==s?((c=Qc())===s&&(c=null),c!==s?(Zi=t,e=function(r,t,e,n){return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"grant",keyword:"proxy",objects:[{priv:{type:"origin",value:"proxy"}}],on:r,to_from:t[0],user_or_roles:e,with:n}}}(u,a,i,c),t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"GRANT"===r.substr(zi,5)?(e="GRANT",zi+=5):(e=s,0===ec&&ac(He)),e!==s&&Pp()!==s&&(n=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=lf())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=lf())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=lf())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=h(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s&&Pp()!==s&&(o=rb())!==s&&Pp()!==s&&(u=Kc())!==s&&Pp()!==s?((a=Qc())===s&&(a=null),a!==s?(Zi=t,e=function(r,t,e,n){return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"grant",keyword:"role",objects:r.map(r=>({priv:{type:"string",value:r}})),to_from:t[0],user_or_roles:e,with:n}}}(n,o,u,a),t=e):(zi=t,t=s)):(zi=t,t=s)));return t}())===s&&(t=function(){var t,e,n;t=zi,(e=function(){var t,e,n,o;t=zi,"explain"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(pu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&Pp()!==s&&(n=ol())!==s?(Zi=t,o=n,e={tableList:Array.from(hv),columnList:yv(Cv),ast:{type:"explain",expr:o}},t=e):(zi=t,t=s);var o;return t}())===s&&(t=function(){var t,e,n,o;t=zi,"commit"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(ve));e===s&&("rollback"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(de)));e!==s&&(Zi=t,e={type:"transaction",expr:{action:{type:"origin",value:e}}});(t=e)===s&&(t=zi,"begin"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(ye)),e!==s&&Pp()!==s?("work"===r.substr(zi,4).toLowerCase()?(n=r.substr(zi,4),zi+=4):(n=s,0===ec&&ac(we)),n===s&&("transaction"===r.substr(zi,11).toLowerCase()?(n=r.substr(zi,11),zi+=11):(n=s,0===ec&&ac(Le))),n===s&&(n=null),n!==s&&Pp()!==s?((o=$c())===s&&(o=null),o!==s?(Zi=t,e=function(r,t){return{type:"transaction",expr:{action:{type:"origin",value:"begin"},keyword:r,modes:t}}}(n,o),t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"start"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(he)),e!==s&&Pp()!==s?("transaction"===r.substr(zi,11).toLowerCase()?(n=r.substr(zi,11),zi+=11):(n=s,0===ec&&ac(Ce)),n!==s&&Pp()!==s?((o=$c())===s&&(o=null),o!==s?(Zi=t,e=function(r,t){return{type:"transaction",expr:{action:{type:"origin",value:"start"},keyword:r,modes:t}}}(n,o),t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)));return t}())===s&&(t=function(){var t,e,n,o,u,a,i,c,l,f,b,p,v,y,w,L,h,C,m,E,A,T,_,g,I;t=zi,"load"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Se));e!==s&&Pp()!==s?("data"===r.substr(zi,4).toLowerCase()?(n=r.substr(zi,4),zi+=4):(n=s,0===ec&&ac(gt)),n!==s&&Pp()!==s?("low_priority"===r.substr(zi,12).toLowerCase()?(o=r.substr(zi,12),zi+=12):(o=s,0===ec&&ac(Ft)),o===s&&("concurrent"===r.substr(zi,10).toLowerCase()?(o=r.substr(zi,10),zi+=10):(o=s,0===ec&&ac(Ne))),o===s&&(o=null),o!==s&&Pp()!==s?("local"===r.substr(zi,5).toLowerCase()?(u=r.substr(zi,5),zi+=5):(u=s,0===ec&&ac(X)),u===s&&(u=null),u!==s&&Pp()!==s?("infile"===r.substr(zi,6).toLowerCase()?(a=r.substr(zi,6),zi+=6):(a=s,0===ec&&ac(Oe)),a!==s&&Pp()!==s&&(i=af())!==s&&Pp()!==s?((c=kl())===s&&(c=null),c!==s&&Pp()!==s?("into"===r.substr(zi,4).toLowerCase()?(l=r.substr(zi,4),zi+=4):(l=s,0===ec&&ac(Re)),l!==s&&Pp()!==s?("table"===r.substr(zi,5).toLowerCase()?(f=r.substr(zi,5),zi+=5):(f=s,0===ec&&ac(je)),f!==s&&Pp()!==s&&(b=Cl())!==s&&Pp()!==s?((p=jl())===s&&(p=null),p!==s&&Pp()!==s?(v=zi,(y=Gc())!==s&&(w=Pp())!==s&&(L=af())!==s?v=y=[y,w,L]:(zi=v,v=s),v===s&&(v=null),v!==s&&(y=Pp())!==s?((w=function(){var t,e,n,o,u,a,i,c,l,f,b,p;t=zi,"fields"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(me));e===s&&("columns"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(te)));e!==s&&Pp()!==s?(n=zi,"terminated"===r.substr(zi,10).toLowerCase()?(o=r.substr(zi,10),zi+=10):(o=s,0===ec&&ac(Ee)),o!==s&&(u=Pp())!==s?("by"===r.substr(zi,2).toLowerCase()?(a=r.substr(zi,2),zi+=2):(a=s,0===ec&&ac(d)),a!==s&&(i=Pp())!==s&&(c=af())!==s?n=o=[o,u,a,i,c]:(zi=n,n=s)):(zi=n,n=s),n===s&&(n=null),n!==s&&(o=Pp())!==s?(u=zi,"optionally"===r.substr(zi,10).toLowerCase()?(a=r.substr(zi,10),zi+=10):(a=s,0===ec&&ac(Ae)),a===s&&(a=null),a!==s&&(i=Pp())!==s?("enclosed"===r.substr(zi,8).toLowerCase()?(c=r.substr(zi,8),zi+=8):(c=s,0===ec&&ac(Te)),c!==s&&(l=Pp())!==s?("by"===r.substr(zi,2).toLowerCase()?(f=r.substr(zi,2),zi+=2):(f=s,0===ec&&ac(d)),f!==s&&(b=Pp())!==s&&(p=af())!==s?u=a=[a,i,c,l,f,b,p]:(zi=u,u=s)):(zi=u,u=s)):(zi=u,u=s),u===s&&(u=null),u!==s&&(a=Pp())!==s?(i=zi,"escaped"===r.substr(zi,7).toLowerCase()?(c=r.substr(zi,7),zi+=7):(c=s,0===ec&&ac(_e)),c!==s&&(l=Pp())!==s?("by"===r.substr(zi,2).toLowerCase()?(f=r.substr(zi,2),zi+=2):(f=s,0===ec&&ac(d)),f!==s&&(b=Pp())!==s&&(p=af())!==s?i=c=[c,l,f,b,p]:(zi=i,i=s)):(zi=i,i=s),i===s&&(i=null),i!==s?(Zi=t,v=e,w=u,L=i,(y=n)&&(y[4].prefix="TERMINATED BY"),w&&(w[6].prefix=(w[0]&&"OPTIONALLY"===w[0].toUpperCase()?"OPTIONALLY ":"")+"ENCLOSED BY"),L&&(L[4].prefix="ESCAPED BY"),e={keyword:v,terminated:y&&y[4],enclosed:w&&w[6],escaped:L&&L[4]},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var v,y,w,L;return t}())===s&&(w=null),w!==s&&(L=Pp())!==s?((h=function(){var t,e,n,o;t=zi,"lines"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Ie));e!==s&&Pp()!==s?((n=Wc())===s&&(n=null),n!==s&&Pp()!==s?((o=Wc())===s&&(o=null),o!==s?(Zi=t,e=function(r,t,e){if(t&&e&&t.type===e.type)throw new Error("LINES cannot be specified twice");return t&&Reflect.deleteProperty(t,"type"),e&&Reflect.deleteProperty(e,"type"),{keyword:r,...t||{},...e||{}}}(e,n,o),t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(h=null),h!==s&&Pp()!==s?(C=zi,(m=bb())!==s&&(E=Pp())!==s&&(A=qf())!==s&&(T=Pp())!==s?("lines"===r.substr(zi,5).toLowerCase()?(_=r.substr(zi,5),zi+=5):(_=s,0===ec&&ac(Ie)),_===s&&("rows"===r.substr(zi,4).toLowerCase()?(_=r.substr(zi,4),zi+=4):(_=s,0===ec&&ac(xe))),_!==s?C=m=[m,E,A,T,_]:(zi=C,C=s)):(zi=C,C=s),C===s&&(C=null),C!==s&&(m=Pp())!==s?((E=ul())===s&&(E=null),E!==s&&(A=Pp())!==s?(T=zi,(_=yb())!==s&&(g=Pp())!==s&&(I=Nl())!==s?T=_=[_,g,I]:(zi=T,T=s),T===s&&(T=null),T!==s?(Zi=t,N=E,O=T,e={type:"load_data",mode:o,local:u,file:i,replace_ignore:c,table:b,partition:p,character_set:v,fields:w,lines:h,ignore:(S=C)&&{count:S[2],suffix:S[4]},column:N,set:O&&O[2]},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var S,N,O;return t}()),t}function bc(){var r;return(r=vc())===s&&(r=function(){var r,t,e,n,o,u,a,i;r=zi,(t=Pp())!==s?((e=Zc())===s&&(e=null),e!==s&&Pp()!==s&&sb()!==s&&Pp()!==s&&(n=yl())!==s&&Pp()!==s&&yb()!==s&&Pp()!==s&&(o=Nl())!==s&&Pp()!==s?((u=El())===s&&(u=null),u!==s&&Pp()!==s?((a=_l())===s&&(a=null),a!==s&&Pp()!==s?((i=Sl())===s&&(i=null),i!==s?(Zi=r,t=function(r,t,e,n,o,s){const u={};return t&&t.forEach(r=>{const{db:t,as:e,table:n,join:o}=r,s=o?"select":"update";t&&(u[n]=t),n&&hv.add(`${s}::${t}::${n}`)}),e&&e.forEach(r=>{if(r.table){const t=dv(r.table);hv.add(`update::${u[t]||null}::${t}`)}Cv.add(`update::${r.table}::${r.column}`)}),{tableList:Array.from(hv),columnList:yv(Cv),ast:{with:r,type:"update",table:t,set:e,where:n,orderby:o,limit:s}}}(e,n,o,u,a,i),r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s);return r}())===s&&(r=function(){var r,t,e,n,o,u,a,i,c;r=zi,(t=kl())!==s&&Pp()!==s?((e=bb())===s&&(e=null),e!==s&&Pp()!==s?((n=vb())===s&&(n=null),n!==s&&Pp()!==s&&(o=Cl())!==s&&Pp()!==s?((u=jl())===s&&(u=null),u!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(a=sf())!==s&&Pp()!==s&&xp()!==s&&Pp()!==s&&(i=Rl())!==s&&Pp()!==s?((c=xl())===s&&(c=null),c!==s?(Zi=r,t=function(r,t,e,n,o,s,u,a){if(n&&(hv.add(`insert::${n.db}::${n.table}`),n.as=null),s){let r=n&&n.table||null;Array.isArray(u.values)&&u.values.forEach((r,t)=>{if(r.value.length!=s.length)throw new Error("Error: column count doesn't match value count at row "+(t+1))}),s.forEach(t=>Cv.add(`insert::${r}::${t}`))}const i=[t,e].filter(r=>r).map(r=>r[0]&&r[0].toLowerCase()).join(" ");return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:r,table:[n],columns:s,values:u,partition:o,prefix:i,on_duplicate_update:a}}}(t,e,n,o,u,a,i,c),r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s);return r}())===s&&(r=function(){var r,t,e,n,o,u,a,i;r=zi,(t=kl())!==s&&Pp()!==s?((e=bb())===s&&(e=null),e!==s&&Pp()!==s?((n=vb())===s&&(n=null),n!==s&&Pp()!==s&&(o=Cl())!==s&&Pp()!==s?((u=jl())===s&&(u=null),u!==s&&Pp()!==s&&(a=Rl())!==s&&Pp()!==s?((i=xl())===s&&(i=null),i!==s?(Zi=r,t=function(r,t,e,n,o,s,u){n&&(hv.add(`insert::${n.db}::${n.table}`),Cv.add(`insert::${n.table}::(.*)`),n.as=null);const a=[t,e].filter(r=>r).map(r=>r[0]&&r[0].toLowerCase()).join(" ");return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:r,table:[n],columns:null,values:s,partition:o,prefix:a,on_duplicate_update:u}}}(t,e,n,o,u,a,i),r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s);return r}())===s&&(r=function(){var r,t,e,n,o,u,a,i;r=zi,(t=kl())!==s&&Pp()!==s?((e=bb())===s&&(e=null),e!==s&&Pp()!==s?((n=vb())===s&&(n=null),n!==s&&Pp()!==s&&(o=Cl())!==s&&Pp()!==s?((u=jl())===s&&(u=null),u!==s&&Pp()!==s&&yb()!==s&&Pp()!==s&&(a=Nl())!==s&&Pp()!==s?((i=xl())===s&&(i=null),i!==s?(Zi=r,t=function(r,t,e,n,o,s,u){n&&(hv.add(`insert::${n.db}::${n.table}`),Cv.add(`insert::${n.table}::(.*)`),n.as=null);const a=[t,e].filter(r=>r).map(r=>r[0]&&r[0].toLowerCase()).join(" ");return{tableList:Array.from(hv),columnList:yv(Cv),ast:{type:r,table:[n],columns:null,partition:o,prefix:a,set:s,on_duplicate_update:u}}}(t,e,n,o,u,a,i),r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s);return r}())===s&&(r=function(){var r,t,e,n,o,u,a,i;r=zi,(t=Pp())!==s?((e=Zc())===s&&(e=null),e!==s&&Pp()!==s&&ib()!==s&&Pp()!==s?((n=yl())===s&&(n=null),n!==s&&Pp()!==s&&(o=fl())!==s&&Pp()!==s?((u=El())===s&&(u=null),u!==s&&Pp()!==s?((a=_l())===s&&(a=null),a!==s&&Pp()!==s?((i=Sl())===s&&(i=null),i!==s?(Zi=r,t=function(r,t,e,n,o,s){if(e){(Array.isArray(e)?e:e.expr).forEach(r=>{const{db:t,as:e,table:n,join:o}=r,s=o?"select":"delete";n&&hv.add(`${s}::${t}::${n}`),o||Cv.add(`delete::${n}::(.*)`)})}if(null===t&&1===e.length){const r=e[0];t=[{db:r.db,table:r.table,as:r.as,addition:!0}]}return{tableList:Array.from(hv),columnList:yv(Cv),ast:{with:r,type:"delete",table:t,from:e,where:n,orderby:o,limit:s}}}(e,n,o,u,a,i),r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s);return r}())===s&&(r=fc())===s&&(r=function(){var r,t;r=[],t=Wp();for(;t!==s;)r.push(t),t=Wp();return r}()),r}function pc(){var t,e,n,o;return t=zi,(e=function(){var t,e,n,o;t=zi,"union"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Nu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&Pp()!==s?((n=xb())===s&&(n=kb()),n===s&&(n=null),n!==s?(Zi=t,t=e=(o=n)?"union "+o.toLowerCase():"union"):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=function(){var t,e,n,o;t=zi,"minus"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Ou));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(Zi=t,e="minus"),(t=e)===s&&(t=zi,(e=function(){var t,e,n,o;t=zi,"intersect"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(Ru));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(Zi=t,e="intersect"),(t=e)===s&&(t=zi,(e=function(){var t,e,n,o;t=zi,"except"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(ju));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(Zi=t,e="except"),t=e))),t}function vc(){var r,t,e,n,o,u,a,i;if(r=zi,(t=zc())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=pc())!==s&&(a=Pp())!==s&&(i=zc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=pc())!==s&&(a=Pp())!==s&&(i=zc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s&&(n=Pp())!==s?((o=_l())===s&&(o=null),o!==s&&(u=Pp())!==s?((a=Sl())===s&&(a=null),a!==s?(Zi=r,r=t=function(r,t,e,n){let o=r;for(let r=0;r<t.length;r++)o._next=t[r][3],o.set_op=t[r][1],o=o._next;return e&&(r._orderby=e),n&&(r._limit=n),{tableList:Array.from(hv),columnList:yv(Cv),ast:r}}(t,e,o,a)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)}else zi=r,r=s;return r}function dc(){var r,t,e;return r=zi,(t=Yl())!==s&&Pp()!==s?((e=Rb())===s&&(e=jb()),e===s&&(e=null),e!==s?(Zi=r,r=t=c(t,e)):(zi=r,r=s)):(zi=r,r=s),r===s&&(r=function(){var r,t,e;r=zi,(t=of())!==s&&Pp()!==s?((e=Rb())===s&&(e=jb()),e===s&&(e=null),e!==s?(Zi=r,t=c(t,e),r=t):(zi=r,r=s)):(zi=r,r=s);return r}()),r}function yc(){var t,e;return t=zi,"if"===r.substr(zi,2).toLowerCase()?(e=r.substr(zi,2),zi+=2):(e=s,0===ec&&ac(f)),e!==s&&Pp()!==s&&Fb()!==s&&Pp()!==s&&Gb()!==s?(Zi=t,t=e="IF NOT EXISTS"):(zi=t,t=s),t}function wc(){var t,e,n;return t=zi,(e=Xc())!==s&&Pp()!==s?((n=function(){var t,e,n,o,u,a,i,c,l;return t=zi,r.substr(zi,10)===b?(e=b,zi+=10):(e=s,0===ec&&ac(p)),e!==s&&Pp()!==s?(n=zi,"with"===r.substr(zi,4).toLowerCase()?(o=r.substr(zi,4),zi+=4):(o=s,0===ec&&ac(v)),o!==s&&(u=Pp())!==s&&(a=lf())!==s?n=o=[o,u,a]:(zi=n,n=s),n===s&&(n=null),n!==s&&(o=Pp())!==s?("by"===r.substr(zi,2).toLowerCase()?(u=r.substr(zi,2),zi+=2):(u=s,0===ec&&ac(d)),u!==s&&(a=Pp())!==s?("random"===r.substr(zi,6).toLowerCase()?(i=r.substr(zi,6),zi+=6):(i=s,0===ec&&ac(y)),i!==s&&Pp()!==s?("password"===r.substr(zi,8).toLowerCase()?(c=r.substr(zi,8),zi+=8):(c=s,0===ec&&ac(w)),c!==s?(Zi=t,t=e={keyword:["identified",(l=n)&&l[0].toLowerCase()].filter(r=>r).join(" "),auth_plugin:l&&l[2],value:{prefix:"by",type:"origin",value:"random password"}}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,r.substr(zi,10)===b?(e=b,zi+=10):(e=s,0===ec&&ac(p)),e!==s&&Pp()!==s?(n=zi,"with"===r.substr(zi,4).toLowerCase()?(o=r.substr(zi,4),zi+=4):(o=s,0===ec&&ac(v)),o!==s&&(u=Pp())!==s&&(a=lf())!==s?n=o=[o,u,a]:(zi=n,n=s),n===s&&(n=null),n!==s&&(o=Pp())!==s?("by"===r.substr(zi,2).toLowerCase()?(u=r.substr(zi,2),zi+=2):(u=s,0===ec&&ac(d)),u!==s&&(a=Pp())!==s&&(i=Yf())!==s?(Zi=t,t=e=function(r,t){return t.prefix="by",{keyword:["identified",r&&r[0].toLowerCase()].filter(r=>r).join(" "),auth_plugin:r&&r[2],value:t}}(n,i)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,r.substr(zi,10)===b?(e=b,zi+=10):(e=s,0===ec&&ac(p)),e!==s&&Pp()!==s?("with"===r.substr(zi,4).toLowerCase()?(n=r.substr(zi,4),zi+=4):(n=s,0===ec&&ac(v)),n!==s&&(o=Pp())!==s&&(u=lf())!==s&&(a=Pp())!==s?("as"===r.substr(zi,2).toLowerCase()?(i=r.substr(zi,2),zi+=2):(i=s,0===ec&&ac(L)),i!==s&&Pp()!==s&&(c=Yf())!==s?(Zi=t,t=e=function(r,t){return t.prefix="as",{keyword:"identified with",auth_plugin:r&&r[2],value:t}}(u,c)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s))),t}())===s&&(n=null),n!==s?(Zi=t,t=e={user:e,auth_option:n}):(zi=t,t=s)):(zi=t,t=s),t}function Lc(){var t,e,n;return t=zi,"none"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(m)),e===s&&("ssl"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(E)),e===s&&("x509"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(A)))),e!==s&&(Zi=t,e={type:"origin",value:e}),(t=e)===s&&(t=zi,"cipher"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(T)),e===s&&("issuer"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(_)),e===s&&("subject"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(g)))),e!==s&&Pp()!==s&&(n=Yf())!==s?(Zi=t,t=e=I(e,n)):(zi=t,t=s)),t}function hc(){var t,e,n;return t=zi,"max_queries_per_hour"===r.substr(zi,20).toLowerCase()?(e=r.substr(zi,20),zi+=20):(e=s,0===ec&&ac(N)),e===s&&("max_updates_per_hour"===r.substr(zi,20).toLowerCase()?(e=r.substr(zi,20),zi+=20):(e=s,0===ec&&ac(O)),e===s&&("max_connections_per_hour"===r.substr(zi,24).toLowerCase()?(e=r.substr(zi,24),zi+=24):(e=s,0===ec&&ac(R)),e===s&&("max_user_connections"===r.substr(zi,20).toLowerCase()?(e=r.substr(zi,20),zi+=20):(e=s,0===ec&&ac(j))))),e!==s&&Pp()!==s&&(n=qf())!==s?(Zi=t,t=e=I(e,n)):(zi=t,t=s),t}function Cc(){var t,e,n,o,u,a;return t=zi,"password"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(w)),e!==s&&Pp()!==s?("expire"===r.substr(zi,6).toLowerCase()?(n=r.substr(zi,6),zi+=6):(n=s,0===ec&&ac(x)),n!==s&&Pp()!==s?("default"===r.substr(zi,7).toLowerCase()?(o=r.substr(zi,7),zi+=7):(o=s,0===ec&&ac(k)),o===s&&("never"===r.substr(zi,5).toLowerCase()?(o=r.substr(zi,5),zi+=5):(o=s,0===ec&&ac(U)),o===s&&(o=Pl())),o!==s?(Zi=t,t=e={keyword:"password expire",value:"string"==typeof(a=o)?{type:"origin",value:a}:a}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"password"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(w)),e!==s&&Pp()!==s?("history"===r.substr(zi,7).toLowerCase()?(n=r.substr(zi,7),zi+=7):(n=s,0===ec&&ac(D)),n!==s&&Pp()!==s?("default"===r.substr(zi,7).toLowerCase()?(o=r.substr(zi,7),zi+=7):(o=s,0===ec&&ac(k)),o===s&&(o=qf()),o!==s?(Zi=t,t=e=function(r){return{keyword:"password history",value:"string"==typeof r?{type:"origin",value:r}:r}}(o)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"password"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(w)),e!==s&&Pp()!==s?("REUSE"===r.substr(zi,5)?(n="REUSE",zi+=5):(n=s,0===ec&&ac(M)),n!==s&&Pp()!==s&&(o=Pl())!==s?(Zi=t,t=e=function(r){return{keyword:"password reuse",value:r}}(o)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"password"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(w)),e!==s&&Pp()!==s?("require"===r.substr(zi,7).toLowerCase()?(n=r.substr(zi,7),zi+=7):(n=s,0===ec&&ac(S)),n!==s&&Pp()!==s?("current"===r.substr(zi,7).toLowerCase()?(o=r.substr(zi,7),zi+=7):(o=s,0===ec&&ac(P)),o!==s&&Pp()!==s?("default"===r.substr(zi,7).toLowerCase()?(u=r.substr(zi,7),zi+=7):(u=s,0===ec&&ac(k)),u===s&&("optional"===r.substr(zi,8).toLowerCase()?(u=r.substr(zi,8),zi+=8):(u=s,0===ec&&ac(G))),u!==s?(Zi=t,t=e=function(r){return{keyword:"password require current",value:{type:"origin",value:r}}}(u)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"failed_login_attempts"===r.substr(zi,21).toLowerCase()?(e=r.substr(zi,21),zi+=21):(e=s,0===ec&&ac(F)),e!==s&&Pp()!==s&&(n=qf())!==s?(Zi=t,t=e=function(r){return{keyword:"failed_login_attempts",value:r}}(n)):(zi=t,t=s),t===s&&(t=zi,"password_lock_time"===r.substr(zi,18).toLowerCase()?(e=r.substr(zi,18),zi+=18):(e=s,0===ec&&ac(H)),e!==s&&Pp()!==s?((n=qf())===s&&("unbounded"===r.substr(zi,9).toLowerCase()?(n=r.substr(zi,9),zi+=9):(n=s,0===ec&&ac(Y))),n!==s?(Zi=t,t=e=function(r){return{keyword:"password_lock_time",value:"string"==typeof r?{type:"origin",value:r}:r}}(n)):(zi=t,t=s)):(zi=t,t=s)))))),t}function mc(){var r;return(r=kc())===s&&(r=Ac())===s&&(r=jc())===s&&(r=xc()),r}function Ec(){var t,e,n,o,u;return t=zi,(e=function(){var t,e;t=zi,(e=function(){var t,e,n,o;t=zi,"not null"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(Qs));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(Zi=t,e={type:"not null",value:"not null"});return t=e}())===s&&(e=Hf()),e!==s&&(Zi=t,(u=e)&&!u.value&&(u.value="null"),e={nullable:u}),(t=e)===s&&(t=zi,(e=function(){var r,t;r=zi,Jf()!==s&&Pp()!==s&&(t=Yl())!==s?(Zi=r,r={type:"default",value:t}):(zi=r,r=s);return r}())!==s&&(Zi=t,e={default_val:e}),(t=e)===s&&(t=zi,"auto_increment"===r.substr(zi,14).toLowerCase()?(e=r.substr(zi,14),zi+=14):(e=s,0===ec&&ac(ur)),e!==s&&(Zi=t,e={auto_increment:e.toLowerCase()}),(t=e)===s&&(t=zi,"unique"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(ar)),e!==s&&Pp()!==s?("key"===r.substr(zi,3).toLowerCase()?(n=r.substr(zi,3),zi+=3):(n=s,0===ec&&ac(ir)),n===s&&(n=null),n!==s?(Zi=t,t=e=function(r){const t=["unique"];return r&&t.push(r),{unique:t.join(" ").toLowerCase("")}}(n)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"primary"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(cr)),e===s&&(e=null),e!==s&&Pp()!==s?("key"===r.substr(zi,3).toLowerCase()?(n=r.substr(zi,3),zi+=3):(n=s,0===ec&&ac(ir)),n!==s?(Zi=t,t=e=function(r){const t=[];return r&&t.push("primary"),t.push("key"),{primary_key:t.join(" ").toLowerCase("")}}(e)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=Hp())!==s&&(Zi=t,e={comment:e}),(t=e)===s&&(t=zi,(e=_c())!==s&&(Zi=t,e={collate:e}),(t=e)===s&&(t=zi,(e=function(){var t,e,n;t=zi,"column_format"===r.substr(zi,13).toLowerCase()?(e=r.substr(zi,13),zi+=13):(e=s,0===ec&&ac(Cr));e!==s&&Pp()!==s?("fixed"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(mr)),n===s&&("dynamic"===r.substr(zi,7).toLowerCase()?(n=r.substr(zi,7),zi+=7):(n=s,0===ec&&ac(Er)),n===s&&("default"===r.substr(zi,7).toLowerCase()?(n=r.substr(zi,7),zi+=7):(n=s,0===ec&&ac(k)))),n!==s?(Zi=t,e={type:"column_format",value:n.toLowerCase()},t=e):(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(Zi=t,e={column_format:e}),(t=e)===s&&(t=zi,(e=function(){var t,e,n;t=zi,"storage"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Ar));e!==s&&Pp()!==s?("disk"===r.substr(zi,4).toLowerCase()?(n=r.substr(zi,4),zi+=4):(n=s,0===ec&&ac(Tr)),n===s&&("memory"===r.substr(zi,6).toLowerCase()?(n=r.substr(zi,6),zi+=6):(n=s,0===ec&&ac(_r))),n!==s?(Zi=t,e={type:"storage",value:n.toLowerCase()},t=e):(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(Zi=t,e={storage:e}),(t=e)===s&&(t=zi,(e=Dc())!==s&&(Zi=t,e={reference_definition:e}),(t=e)===s&&(t=zi,(e=function(){var t,e,n,o,u,a,i,c;t=zi,(e=Uc())===s&&(e=null);e!==s&&Pp()!==s?("check"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(K)),n!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(o=Bl())!==s&&Pp()!==s&&xp()!==s&&Pp()!==s?(u=zi,(a=Fb())===s&&(a=null),a!==s&&(i=Pp())!==s?("enforced"===r.substr(zi,8).toLowerCase()?(c=r.substr(zi,8),zi+=8):(c=s,0===ec&&ac(tt)),c!==s?u=a=[a,i,c]:(zi=u,u=s)):(zi=u,u=s),u===s&&(u=null),u!==s?(Zi=t,e=function(r,t,e,n){const o=[];return n&&o.push(n[0],n[2]),{constraint_type:t.toLowerCase(),keyword:r&&r.keyword,constraint:r&&r.constraint,definition:[e],enforced:o.filter(r=>r).join(" ").toLowerCase(),resource:"constraint"}}(e,n,o,u),t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(Zi=t,e={check:e}),(t=e)===s&&(t=zi,(e=Gc())!==s&&Pp()!==s?((n=Lp())===s&&(n=null),n!==s&&Pp()!==s&&(o=af())!==s?(Zi=t,t=e=function(r,t,e){return{character_set:{type:r,value:e,symbol:t}}}(e,n,o)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=function(){var t,e,n,o,u,a,i,c;t=zi,e=zi,(n=function(){var t,e,n,o,u;t=zi,e=zi,"generated"===r.substr(zi,9).toLowerCase()?(n=r.substr(zi,9),zi+=9):(n=s,0===ec&&ac(gr));n!==s&&(o=Pp())!==s?("always"===r.substr(zi,6).toLowerCase()?(u=r.substr(zi,6),zi+=6):(u=s,0===ec&&ac(Ir)),u!==s?e=n=[n,o,u]:(zi=e,e=s)):(zi=e,e=s);e!==s&&(Zi=t,e=e.join("").toLowerCase());return t=e}())===s&&(n=null);n!==s&&(o=Pp())!==s?("as"===r.substr(zi,2).toLowerCase()?(u=r.substr(zi,2),zi+=2):(u=s,0===ec&&ac(L)),u!==s?e=n=[n,o,u]:(zi=e,e=s)):(zi=e,e=s);if(e!==s)if((n=Pp())!==s)if((o=jp())!==s)if((u=Pp())!==s)if((a=Ff())===s&&(a=Yl()),a!==s)if(Pp()!==s)if(xp()!==s)if(Pp()!==s){for(i=[],"stored"===r.substr(zi,6).toLowerCase()?(c=r.substr(zi,6),zi+=6):(c=s,0===ec&&ac(Sr)),c===s&&("virtual"===r.substr(zi,7).toLowerCase()?(c=r.substr(zi,7),zi+=7):(c=s,0===ec&&ac(Nr)));c!==s;)i.push(c),"stored"===r.substr(zi,6).toLowerCase()?(c=r.substr(zi,6),zi+=6):(c=s,0===ec&&ac(Sr)),c===s&&("virtual"===r.substr(zi,7).toLowerCase()?(c=r.substr(zi,7),zi+=7):(c=s,0===ec&&ac(Nr)));i!==s?(Zi=t,l=i,e={type:"generated",expr:a,value:e.filter(r=>"string"==typeof r).join(" ").toLowerCase(),storage_type:l&&l[0]&&l[0].toLowerCase()},t=e):(zi=t,t=s)}else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;var l;return t}())!==s&&(Zi=t,e={generated:e}),t=e)))))))))))),t}function Ac(){var r,t,e,n,o,u,a;return r=zi,(t=of())!==s&&Pp()!==s&&(e=ev())!==s&&Pp()!==s?((n=function(){var r,t,e,n,o,u;if(r=zi,(t=Ec())!==s)if(Pp()!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Ec())!==s?n=o=[o,u]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Ec())!==s?n=o=[o,u]:(zi=n,n=s);e!==s?(Zi=r,r=t=function(r,t){let e=r;for(let r=0;r<t.length;r++)e={...e,...t[r][1]};return e}(t,e)):(zi=r,r=s)}else zi=r,r=s;else zi=r,r=s;return r}())===s&&(n=null),n!==s?(Zi=r,o=t,u=e,a=n,Cv.add(`create::${o.table}::${o.column}`),r=t={column:o,definition:u,resource:"column",...a||{}}):(zi=r,r=s)):(zi=r,r=s),r}function Tc(){var t,e,n,o,u;return t=zi,"definer"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(nr)),e!==s&&Pp()!==s&&Lp()!==s&&Pp()!==s?((n=df())===s&&(n=Yf()),n!==s&&Pp()!==s?(64===r.charCodeAt(zi)?(o="@",zi++):(o=s,0===ec&&ac(lr)),o!==s&&Pp()!==s?((u=df())===s&&(u=Yf()),u!==s?(Zi=t,t=e=function(r,t){const e=fv("@",r,t);return fv("=",{type:"origin",value:"definer"},e)}(n,u)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"definer"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(nr)),e!==s&&Pp()!==s&&Lp()!==s&&Pp()!==s&&(n=pp())!==s&&Pp()!==s&&(o=jp())!==s&&Pp()!==s&&(u=xp())!==s?(Zi=t,t=e=fr()):(zi=t,t=s),t===s&&(t=zi,"definer"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(nr)),e!==s&&Pp()!==s&&Lp()!==s&&Pp()!==s&&(n=pp())!==s?(Zi=t,t=e=fr()):(zi=t,t=s))),t}function _c(){var t,e,n;return t=zi,function(){var t,e,n,o;t=zi,"collate"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(pt));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="COLLATE"):(zi=t,t=s)):(zi=t,t=s);return t}()!==s&&Pp()!==s?((e=Lp())===s&&(e=null),e!==s&&Pp()!==s&&(n=lf())!==s?(Zi=t,t={type:"collate",keyword:"collate",collate:{name:n,symbol:e}}):(zi=t,t=s)):(zi=t,t=s),t}function gc(){var t,e,n;return t=zi,"if"===r.substr(zi,2).toLowerCase()?(e=r.substr(zi,2),zi+=2):(e=s,0===ec&&ac(Or)),e!==s&&Pp()!==s?("exists"===r.substr(zi,6).toLowerCase()?(n=r.substr(zi,6),zi+=6):(n=s,0===ec&&ac(Rr)),n!==s?(Zi=t,t=e="if exists"):(zi=t,t=s)):(zi=t,t=s),t}function Ic(){var t,e,n;return t=zi,"first"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(jr)),e!==s&&(Zi=t,e={keyword:e}),(t=e)===s&&(t=zi,"after"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(xr)),e!==s&&Pp()!==s&&(n=of())!==s?(Zi=t,t=e=function(r,t){return{keyword:r,expr:t}}(e,n)):(zi=t,t=s)),t}function Sc(){var t,e,n;return(t=function(){var r,t;r=zi,hp()!==s&&Pp()!==s&&(t=kc())!==s?(Zi=r,r={action:"add",create_definitions:t,resource:"constraint",type:"alter"}):(zi=r,r=s);return r}())===s&&(t=function(){var t,e,n,o;t=zi,(e=eb())!==s&&Pp()!==s?("check"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(K)),n!==s&&Pp()!==s&&(o=hf())!==s?(Zi=t,e={action:"drop",constraint:o,keyword:n.toLowerCase(),resource:"constraint",type:"alter"},t=e):(zi=t,t=s)):(zi=t,t=s);t===s&&(t=zi,(e=eb())!==s&&Pp()!==s?("constraint"===r.substr(zi,10).toLowerCase()?(n=r.substr(zi,10),zi+=10):(n=s,0===ec&&ac(Qr)),n!==s&&Pp()!==s&&(o=hf())!==s?(Zi=t,e=function(r,t){return{action:"drop",constraint:t,keyword:r.toLowerCase(),resource:"constraint",type:"alter"}}(n,o),t=e):(zi=t,t=s)):(zi=t,t=s));return t}())===s&&(t=function(){var t,e,n,o,u,a;t=zi,(e=eb())!==s&&Pp()!==s?("primary"===r.substr(zi,7).toLowerCase()?(n=r.substr(zi,7),zi+=7):(n=s,0===ec&&ac(cr)),n!==s&&(o=Pp())!==s&&(u=Ep())!==s?(Zi=t,t=e={action:"drop",key:"",keyword:"primary key",resource:"key",type:"alter"}):(zi=t,t=s)):(zi=t,t=s);t===s&&(t=zi,(e=eb())!==s&&Pp()!==s?(n=zi,"foreign"===r.substr(zi,7).toLowerCase()?(o=r.substr(zi,7),zi+=7):(o=s,0===ec&&ac(Kr)),o===s&&(o=null),o!==s&&(u=Pp())!==s&&(a=Ep())!==s?n=o=[o,u,a]:(zi=n,n=s),n===s&&(n=mp()),n!==s&&(o=Pp())!==s&&(u=lf())!==s?(Zi=t,e=function(r,t){const e=Array.isArray(r)?"key":"index";return{action:"drop",[e]:t,keyword:Array.isArray(r)?""+[r[0],r[2]].filter(r=>r).join(" ").toLowerCase():r.toLowerCase(),resource:e,type:"alter"}}(n,u),t=e):(zi=t,t=s)):(zi=t,t=s));return t}())===s&&(t=function(){var t,e,n,o;t=zi,Sb()!==s&&Pp()!==s?("check"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(K)),e!==s&&Pp()!==s?("check"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(K)),n!==s&&Pp()!==s&&Ip()!==s&&Pp()!==s&&(o=hf())!==s?(Zi=t,t={action:"with",constraint:o,keyword:"check check",resource:"constraint",type:"alter"}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n;t=zi,"nocheck"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(zr));e!==s&&Pp()!==s&&Ip()!==s&&Pp()!==s&&(n=hf())!==s?(Zi=t,t=e={action:"nocheck",constraint:n,resource:"constraint",type:"alter"}):(zi=t,t=s);return t}())===s&&(t=function(){var r,t,e,n,o;r=zi,(t=hp())!==s&&Pp()!==s&&(e=Cp())!==s&&Pp()!==s&&(n=Ac())!==s&&Pp()!==s?((o=Ic())===s&&(o=null),o!==s?(Zi=r,u=e,a=n,i=o,t={action:"add",...a,keyword:u,suffix:i,resource:"column",type:"alter"},r=t):(zi=r,r=s)):(zi=r,r=s);var u,a,i;r===s&&(r=zi,(t=hp())!==s&&Pp()!==s&&(e=Ac())!==s&&Pp()!==s?((n=Ic())===s&&(n=null),n!==s?(Zi=r,t=function(r,t){return{action:"add",...r,suffix:t,resource:"column",type:"alter"}}(e,n),r=t):(zi=r,r=s)):(zi=r,r=s));return r}())===s&&(t=function(){var r,t,e,n;r=zi,(t=eb())!==s&&Pp()!==s&&(e=Cp())!==s&&Pp()!==s&&(n=of())!==s?(Zi=r,r=t={action:"drop",column:n,keyword:e,resource:"column",type:"alter"}):(zi=r,r=s);r===s&&(r=zi,(t=eb())!==s&&Pp()!==s&&(e=of())!==s?(Zi=r,t=function(r){return{action:"drop",column:r,resource:"column",type:"alter"}}(e),r=t):(zi=r,r=s));return r}())===s&&(t=function(){var t,e,n,o,u;t=zi,(e=function(){var t,e,n,o;t=zi,"modify"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(di));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="MODIFY"):(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&Pp()!==s?((n=Cp())===s&&(n=null),n!==s&&Pp()!==s&&(o=Ac())!==s&&Pp()!==s?((u=Ic())===s&&(u=null),u!==s?(Zi=t,a=o,i=u,e={action:"modify",keyword:n,...a,suffix:i,resource:"column",type:"alter"},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var a,i;return t}())===s&&(t=function(){var r,t,e;r=zi,(t=hp())!==s&&Pp()!==s&&(e=jc())!==s?(Zi=r,n=e,t={action:"add",type:"alter",...n},r=t):(zi=r,r=s);var n;return r}())===s&&(t=function(){var r,t,e;r=zi,(t=hp())!==s&&Pp()!==s&&(e=xc())!==s?(Zi=r,n=e,t={action:"add",type:"alter",...n},r=t):(zi=r,r=s);var n;return r}())===s&&(t=function(){var r,t,e,n,o;r=zi,(t=fb())!==s&&Pp()!==s&&Cp()!==s&&Pp()!==s&&(e=of())!==s&&Pp()!==s?((n=rb())===s&&(n=wb()),n===s&&(n=null),n!==s&&Pp()!==s&&(o=of())!==s?(Zi=r,a=o,t={action:"rename",type:"alter",resource:"column",keyword:"column",old_column:e,prefix:(u=n)&&u[0].toLowerCase(),column:a},r=t):(zi=r,r=s)):(zi=r,r=s);var u,a;return r}())===s&&(t=function(){var r,t,e,n;r=zi,(t=fb())!==s&&Pp()!==s?((e=rb())===s&&(e=wb()),e===s&&(e=null),e!==s&&Pp()!==s&&(n=lf())!==s?(Zi=r,u=n,t={action:"rename",type:"alter",resource:"table",keyword:(o=e)&&o[0].toLowerCase(),table:u},r=t):(zi=r,r=s)):(zi=r,r=s);var o,u;return r}())===s&&(t=Oc())===s&&(t=Rc())===s&&(t=function(){var t,e,n,o,u,a;t=zi,"change"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Xr));e!==s&&Pp()!==s?((n=Cp())===s&&(n=null),n!==s&&Pp()!==s&&(o=of())!==s&&Pp()!==s&&(u=Ac())!==s&&Pp()!==s?((a=Ic())===s&&(a=null),a!==s?(Zi=t,i=n,c=u,l=a,e={action:"change",old_column:o,...c,keyword:i,resource:"column",type:"alter",suffix:l},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var i,c,l;return t}())===s&&(t=function(){var t,e,n,o,u;t=zi,"drop"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Dr));e===s&&("truncate"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(Mr)),e===s&&("discard"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Pr)),e===s&&("import"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Gr)),e===s&&("coalesce"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(Fr)),e===s&&("analyze"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Hr)),e===s&&("check"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(K))))))));e!==s&&Pp()!==s&&(n=pb())!==s&&Pp()!==s&&(o=ul())!==s&&Pp()!==s?("tablespace"===r.substr(zi,10).toLowerCase()?(u=r.substr(zi,10),zi+=10):(u=s,0===ec&&ac(Yr)),u===s&&(u=null),u!==s?(Zi=t,e=function(r,t,e,n){const o={action:r.toLowerCase(),keyword:t,resource:"partition",type:"alter",partitions:e};return n&&(o.suffix={keyword:n}),o}(e,n,o,u),t=e):(zi=t,t=s)):(zi=t,t=s);t===s&&(t=zi,(e=hp())!==s&&Pp()!==s&&(n=pb())!==s&&Pp()!==s&&(o=jp())!==s&&Pp()!==s&&(u=function(){var r,t,e,n,o,u,a,c;if(r=zi,(t=Nc())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(c=Nc())!==s?n=o=[o,u,a,c]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(c=Nc())!==s?n=o=[o,u,a,c]:(zi=n,n=s);e!==s?(Zi=r,t=i(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s&&Pp()!==s&&xp()!==s?(Zi=t,t=e={action:"add",keyword:n,resource:"partition",type:"alter",partitions:u}):(zi=t,t=s));return t}())===s&&(t=zi,(e=Hc())!==s&&(Zi=t,(n=e).resource=n.keyword,n[n.keyword]=n.value,delete n.value,e={type:"alter",...n}),t=e),t}function Nc(){var t,e,n,o,u;return t=zi,pb()!==s&&Pp()!==s&&(e=af())!==s&&Pp()!==s&&gb()!==s&&Pp()!==s?("less"===r.substr(zi,4).toLowerCase()?(n=r.substr(zi,4),zi+=4):(n=s,0===ec&&ac(kr)),n!==s&&Pp()!==s?("than"===r.substr(zi,4).toLowerCase()?(o=r.substr(zi,4),zi+=4):(o=s,0===ec&&ac(Ur)),o!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(u=qf())!==s&&Pp()!==s&&xp()!==s?(Zi=t,t={name:e,value:{type:"less than",expr:u,parentheses:!0}}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t}function Oc(){var t,e,n,o;return t=zi,"algorithm"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(z)),e!==s&&Pp()!==s?((n=Lp())===s&&(n=null),n!==s&&Pp()!==s?("default"===r.substr(zi,7).toLowerCase()?(o=r.substr(zi,7),zi+=7):(o=s,0===ec&&ac(k)),o===s&&("instant"===r.substr(zi,7).toLowerCase()?(o=r.substr(zi,7),zi+=7):(o=s,0===ec&&ac(Br)),o===s&&("inplace"===r.substr(zi,7).toLowerCase()?(o=r.substr(zi,7),zi+=7):(o=s,0===ec&&ac($r)),o===s&&("copy"===r.substr(zi,4).toLowerCase()?(o=r.substr(zi,4),zi+=4):(o=s,0===ec&&ac(Wr))))),o!==s?(Zi=t,t=e={type:"alter",keyword:"algorithm",resource:"algorithm",symbol:n,algorithm:o}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t}function Rc(){var t,e,n,o;return t=zi,"lock"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac($)),e!==s&&Pp()!==s?((n=Lp())===s&&(n=null),n!==s&&Pp()!==s?("default"===r.substr(zi,7).toLowerCase()?(o=r.substr(zi,7),zi+=7):(o=s,0===ec&&ac(k)),o===s&&("none"===r.substr(zi,4).toLowerCase()?(o=r.substr(zi,4),zi+=4):(o=s,0===ec&&ac(m)),o===s&&("shared"===r.substr(zi,6).toLowerCase()?(o=r.substr(zi,6),zi+=6):(o=s,0===ec&&ac(qr)),o===s&&("exclusive"===r.substr(zi,9).toLowerCase()?(o=r.substr(zi,9),zi+=9):(o=s,0===ec&&ac(Vr))))),o!==s?(Zi=t,t=e={type:"alter",keyword:"lock",resource:"lock",symbol:n,lock:o}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t}function jc(){var r,t,e,n,o,u,a,i;return r=zi,(t=mp())===s&&(t=Ep()),t!==s&&Pp()!==s?((e=wf())===s&&(e=null),e!==s&&Pp()!==s?((n=pl())===s&&(n=null),n!==s&&Pp()!==s&&(o=el())!==s&&Pp()!==s?((u=vl())===s&&(u=null),u!==s&&Pp()!==s?(Zi=r,a=n,i=u,r=t={index:e,definition:o,keyword:t.toLowerCase(),index_type:a,resource:"index",index_options:i}):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s),r}function xc(){var r,t,e,n,o,u,a,i,c;return r=zi,(t=Ap())===s&&(t=Tp()),t!==s&&Pp()!==s?((e=mp())===s&&(e=Ep()),e===s&&(e=null),e!==s&&Pp()!==s?((n=wf())===s&&(n=null),n!==s&&Pp()!==s&&(o=rl())!==s&&Pp()!==s?((u=vl())===s&&(u=null),u!==s?(Zi=r,a=t,c=u,r=t={index:n,definition:o,keyword:(i=e)&&`${a.toLowerCase()} ${i.toLowerCase()}`||a.toLowerCase(),index_options:c,resource:"index"}):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s),r}function kc(){var t;return(t=function(){var t,e,n,o,u,a,i,c;t=zi,(e=Uc())===s&&(e=null);e!==s&&Pp()!==s?(n=zi,"primary"===r.substr(zi,7).toLowerCase()?(o=r.substr(zi,7),zi+=7):(o=s,0===ec&&ac(cr)),o!==s&&(u=Pp())!==s?("key"===r.substr(zi,3).toLowerCase()?(a=r.substr(zi,3),zi+=3):(a=s,0===ec&&ac(ir)),a!==s?n=o=[o,u,a]:(zi=n,n=s)):(zi=n,n=s),n!==s&&(o=Pp())!==s?((u=pl())===s&&(u=null),u!==s&&(a=Pp())!==s&&(i=el())!==s&&Pp()!==s?((c=vl())===s&&(c=null),c!==s?(Zi=t,f=n,b=u,p=i,v=c,e={constraint:(l=e)&&l.constraint,definition:p,constraint_type:`${f[0].toLowerCase()} ${f[2].toLowerCase()}`,keyword:l&&l.keyword,index_type:b,resource:"constraint",index_options:v},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var l,f,b,p,v;return t}())===s&&(t=function(){var r,t,e,n,o,u,a,i;r=zi,(t=Uc())===s&&(t=null);t!==s&&Pp()!==s&&(e=_p())!==s&&Pp()!==s?((n=mp())===s&&(n=Ep()),n===s&&(n=null),n!==s&&Pp()!==s?((o=wf())===s&&(o=null),o!==s&&Pp()!==s?((u=pl())===s&&(u=null),u!==s&&Pp()!==s&&(a=el())!==s&&Pp()!==s?((i=vl())===s&&(i=null),i!==s?(Zi=r,l=e,f=n,b=o,p=u,v=a,d=i,t={constraint:(c=t)&&c.constraint,definition:v,constraint_type:f&&`${l.toLowerCase()} ${f.toLowerCase()}`||l.toLowerCase(),keyword:c&&c.keyword,index_type:p,index:b,resource:"constraint",index_options:d},r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s);var c,l,f,b,p,v,d;return r}())===s&&(t=function(){var t,e,n,o,u,a;t=zi,(e=Uc())===s&&(e=null);e!==s&&Pp()!==s?("foreign key"===r.substr(zi,11).toLowerCase()?(n=r.substr(zi,11),zi+=11):(n=s,0===ec&&ac(rt)),n!==s&&Pp()!==s?((o=wf())===s&&(o=null),o!==s&&Pp()!==s&&(u=rl())!==s&&Pp()!==s?((a=Dc())===s&&(a=null),a!==s?(Zi=t,c=n,l=o,f=u,b=a,e={constraint:(i=e)&&i.constraint,definition:f,constraint_type:c,keyword:i&&i.keyword,index:l,resource:"constraint",reference_definition:b},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var i,c,l,f,b;return t}())===s&&(t=function(){var t,e,n,o,u,a,i,c,l,f;t=zi,(e=Uc())===s&&(e=null);e!==s&&Pp()!==s?("check"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(K)),n!==s&&Pp()!==s?(o=zi,"not"===r.substr(zi,3).toLowerCase()?(u=r.substr(zi,3),zi+=3):(u=s,0===ec&&ac(Zr)),u!==s&&(a=Pp())!==s?("for"===r.substr(zi,3).toLowerCase()?(i=r.substr(zi,3),zi+=3):(i=s,0===ec&&ac(vr)),i!==s&&(c=Pp())!==s?("replication"===r.substr(zi,11).toLowerCase()?(l=r.substr(zi,11),zi+=11):(l=s,0===ec&&ac(Jr)),l!==s&&(f=Pp())!==s?o=u=[u,a,i,c,l,f]:(zi=o,o=s)):(zi=o,o=s)):(zi=o,o=s),o===s&&(o=null),o!==s&&(u=jp())!==s&&(a=Pp())!==s&&(i=Bl())!==s&&(c=Pp())!==s&&(l=xp())!==s?(Zi=t,b=e,p=o,v=i,e={constraint_type:n.toLowerCase(),keyword:b&&b.keyword,constraint:b&&b.constraint,index_type:p&&{keyword:"not for replication"},definition:[v],resource:"constraint"},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var b,p,v;return t}()),t}function Uc(){var r,t,e,n;return r=zi,(t=Ip())!==s&&Pp()!==s?((e=lf())===s&&(e=null),e!==s?(Zi=r,n=e,r=t={keyword:t.toLowerCase(),constraint:n}):(zi=r,r=s)):(zi=r,r=s),r}function Dc(){var t,e,n,o,u,a,i,c,l,f;return t=zi,(e=Sp())!==s&&Pp()!==s&&(n=yl())!==s&&Pp()!==s&&(o=rl())!==s&&Pp()!==s?("match full"===r.substr(zi,10).toLowerCase()?(u=r.substr(zi,10),zi+=10):(u=s,0===ec&&ac(et)),u===s&&("match partial"===r.substr(zi,13).toLowerCase()?(u=r.substr(zi,13),zi+=13):(u=s,0===ec&&ac(nt)),u===s&&("match simple"===r.substr(zi,12).toLowerCase()?(u=r.substr(zi,12),zi+=12):(u=s,0===ec&&ac(ot)))),u===s&&(u=null),u!==s&&Pp()!==s?((a=Mc())===s&&(a=null),a!==s&&Pp()!==s?((i=Mc())===s&&(i=null),i!==s?(Zi=t,c=u,l=a,f=i,t=e={definition:o,table:n,keyword:e.toLowerCase(),match:c&&c.toLowerCase(),on_action:[l,f].filter(r=>r)}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=Mc())!==s&&(Zi=t,e={on_action:[e]}),t=e),t}function Mc(){var t,e,n,o;return t=zi,Ab()!==s&&Pp()!==s?((e=ib())===s&&(e=sb()),e!==s&&Pp()!==s&&(n=function(){var t,e,n;t=zi,(e=bp())!==s&&Pp()!==s&&jp()!==s&&Pp()!==s?((n=Ml())===s&&(n=null),n!==s&&Pp()!==s&&xp()!==s?(Zi=t,t=e={type:"function",name:{name:[{type:"origin",value:e}]},args:n}):(zi=t,t=s)):(zi=t,t=s);t===s&&(t=zi,(e=Pc())===s&&("set null"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(at)),e===s&&("no action"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(it)),e===s&&("set default"===r.substr(zi,11).toLowerCase()?(e=r.substr(zi,11),zi+=11):(e=s,0===ec&&ac(ct)),e===s&&(e=bp())))),e!==s&&(Zi=t,e={type:"origin",value:e.toLowerCase()}),t=e);return t}())!==s?(Zi=t,o=n,t={type:"on "+e[0].toLowerCase(),value:o}):(zi=t,t=s)):(zi=t,t=s),t}function Pc(){var t,e;return t=zi,"restrict"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(st)),e===s&&("cascade"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(ut))),e!==s&&(Zi=t,e=e.toLowerCase()),t=e}function Gc(){var t,e,n;return t=zi,"character"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(lt)),e!==s&&Pp()!==s?("set"===r.substr(zi,3).toLowerCase()?(n=r.substr(zi,3),zi+=3):(n=s,0===ec&&ac(ft)),n!==s?(Zi=t,t=e="CHARACTER SET"):(zi=t,t=s)):(zi=t,t=s),t}function Fc(){var t,e,n,o,u,a,i,c,l;return t=zi,(e=Jf())===s&&(e=null),e!==s&&Pp()!==s?((n=Gc())===s&&("charset"===r.substr(zi,7).toLowerCase()?(n=r.substr(zi,7),zi+=7):(n=s,0===ec&&ac(bt)),n===s&&("collate"===r.substr(zi,7).toLowerCase()?(n=r.substr(zi,7),zi+=7):(n=s,0===ec&&ac(pt)))),n!==s&&Pp()!==s?((o=Lp())===s&&(o=null),o!==s&&Pp()!==s&&(u=af())!==s?(Zi=t,i=n,c=o,l=u,t=e={keyword:(a=e)&&`${a[0].toLowerCase()} ${i.toLowerCase()}`||i.toLowerCase(),symbol:c,value:l}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t}function Hc(){var t,e,n,o,u,a,i,c,l;return t=zi,"auto_increment"===r.substr(zi,14).toLowerCase()?(e=r.substr(zi,14),zi+=14):(e=s,0===ec&&ac(ur)),e===s&&("avg_row_length"===r.substr(zi,14).toLowerCase()?(e=r.substr(zi,14),zi+=14):(e=s,0===ec&&ac(vt)),e===s&&("key_block_size"===r.substr(zi,14).toLowerCase()?(e=r.substr(zi,14),zi+=14):(e=s,0===ec&&ac(dt)),e===s&&("max_rows"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(yt)),e===s&&("min_rows"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(wt)),e===s&&("stats_sample_pages"===r.substr(zi,18).toLowerCase()?(e=r.substr(zi,18),zi+=18):(e=s,0===ec&&ac(Lt))))))),e!==s&&Pp()!==s?((n=Lp())===s&&(n=null),n!==s&&Pp()!==s&&(o=qf())!==s?(Zi=t,c=n,l=o,t=e={keyword:e.toLowerCase(),symbol:c,value:l.value}):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"CHECKSUM"===r.substr(zi,8)?(e="CHECKSUM",zi+=8):(e=s,0===ec&&ac(ht)),e===s&&("DELAY_KEY_WRITE"===r.substr(zi,15)?(e="DELAY_KEY_WRITE",zi+=15):(e=s,0===ec&&ac(Ct))),e!==s&&Pp()!==s&&(n=Lp())!==s&&Pp()!==s?(mt.test(r.charAt(zi))?(o=r.charAt(zi),zi++):(o=s,0===ec&&ac(Et)),o!==s?(Zi=t,t=e=function(r,t,e){return{keyword:r.toLowerCase(),symbol:t,value:e}}(e,n,o)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=Fc())===s&&(t=zi,(e=gp())===s&&("connection"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(At)),e===s&&("engine_attribute"===r.substr(zi,16).toLowerCase()?(e=r.substr(zi,16),zi+=16):(e=s,0===ec&&ac(Tt)),e===s&&("secondary_engine_attribute"===r.substr(zi,26).toLowerCase()?(e=r.substr(zi,26),zi+=26):(e=s,0===ec&&ac(_t))))),e!==s&&Pp()!==s?((n=Lp())===s&&(n=null),n!==s&&Pp()!==s&&(o=Yf())!==s?(Zi=t,t=e=function(r,t,e){return{keyword:r.toLowerCase(),symbol:t,value:`'${e.value}'`}}(e,n,o)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"data"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(gt)),e===s&&("index"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(It))),e!==s&&Pp()!==s?("directory"===r.substr(zi,9).toLowerCase()?(n=r.substr(zi,9),zi+=9):(n=s,0===ec&&ac(St)),n!==s&&Pp()!==s?((o=Lp())===s&&(o=null),o!==s&&(u=Pp())!==s&&(a=Yf())!==s?(Zi=t,t=e=function(r,t,e){return{keyword:r.toLowerCase()+" directory",symbol:t,value:`'${e.value}'`}}(e,o,a)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"compression"===r.substr(zi,11).toLowerCase()?(e=r.substr(zi,11),zi+=11):(e=s,0===ec&&ac(Nt)),e!==s&&Pp()!==s?((n=Lp())===s&&(n=null),n!==s&&Pp()!==s?(o=zi,39===r.charCodeAt(zi)?(u="'",zi++):(u=s,0===ec&&ac(Ot)),u!==s?("zlib"===r.substr(zi,4).toLowerCase()?(a=r.substr(zi,4),zi+=4):(a=s,0===ec&&ac(Rt)),a===s&&("lz4"===r.substr(zi,3).toLowerCase()?(a=r.substr(zi,3),zi+=3):(a=s,0===ec&&ac(jt)),a===s&&("none"===r.substr(zi,4).toLowerCase()?(a=r.substr(zi,4),zi+=4):(a=s,0===ec&&ac(m)))),a!==s?(39===r.charCodeAt(zi)?(i="'",zi++):(i=s,0===ec&&ac(Ot)),i!==s?o=u=[u,a,i]:(zi=o,o=s)):(zi=o,o=s)):(zi=o,o=s),o!==s?(Zi=t,t=e=function(r,t,e){return{keyword:r.toLowerCase(),symbol:t,value:e.join("").toUpperCase()}}(e,n,o)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"engine"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(xt)),e!==s&&Pp()!==s?((n=Lp())===s&&(n=null),n!==s&&Pp()!==s&&(o=hf())!==s?(Zi=t,t=e=kt(e,n,o)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"row_format"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(Ut)),e!==s&&Pp()!==s?((n=Lp())===s&&(n=null),n!==s&&Pp()!==s?("default"===r.substr(zi,7).toLowerCase()?(o=r.substr(zi,7),zi+=7):(o=s,0===ec&&ac(k)),o===s&&("dynamic"===r.substr(zi,7).toLowerCase()?(o=r.substr(zi,7),zi+=7):(o=s,0===ec&&ac(Er)),o===s&&("fixed"===r.substr(zi,5).toLowerCase()?(o=r.substr(zi,5),zi+=5):(o=s,0===ec&&ac(mr)),o===s&&("compressed"===r.substr(zi,10).toLowerCase()?(o=r.substr(zi,10),zi+=10):(o=s,0===ec&&ac(Dt)),o===s&&("redundant"===r.substr(zi,9).toLowerCase()?(o=r.substr(zi,9),zi+=9):(o=s,0===ec&&ac(Mt)),o===s&&("compact"===r.substr(zi,7).toLowerCase()?(o=r.substr(zi,7),zi+=7):(o=s,0===ec&&ac(Pt))))))),o!==s?(Zi=t,t=e=kt(e,n,o)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s))))))),t}function Yc(){var t,e,n,o,u;return t=zi,(e=Ll())!==s&&Pp()!==s&&(n=function(){var t,e,n;return t=zi,"read"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Gt)),e!==s&&Pp()!==s?("local"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(X)),n===s&&(n=null),n!==s?(Zi=t,t=e={type:"read",suffix:n&&"local"}):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"low_priority"===r.substr(zi,12).toLowerCase()?(e=r.substr(zi,12),zi+=12):(e=s,0===ec&&ac(Ft)),e===s&&(e=null),e!==s&&Pp()!==s?("write"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(Ht)),n!==s?(Zi=t,t=e={type:"write",prefix:e&&"low_priority"}):(zi=t,t=s)):(zi=t,t=s)),t}())!==s?(Zi=t,o=e,u=n,hv.add(`lock::${o.db}::${o.table}`),t=e={table:o,lock_type:u}):(zi=t,t=s),t}function Bc(){var t,e,n,o;return t=zi,"isolation"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(le)),e!==s&&Pp()!==s?("level"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(fe)),n!==s&&Pp()!==s&&(o=function(){var t,e,n;return t=zi,"serializable"===r.substr(zi,12).toLowerCase()?(e=r.substr(zi,12),zi+=12):(e=s,0===ec&&ac(se)),e!==s&&(Zi=t,e={type:"origin",value:"serializable"}),(t=e)===s&&(t=zi,"repeatable"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(ue)),e!==s&&Pp()!==s?("read"===r.substr(zi,4).toLowerCase()?(n=r.substr(zi,4),zi+=4):(n=s,0===ec&&ac(Gt)),n!==s?(Zi=t,t=e={type:"origin",value:"repeatable read"}):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"read"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Gt)),e!==s&&Pp()!==s?("committed"===r.substr(zi,9).toLowerCase()?(n=r.substr(zi,9),zi+=9):(n=s,0===ec&&ac(ae)),n===s&&("uncommitted"===r.substr(zi,11).toLowerCase()?(n=r.substr(zi,11),zi+=11):(n=s,0===ec&&ac(ie))),n!==s?(Zi=t,t=e=ce(n)):(zi=t,t=s)):(zi=t,t=s))),t}())!==s?(Zi=t,t=e={type:"origin",value:"isolation level "+o.value}):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"read"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Gt)),e!==s&&Pp()!==s?("write"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(Ht)),n===s&&("only"===r.substr(zi,4).toLowerCase()?(n=r.substr(zi,4),zi+=4):(n=s,0===ec&&ac(be))),n!==s?(Zi=t,t=e=ce(n)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=Fb())===s&&(e=null),e!==s&&Pp()!==s?("deferrable"===r.substr(zi,10).toLowerCase()?(n=r.substr(zi,10),zi+=10):(n=s,0===ec&&ac(pe)),n!==s?(Zi=t,t=e={type:"origin",value:e?"not deferrable":"deferrable"}):(zi=t,t=s)):(zi=t,t=s))),t}function $c(){var r,t,e,n,o,u,a,c;if(r=zi,(t=Bc())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(c=Bc())!==s?n=o=[o,u,a,c]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(c=Bc())!==s?n=o=[o,u,a,c]:(zi=n,n=s);e!==s?(Zi=r,r=t=i(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function Wc(){var t,e,n,o,u,a;return t=zi,"starting"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(ge)),e===s&&("terminated"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(Ee))),e!==s&&Pp()!==s?("by"===r.substr(zi,2).toLowerCase()?(n=r.substr(zi,2),zi+=2):(n=s,0===ec&&ac(d)),n!==s&&Pp()!==s&&(o=af())!==s?(Zi=t,u=e,(a=o).prefix=u.toUpperCase()+" BY",t=e={type:u.toLowerCase(),[u.toLowerCase()]:a}):(zi=t,t=s)):(zi=t,t=s),t}function qc(){var t;return(t=function(){var t,e,n,o,u;return t=zi,(e=xb())===s&&(e=nb())===s&&(e=zi,(n=ub())!==s&&(o=Pp())!==s?("view"===r.substr(zi,4).toLowerCase()?(u=r.substr(zi,4),zi+=4):(u=s,0===ec&&ac(ke)),u!==s?e=n=[n,o,u]:(zi=e,e=s)):(zi=e,e=s),e===s&&(e=ub())===s&&(e=ib())===s&&(e=eb())===s&&(e=zi,"grant"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(Ue)),n!==s&&(o=Pp())!==s?("option"===r.substr(zi,6).toLowerCase()?(u=r.substr(zi,6),zi+=6):(u=s,0===ec&&ac(De)),u!==s?e=n=[n,o,u]:(zi=e,e=s)):(zi=e,e=s),e===s&&(e=mp())===s&&(e=cb())===s&&(e=Sp())===s&&(e=ob())===s&&(e=zi,(n=tb())!==s&&(o=Pp())!==s&&(u=vp())!==s?e=n=[n,o,u]:(zi=e,e=s),e===s&&(e=hb())===s&&(e=sb())))),e!==s&&(Zi=t,e=Me(e)),t=e}())===s&&(t=function(){var t,e,n,o,u;return t=zi,e=zi,(n=nb())!==s&&(o=Pp())!==s?("routine"===r.substr(zi,7).toLowerCase()?(u=r.substr(zi,7),zi+=7):(u=s,0===ec&&ac(Pe)),u!==s?e=n=[n,o,u]:(zi=e,e=s)):(zi=e,e=s),e===s&&("execute"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Ge)),e===s&&(e=zi,"grant"===r.substr(zi,5).toLowerCase()?(n=r.substr(zi,5),zi+=5):(n=s,0===ec&&ac(Ue)),n!==s&&(o=Pp())!==s?("option"===r.substr(zi,6).toLowerCase()?(u=r.substr(zi,6),zi+=6):(u=s,0===ec&&ac(De)),u!==s?e=n=[n,o,u]:(zi=e,e=s)):(zi=e,e=s),e===s&&(e=zi,(n=ub())!==s&&(o=Pp())!==s?("routine"===r.substr(zi,7).toLowerCase()?(u=r.substr(zi,7),zi+=7):(u=s,0===ec&&ac(Pe)),u!==s?e=n=[n,o,u]:(zi=e,e=s)):(zi=e,e=s)))),e!==s&&(Zi=t,e=Me(e)),t=e}()),t}function Vc(){var r,t,e,n,o,u,a,i,c;return r=zi,(t=qc())!==s&&Pp()!==s?(e=zi,(n=jp())!==s&&(o=Pp())!==s&&(u=Al())!==s&&(a=Pp())!==s&&(i=xp())!==s?e=n=[n,o,u,a,i]:(zi=e,e=s),e===s&&(e=null),e!==s?(Zi=r,r=t={priv:t,columns:(c=e)&&c[2]}):(zi=r,r=s)):(zi=r,r=s),r}function Xc(){var t,e,n,o,u,a,i;return t=zi,(e=lf())!==s&&Pp()!==s?(n=zi,64===r.charCodeAt(zi)?(o="@",zi++):(o=s,0===ec&&ac(lr)),o!==s&&(u=Pp())!==s&&(a=lf())!==s?n=o=[o,u,a]:(zi=n,n=s),n===s&&(n=null),n!==s?(Zi=t,t=e={name:{type:"single_quote_string",value:e},host:(i=n)?{type:"single_quote_string",value:i[2]}:null}):(zi=t,t=s)):(zi=t,t=s),t}function Kc(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Xc())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Xc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Xc())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=h(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function Qc(){var t,e,n;return t=zi,Sb()!==s&&Pp()!==s?("admin"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Fe)),e!==s&&Pp()!==s?("option"===r.substr(zi,6).toLowerCase()?(n=r.substr(zi,6),zi+=6):(n=s,0===ec&&ac(De)),n!==s?(Zi=t,t={type:"origin",value:"with admin option"}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t}function zc(){var t,e,n,o,u,a,i;return(t=ol())===s&&(t=zi,e=zi,40===r.charCodeAt(zi)?(n="(",zi++):(n=s,0===ec&&ac(Be)),n!==s&&(o=Pp())!==s&&(u=zc())!==s&&(a=Pp())!==s?(41===r.charCodeAt(zi)?(i=")",zi++):(i=s,0===ec&&ac($e)),i!==s?e=n=[n,o,u,a,i]:(zi=e,e=s)):(zi=e,e=s),e!==s&&(Zi=t,e={...e[2],parentheses_symbol:!0}),t=e),t}function Zc(){var t,e,n,o,u,a,i,c,l,f,b,p,v;if(t=zi,Sb()!==s)if(Pp()!==s)if((e=Jc())!==s){for(n=[],o=zi,(u=Pp())!==s&&(a=Op())!==s&&(i=Pp())!==s&&(c=Jc())!==s?o=u=[u,a,i,c]:(zi=o,o=s);o!==s;)n.push(o),o=zi,(u=Pp())!==s&&(a=Op())!==s&&(i=Pp())!==s&&(c=Jc())!==s?o=u=[u,a,i,c]:(zi=o,o=s);n!==s?(Zi=t,t=sr(e,n)):(zi=t,t=s)}else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;if(t===s)if(t=zi,Pp()!==s)if(Sb()!==s)if((e=Pp())!==s)if((n=function(){var t,e,n,o;t=zi,"recursive"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(cu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s)if((o=Pp())!==s)if((u=Jc())!==s){for(a=[],i=zi,(c=Pp())!==s&&(l=Op())!==s&&(f=Pp())!==s&&(b=Jc())!==s?i=c=[c,l,f,b]:(zi=i,i=s);i!==s;)a.push(i),i=zi,(c=Pp())!==s&&(l=Op())!==s&&(f=Pp())!==s&&(b=Jc())!==s?i=c=[c,l,f,b]:(zi=i,i=s);a!==s?(Zi=t,v=a,(p=u).recursive=!0,t=pv(p,v)):(zi=t,t=s)}else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;return t}function Jc(){var r,t,e,n,o,u,a;return r=zi,(t=Yf())===s&&(t=hf())===s&&(t=Cl()),t!==s&&Pp()!==s?((e=rl())===s&&(e=null),e!==s&&Pp()!==s&&wb()!==s&&Pp()!==s&&jp()!==s&&Pp()!==s?((n=Ul())===s&&(n=vc()),n!==s&&Pp()!==s&&xp()!==s?(Zi=r,u=e,a=n,"string"==typeof(o=t)&&(o={type:"default",value:o}),o.table&&(o={type:"default",value:o.table}),r=t={name:o,stmt:a,columns:u}):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s),r}function rl(){var r,t;return r=zi,jp()!==s&&Pp()!==s&&(t=function(){var r;(r=Al())===s&&(r=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Ff())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Ff())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Ff())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=sr(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}());return r}())!==s&&Pp()!==s&&xp()!==s?(Zi=r,r=t):(zi=r,r=s),r}function tl(){var t,e,n,o,u,a,i;if(t=zi,(e=yf())!==s)if(Pp()!==s)if((n=jp())!==s)if(Pp()!==s){if(o=[],We.test(r.charAt(zi))?(u=r.charAt(zi),zi++):(u=s,0===ec&&ac(qe)),u!==s)for(;u!==s;)o.push(u),We.test(r.charAt(zi))?(u=r.charAt(zi),zi++):(u=s,0===ec&&ac(qe));else o=s;o!==s&&(u=Pp())!==s&&xp()!==s&&Pp()!==s?((a=Rb())===s&&(a=jb()),a===s&&(a=null),a!==s?(Zi=t,i=a,t=e={type:"column_ref",column:e,suffix:`(${parseInt(o.join(""),10)})`,order_by:i,...cv()}):(zi=t,t=s)):(zi=t,t=s)}else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;return t===s&&(t=zi,(e=yf())!==s&&Pp()!==s?((n=Rb())===s&&(n=jb()),n===s&&(n=null),n!==s?(Zi=t,t=e=function(r,t){return{type:"column_ref",column:r,order_by:t,...cv()}}(e,n)):(zi=t,t=s)):(zi=t,t=s)),t}function el(){var r,t,e;return r=zi,jp()!==s&&Pp()!==s?((t=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=tl())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=tl())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=tl())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=sr(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}())===s&&(t=Ml()),t!==s&&Pp()!==s&&xp()!==s?(Zi=r,r=(e=t).type?e.value:e):(zi=r,r=s)):(zi=r,r=s),r}function nl(){var t,e,n,o;return t=zi,(e=function(){var t,e,n,o,u,a;return t=zi,e=zi,"for"===r.substr(zi,3).toLowerCase()?(n=r.substr(zi,3),zi+=3):(n=s,0===ec&&ac(vr)),n!==s&&(o=Pp())!==s&&(u=sb())!==s?e=n=[n,o,u]:(zi=e,e=s),e!==s&&(Zi=t,e=`${(a=e)[0]} ${a[2][0]}`),t=e}())===s&&(e=function(){var t,e,n,o,u,a,i,c,l,f;return t=zi,e=zi,"lock"===r.substr(zi,4).toLowerCase()?(n=r.substr(zi,4),zi+=4):(n=s,0===ec&&ac($)),n!==s&&(o=Pp())!==s?("in"===r.substr(zi,2).toLowerCase()?(u=r.substr(zi,2),zi+=2):(u=s,0===ec&&ac(Ve)),u!==s&&(a=Pp())!==s?("share"===r.substr(zi,5).toLowerCase()?(i=r.substr(zi,5),zi+=5):(i=s,0===ec&&ac(Xe)),i!==s&&(c=Pp())!==s?("mode"===r.substr(zi,4).toLowerCase()?(l=r.substr(zi,4),zi+=4):(l=s,0===ec&&ac(Ke)),l!==s?e=n=[n,o,u,a,i,c,l]:(zi=e,e=s)):(zi=e,e=s)):(zi=e,e=s)):(zi=e,e=s),e!==s&&(Zi=t,e=`${(f=e)[0]} ${f[2]} ${f[4]} ${f[6]}`),t=e}()),e!==s&&Pp()!==s?((n=function(){var t,e,n,o,u,a,i;return t=zi,e=zi,"wait"===r.substr(zi,4).toLowerCase()?(n=r.substr(zi,4),zi+=4):(n=s,0===ec&&ac(Qe)),n!==s&&(o=Pp())!==s&&(u=qf())!==s?e=n=[n,o,u]:(zi=e,e=s),e!==s&&(Zi=t,e=`${(a=e)[0]} ${a[2].value}`),(t=e)===s&&("nowait"===r.substr(zi,6).toLowerCase()?(t=r.substr(zi,6),zi+=6):(t=s,0===ec&&ac(ze)),t===s&&(t=zi,e=zi,"skip"===r.substr(zi,4).toLowerCase()?(n=r.substr(zi,4),zi+=4):(n=s,0===ec&&ac(Ze)),n!==s&&(o=Pp())!==s?("locked"===r.substr(zi,6).toLowerCase()?(u=r.substr(zi,6),zi+=6):(u=s,0===ec&&ac(Je)),u!==s?e=n=[n,o,u]:(zi=e,e=s)):(zi=e,e=s),e!==s&&(Zi=t,e=`${(i=e)[0]} ${i[2]}`),t=e)),t}())===s&&(n=null),n!==s?(Zi=t,t=e=e+((o=n)?" "+o:"")):(zi=t,t=s)):(zi=t,t=s),t}function ol(){var t,e,n,o,u,a,i,c,l,f,b,p,v,d,y,w,L;return t=zi,Pp()!==s?((e=Zc())===s&&(e=null),e!==s&&Pp()!==s&&ob()!==s&&Pp()!==s?((n=function(){var r,t,e,n,o,u;if(r=zi,(t=sl())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=sl())!==s?n=o=[o,u]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=sl())!==s?n=o=[o,u]:(zi=n,n=s);e!==s?(Zi=r,t=function(r,t){const e=[r];for(let r=0,n=t.length;r<n;++r)e.push(t[r][1]);return e}(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())===s&&(n=null),n!==s&&Pp()!==s?((o=kb())===s&&(o=null),o!==s&&Pp()!==s&&(u=ul())!==s&&Pp()!==s?((a=ll())===s&&(a=null),a!==s&&Pp()!==s?((i=fl())===s&&(i=null),i!==s&&Pp()!==s?((c=ll())===s&&(c=null),c!==s&&Pp()!==s?((l=El())===s&&(l=null),l!==s&&Pp()!==s?((f=function(){var t,e,n,o;t=zi,(e=function(){var t,e,n,o;t=zi,"group"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Mu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&Pp()!==s&&Ob()!==s&&Pp()!==s&&(n=Ml())!==s&&Pp()!==s?((o=function(){var t,e;t=zi,Sb()!==s&&Pp()!==s?("rollup"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Ln)),e!==s?(Zi=t,t={type:"origin",value:"with rollup"}):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(o=null),o!==s?(Zi=t,u=o,e={columns:n.value,modifiers:[u]},t=e):(zi=t,t=s)):(zi=t,t=s);var u;return t}())===s&&(f=null),f!==s&&Pp()!==s?((b=function(){var t,e;t=zi,function(){var t,e,n,o;t=zi,"having"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Gu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}()!==s&&Pp()!==s&&(e=$l())!==s?(Zi=t,t=e):(zi=t,t=s);return t}())===s&&(b=null),b!==s&&Pp()!==s?((p=_l())===s&&(p=null),p!==s&&Pp()!==s?((v=_c())===s&&(v=null),v!==s&&Pp()!==s?((d=Sl())===s&&(d=null),d!==s&&Pp()!==s?((y=nl())===s&&(y=null),y!==s&&Pp()!==s?((w=function(){var t,e,n;t=zi,"window"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(ho));e!==s&&Pp()!==s&&(n=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=gf())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=gf())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=gf())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=pv(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s?(Zi=t,t=e={keyword:"window",type:"window",expr:n}):(zi=t,t=s);return t}())===s&&(w=null),w!==s&&Pp()!==s?((L=ll())===s&&(L=null),L!==s?(Zi=t,t=function(r,t,e,n,o,s,u,a,i,c,l,f,b,p,v,d){if(o&&u||o&&d||u&&d||o&&u&&d)throw new Error("A given SQL statement can contain at most one INTO clause");if(s){(Array.isArray(s)?s:s.expr).forEach(r=>r.table&&hv.add(`select::${r.db}::${r.table}`))}return{with:r,type:"select",options:t,distinct:e,columns:n,into:{...o||u||d||{},position:(o?"column":u&&"from")||d&&"end"},from:s,where:a,groupby:i,having:c,orderby:l,limit:b,locking_read:p&&p,window:v,collate:f,...cv()}}(e,n,o,u,a,i,c,l,f,b,p,v,d,y,w,L)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t}function sl(){var t,e;return t=zi,(e=function(){var t;"sql_calc_found_rows"===r.substr(zi,19).toLowerCase()?(t=r.substr(zi,19),zi+=19):(t=s,0===ec&&ac(Ci));return t}())===s&&((e=function(){var t;"sql_cache"===r.substr(zi,9).toLowerCase()?(t=r.substr(zi,9),zi+=9):(t=s,0===ec&&ac(mi));return t}())===s&&(e=function(){var t;"sql_no_cache"===r.substr(zi,12).toLowerCase()?(t=r.substr(zi,12),zi+=12):(t=s,0===ec&&ac(Ei));return t}()),e===s&&(e=function(){var t;"sql_big_result"===r.substr(zi,14).toLowerCase()?(t=r.substr(zi,14),zi+=14):(t=s,0===ec&&ac(Ti));return t}())===s&&(e=function(){var t;"sql_small_result"===r.substr(zi,16).toLowerCase()?(t=r.substr(zi,16),zi+=16):(t=s,0===ec&&ac(Ai));return t}())===s&&(e=function(){var t;"sql_buffer_result"===r.substr(zi,17).toLowerCase()?(t=r.substr(zi,17),zi+=17):(t=s,0===ec&&ac(_i));return t}())),e!==s&&(Zi=t,e=e),t=e}function ul(){var r,t,e,n,o,u,a,i;if(r=zi,(t=xb())===s&&(t=zi,(e=Rp())!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t===s&&(t=Rp())),t!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=il())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=il())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=function(r,t){Cv.add("select::null::(.*)");const e={expr:{type:"column_ref",table:null,column:"*"},as:null,...cv()};return t&&t.length>0?pv(e,t):[e]}(0,e)):(zi=r,r=s)}else zi=r,r=s;if(r===s)if(r=zi,(t=il())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=il())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=il())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=sr(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function al(){var t,e,n,o,u,a,i;return t=zi,"match"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(sn)),e!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(n=Al())!==s&&Pp()!==s&&xp()!==s&&Pp()!==s?("AGAINST"===r.substr(zi,7)?(o="AGAINST",zi+=7):(o=s,0===ec&&ac(un)),o!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(u=Yl())!==s&&Pp()!==s?((a=function(){var t,e,n,o,u,a,i;return t=zi,Db()!==s&&Pp()!==s?("natural"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(rn)),e!==s&&Pp()!==s?("language"===r.substr(zi,8).toLowerCase()?(n=r.substr(zi,8),zi+=8):(n=s,0===ec&&ac(tn)),n!==s&&Pp()!==s?("mode"===r.substr(zi,4).toLowerCase()?(o=r.substr(zi,4),zi+=4):(o=s,0===ec&&ac(Ke)),o!==s&&Pp()!==s?("with"===r.substr(zi,4).toLowerCase()?(u=r.substr(zi,4),zi+=4):(u=s,0===ec&&ac(v)),u!==s&&Pp()!==s?("query"===r.substr(zi,5).toLowerCase()?(a=r.substr(zi,5),zi+=5):(a=s,0===ec&&ac(en)),a!==s&&Pp()!==s?("expansion"===r.substr(zi,9).toLowerCase()?(i=r.substr(zi,9),zi+=9):(i=s,0===ec&&ac(nn)),i!==s?(Zi=t,t={type:"origin",value:"IN NATURAL LANGUAGE MODE WITH QUERY EXPANSION"}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,Db()!==s&&Pp()!==s?("natural"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(rn)),e!==s&&Pp()!==s?("language"===r.substr(zi,8).toLowerCase()?(n=r.substr(zi,8),zi+=8):(n=s,0===ec&&ac(tn)),n!==s&&Pp()!==s?("mode"===r.substr(zi,4).toLowerCase()?(o=r.substr(zi,4),zi+=4):(o=s,0===ec&&ac(Ke)),o!==s?(Zi=t,t={type:"origin",value:"IN NATURAL LANGUAGE MODE"}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,Db()!==s&&Pp()!==s?("boolean"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(on)),e!==s&&Pp()!==s?("mode"===r.substr(zi,4).toLowerCase()?(n=r.substr(zi,4),zi+=4):(n=s,0===ec&&ac(Ke)),n!==s?(Zi=t,t={type:"origin",value:"IN BOOLEAN MODE"}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,Sb()!==s&&Pp()!==s?("query"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(en)),e!==s&&Pp()!==s?("expansion"===r.substr(zi,9).toLowerCase()?(n=r.substr(zi,9),zi+=9):(n=s,0===ec&&ac(nn)),n!==s?(Zi=t,t={type:"origin",value:"WITH QUERY EXPANSION"}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)))),t}())===s&&(a=null),a!==s&&Pp()!==s&&xp()!==s&&Pp()!==s?((i=cl())===s&&(i=null),i!==s?(Zi=t,t=e={against:"against",columns:n,expr:u,match:"match",mode:a,type:"fulltext_search",as:i}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t}function il(){var r,t,e,n,o,u,a,i;return r=zi,(t=al())!==s&&(Zi=r,t=function(r){const{as:t,...e}=r;return{expr:e,as:t}}(t)),(r=t)===s&&(r=zi,(t=lf())!==s&&(e=Pp())!==s&&(n=Np())!==s&&(o=Pp())!==s&&(u=lf())!==s&&Pp()!==s&&Np()!==s&&Pp()!==s&&Rp()!==s?(Zi=r,a=t,i=u,Cv.add(`select::${a}::${i}::(.*)`),r=t={expr:{type:"column_ref",db:a,table:i,column:"*"},as:null,...cv()}):(zi=r,r=s),r===s&&(r=zi,t=zi,(e=lf())!==s&&(n=Pp())!==s&&(o=Np())!==s?t=e=[e,n,o]:(zi=t,t=s),t===s&&(t=null),t!==s&&(e=Pp())!==s&&(n=Rp())!==s?(Zi=r,r=t=function(r){const t=r&&r[0]||null;return Cv.add(`select::${t}::(.*)`),{expr:{type:"column_ref",table:t,column:"*"},as:null,...cv()}}(t)):(zi=r,r=s),r===s&&(r=zi,(t=function(){var r,t,e,n;r=zi,(t=rv())===s&&(t=tv());t!==s&&Pp()!==s&&(e=wp())!==s&&Pp()!==s&&(n=Yl())!==s?(Zi=r,t=Hi(t,e,n),r=t):(zi=r,r=s);return r}())!==s&&(e=Pp())!==s?((n=cl())===s&&(n=null),n!==s?(Zi=r,r=t={expr:t,as:n}):(zi=r,r=s)):(zi=r,r=s),r===s&&(r=zi,(t=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Yl())!==s){for(e=[],n=zi,(o=Pp())!==s?((u=Hb())===s&&(u=Yb())===s&&(u=Mp()),u!==s&&(a=Pp())!==s&&(i=Yl())!==s?n=o=[o,u,a,i]:(zi=n,n=s)):(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s?((u=Hb())===s&&(u=Yb())===s&&(u=Mp()),u!==s&&(a=Pp())!==s&&(i=Yl())!==s?n=o=[o,u,a,i]:(zi=n,n=s)):(zi=n,n=s);e!==s?(Zi=r,t=function(r,t){const e=r.ast;if(e&&"select"===e.type&&(!(r.parentheses_symbol||r.parentheses||r.ast.parentheses||r.ast.parentheses_symbol)||1!==e.columns.length||"*"===e.columns[0].expr.column))throw new Error("invalid column clause with select statement");if(!t||0===t.length)return r;const n=t.length;let o=t[n-1][3];for(let e=n-1;e>=0;e--){const n=0===e?r:t[e-1][3];o=fv(t[e][1],n,o)}return o}(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s&&(e=Pp())!==s?((n=cl())===s&&(n=null),n!==s?(Zi=r,r=t=function(r,t){return"double_quote_string"!==r.type&&"single_quote_string"!==r.type||Cv.add("select::null::"+r.value),{expr:r,as:t}}(t,n)):(zi=r,r=s)):(zi=r,r=s))))),r}function cl(){var r,t,e;return r=zi,(t=wb())!==s&&Pp()!==s&&(e=function(){var r,t;r=zi,(t=hf())!==s?(Zi=zi,(function(r){if(!0===av[r.toUpperCase()])throw new Error("Error: "+JSON.stringify(r)+" is a reserved word, can not as alias clause");return!1}(t)?s:void 0)!==s?(Zi=r,r=t=t):(zi=r,r=s)):(zi=r,r=s);r===s&&(r=zi,(t=bf())!==s&&(Zi=r,t=t),r=t);return r}())!==s?(Zi=r,r=t=e):(zi=r,r=s),r===s&&(r=zi,(t=wb())===s&&(t=null),t!==s&&Pp()!==s&&(e=lf())!==s?(Zi=r,r=t=e):(zi=r,r=s)),r}function ll(){var t,e,n;return t=zi,vb()!==s&&Pp()!==s&&(e=function(){var r,t,e,n,o,u,a,c;if(r=zi,(t=rv())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(c=rv())!==s?n=o=[o,u,a,c]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(c=rv())!==s?n=o=[o,u,a,c]:(zi=n,n=s);e!==s?(Zi=r,t=i(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s?(Zi=t,t={keyword:"var",type:"into",expr:e}):(zi=t,t=s),t===s&&(t=zi,vb()!==s&&Pp()!==s?("outfile"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(an)),e===s&&("dumpfile"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(cn))),e===s&&(e=null),e!==s&&Pp()!==s?((n=Yf())===s&&(n=lf()),n!==s?(Zi=t,t={keyword:e,type:"into",expr:n}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)),t}function fl(){var r,t;return r=zi,db()!==s&&Pp()!==s&&(t=yl())!==s?(Zi=r,r=t):(zi=r,r=s),r}function bl(){var r,t,e;return r=zi,(t=Cl())!==s&&Pp()!==s&&rb()!==s&&Pp()!==s&&(e=Cl())!==s?(Zi=r,r=t=[t,e]):(zi=r,r=s),r}function pl(){var t,e;return t=zi,Ib()!==s&&Pp()!==s?("btree"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(ln)),e===s&&("hash"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(fn))),e!==s?(Zi=t,t={keyword:"using",type:e.toLowerCase()}):(zi=t,t=s)):(zi=t,t=s),t}function vl(){var r,t,e,n,o,u;if(r=zi,(t=dl())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=dl())!==s?n=o=[o,u]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=dl())!==s?n=o=[o,u]:(zi=n,n=s);e!==s?(Zi=r,r=t=function(r,t){const e=[r];for(let r=0;r<t.length;r++)e.push(t[r][1]);return e}(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function dl(){var t,e,n,o,u,a;return t=zi,(e=function(){var t,e,n,o;t=zi,"key_block_size"===r.substr(zi,14).toLowerCase()?(e=r.substr(zi,14),zi+=14):(e=s,0===ec&&ac(dt));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="KEY_BLOCK_SIZE"):(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&Pp()!==s?((n=Lp())===s&&(n=null),n!==s&&Pp()!==s&&(o=qf())!==s?(Zi=t,u=n,a=o,t=e={type:e.toLowerCase(),symbol:u,expr:a}):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=pl())===s&&(t=zi,"with"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(v)),e!==s&&Pp()!==s?("parser"===r.substr(zi,6).toLowerCase()?(n=r.substr(zi,6),zi+=6):(n=s,0===ec&&ac(bn)),n!==s&&Pp()!==s&&(o=hf())!==s?(Zi=t,t=e={type:"with parser",expr:o}):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"visible"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(pn)),e===s&&("invisible"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(vn))),e!==s&&(Zi=t,e=function(r){return{type:r.toLowerCase(),expr:r.toLowerCase()}}(e)),(t=e)===s&&(t=Hp()))),t}function yl(){var r,t,e,n,o,u,a,i,c,l,f,b;if(r=zi,(t=Ll())!==s){for(e=[],n=wl();n!==s;)e.push(n),n=wl();e!==s?(Zi=r,f=t,(b=e).unshift(f),b.forEach(r=>{const{table:t,as:e}=r;mv[t]=t,e&&(mv[e]=t),wv(Cv)}),r=t=b):(zi=r,r=s)}else zi=r,r=s;if(r===s){if(r=zi,t=[],(e=jp())!==s)for(;e!==s;)t.push(e),e=jp();else t=s;if(t!==s)if((e=Pp())!==s)if((n=Ll())!==s){for(o=[],u=wl();u!==s;)o.push(u),u=wl();if(o!==s)if((u=Pp())!==s){if(a=[],(i=xp())!==s)for(;i!==s;)a.push(i),i=xp();else a=s;if(a!==s)if((i=Pp())!==s){for(c=[],l=wl();l!==s;)c.push(l),l=wl();c!==s?(Zi=r,r=t=function(r,t,e,n,o){if(r.length!==n.length)throw new Error(`parentheses not match in from clause: ${r.length} != ${n.length}`);return e.unshift(t),e.forEach(r=>{const{table:t,as:e}=r;mv[t]=t,e&&(mv[e]=t),wv(Cv)}),o.forEach(r=>{const{table:t,as:e}=r;mv[t]=t,e&&(mv[e]=t),wv(Cv)}),{expr:e,parentheses:{length:n.length},joins:o}}(t,n,o,a,c)):(zi=r,r=s)}else zi=r,r=s;else zi=r,r=s}else zi=r,r=s;else zi=r,r=s}else zi=r,r=s;else zi=r,r=s;else zi=r,r=s}return r}function wl(){var r,t,e;return r=zi,Pp()!==s&&(t=Op())!==s&&Pp()!==s&&(e=Ll())!==s?(Zi=r,r=e):(zi=r,r=s),r===s&&(r=zi,Pp()!==s&&(t=function(){var r,t,e,n,o,u,a,i,c,l,f;if(r=zi,(t=hl())!==s)if(Pp()!==s)if((e=Ll())===s&&(e=yl()),e!==s)if(Pp()!==s)if((n=Ib())!==s)if(Pp()!==s)if(jp()!==s)if(Pp()!==s)if((o=af())!==s){for(u=[],a=zi,(i=Pp())!==s&&(c=Op())!==s&&(l=Pp())!==s&&(f=af())!==s?a=i=[i,c,l,f]:(zi=a,a=s);a!==s;)u.push(a),a=zi,(i=Pp())!==s&&(c=Op())!==s&&(l=Pp())!==s&&(f=af())!==s?a=i=[i,c,l,f]:(zi=a,a=s);u!==s&&(a=Pp())!==s&&(i=xp())!==s?(Zi=r,b=t,v=o,d=u,(p=e).join=b,p.using=pv(v,d),r=t=p):(zi=r,r=s)}else zi=r,r=s;else zi=r,r=s;else zi=r,r=s;else zi=r,r=s;else zi=r,r=s;else zi=r,r=s;else zi=r,r=s;else zi=r,r=s;else zi=r,r=s;var b,p,v,d;r===s&&(r=zi,(t=hl())!==s&&Pp()!==s?((e=Ll())===s&&(e=yl()),e!==s&&Pp()!==s?((n=ml())===s&&(n=null),n!==s?(Zi=r,t=function(r,t,e){return t.join=r,t.on=e,t}(t,e,n),r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s),r===s&&(r=zi,(t=hl())===s&&(t=pc()),t!==s&&Pp()!==s&&(e=jp())!==s&&Pp()!==s&&(n=vc())!==s&&Pp()!==s&&xp()!==s&&Pp()!==s?((o=cl())===s&&(o=null),o!==s&&(u=Pp())!==s?((a=ml())===s&&(a=null),a!==s?(Zi=r,t=function(r,t,e,n){return t.parentheses=!0,{expr:t,as:e,join:r,on:n}}(t,n,o,a),r=t):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)));return r}())!==s?(Zi=r,r=t):(zi=r,r=s)),r}function Ll(){var t,e,n,o,u,a,i;return t=zi,(e=function(){var t;"dual"===r.substr(zi,4).toLowerCase()?(t=r.substr(zi,4),zi+=4):(t=s,0===ec&&ac(bi));return t}())!==s&&(Zi=t,e={type:"dual"}),(t=e)===s&&(t=zi,(e=Cl())!==s&&Pp()!==s?((n=cl())===s&&(n=null),n!==s?(Zi=t,i=n,t=e="var"===(a=e).type?(a.as=i,a):{db:a.db,table:a.table,as:i,...cv()}):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=jp())!==s&&Pp()!==s&&(n=Cl())!==s&&Pp()!==s?((o=cl())===s&&(o=null),o!==s&&Pp()!==s&&xp()!==s?(Zi=t,t=e=function(r,t,e){return"var"===r.type?(r.as=t,r.parentheses=!0,r):{db:r.db,table:r.table,as:t,parentheses:!0}}(n,o)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=Ul())!==s&&Pp()!==s?((n=cl())===s&&(n=null),n!==s?(Zi=t,t=e=function(r,t){return{expr:{type:"values",values:r,prefix:"row"},as:t}}(e,n)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,"lateral"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(dn)),e===s&&(e=null),e!==s&&Pp()!==s&&(n=jp())!==s&&Pp()!==s?((o=vc())===s&&(o=Ul()),o!==s&&Pp()!==s&&xp()!==s&&Pp()!==s?((u=cl())===s&&(u=null),u!==s?(Zi=t,t=e=function(r,t,e){Array.isArray(t)&&(t={type:"values",values:t,prefix:"row"}),t.parentheses=!0;const n={expr:t,as:e};return r&&(n.prefix=r),n}(e,o,u)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s))))),t}function hl(){var t,e,n,o;return t=zi,(e=function(){var t,e,n,o;t=zi,"left"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(mu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(n=Pp())!==s?((o=_b())===s&&(o=null),o!==s&&Pp()!==s&&Tb()!==s?(Zi=t,t=e="LEFT JOIN"):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=function(){var t,e,n,o;t=zi,"right"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Eu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(n=Pp())!==s?((o=_b())===s&&(o=null),o!==s&&Pp()!==s&&Tb()!==s?(Zi=t,t=e="RIGHT JOIN"):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=function(){var t,e,n,o;t=zi,"full"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Au));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(n=Pp())!==s?((o=_b())===s&&(o=null),o!==s&&Pp()!==s&&Tb()!==s?(Zi=t,t=e="FULL JOIN"):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=function(){var t,e,n,o;t=zi,"cross"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(_u));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(n=Pp())!==s&&(o=Tb())!==s?(Zi=t,t=e="CROSS JOIN"):(zi=t,t=s),t===s&&(t=zi,(e=function(){var t,e,n,o;t=zi,"straight_join"===r.substr(zi,13).toLowerCase()?(e=r.substr(zi,13),zi+=13):(e=s,0===ec&&ac(gu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(Zi=t,e="STRAIGHT_JOIN"),(t=e)===s&&(t=zi,e=zi,(n=function(){var t,e,n,o;t=zi,"inner"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Tu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(o=Pp())!==s?e=n=[n,o]:(zi=e,e=s),e===s&&(e=null),e!==s&&(n=Tb())!==s?(Zi=t,t=e="INNER JOIN"):(zi=t,t=s)))))),t}function Cl(){var t,e,n,o,u,a,i,c,l;if(t=zi,e=[],yn.test(r.charAt(zi))?(n=r.charAt(zi),zi++):(n=s,0===ec&&ac(wn)),n!==s)for(;n!==s;)e.push(n),yn.test(r.charAt(zi))?(n=r.charAt(zi),zi++):(n=s,0===ec&&ac(wn));else e=s;return e!==s&&(n=cf())!==s?(o=zi,(u=Pp())!==s&&(a=Np())!==s&&(i=Pp())!==s&&(c=cf())!==s?o=u=[u,a,i,c]:(zi=o,o=s),o===s&&(o=null),o!==s?(Zi=t,t=e=function(r,t,e){const n=`${r.join("")}${t}`,o={db:null,table:n};return null!==e&&(o.db=n,o.table=e[3]),o}(e,n,o)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=lf())!==s?(n=zi,(o=Pp())!==s&&(u=Np())!==s&&(a=Pp())!==s&&(i=cf())!==s?n=o=[o,u,a,i]:(zi=n,n=s),n===s&&(n=null),n!==s?(Zi=t,t=e=function(r,t){const e={db:null,table:r};return null!==t&&(e.db=r,e.table=t[3]),e}(e,n)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=rv())!==s&&(Zi=t,(l=e).db=null,l.table=l.name,e=l),t=e)),t}function ml(){var r,t;return r=zi,Ab()!==s&&Pp()!==s&&(t=Bl())!==s?(Zi=r,r=t):(zi=r,r=s),r}function El(){var t,e;return t=zi,function(){var t,e,n,o;t=zi,"where"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Uu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}()!==s&&Pp()!==s&&(e=$l())!==s?(Zi=t,t=e):(zi=t,t=s),t}function Al(){var r,t,e,n,o,u,a,i;if(r=zi,(t=of())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=of())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=of())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=sr(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function Tl(){var r,t;return r=zi,pb()!==s&&Pp()!==s&&Ob()!==s&&Pp()!==s&&(t=ul())!==s?(Zi=r,r=t):(zi=r,r=s),r}function _l(){var t,e;return t=zi,function(){var t,e,n,o;t=zi,"order"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Pu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}()!==s&&Pp()!==s&&Ob()!==s&&Pp()!==s&&(e=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=gl())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=gl())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=gl())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=sr(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s?(Zi=t,t=e):(zi=t,t=s),t}function gl(){var r,t,e;return r=zi,(t=Yl())!==s&&Pp()!==s?((e=jb())===s&&(e=Rb()),e===s&&(e=null),e!==s?(Zi=r,r=t={expr:t,type:e}):(zi=r,r=s)):(zi=r,r=s),r}function Il(){var t,e;return(t=qf())===s&&(t=Af())===s&&(t=zi,63===r.charCodeAt(zi)?(e="?",zi++):(e=s,0===ec&&ac(hn)),e!==s&&(Zi=t,e={type:"origin",value:"?"}),t=e),t}function Sl(){var t,e,n,o,u,a;return t=zi,function(){var t,e,n,o;t=zi,"limit"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Fu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}()!==s&&Pp()!==s&&(e=Il())!==s&&Pp()!==s?(n=zi,(o=Op())===s&&(o=function(){var t,e,n,o;t=zi,"offset"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Hu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="OFFSET"):(zi=t,t=s)):(zi=t,t=s);return t}()),o!==s&&(u=Pp())!==s&&(a=Il())!==s?n=o=[o,u,a]:(zi=n,n=s),n===s&&(n=null),n!==s?(Zi=t,t=function(r,t){const e=[r];return t&&e.push(t[2]),{seperator:t&&t[0]&&t[0].toLowerCase()||"",value:e,...cv()}}(e,n)):(zi=t,t=s)):(zi=t,t=s),t}function Nl(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Ol())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Ol())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Ol())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=sr(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function Ol(){var t,e,n,o,u,a,i,c,l;return t=zi,e=zi,(n=lf())!==s&&(o=Pp())!==s&&(u=Np())!==s?e=n=[n,o,u]:(zi=e,e=s),e===s&&(e=null),e!==s&&(n=Pp())!==s&&(o=yf())!==s&&(u=Pp())!==s?(61===r.charCodeAt(zi)?(a="=",zi++):(a=s,0===ec&&ac(Cn)),a!==s&&Pp()!==s&&(i=Yl())!==s?(Zi=t,t=e={column:o,value:i,table:(l=e)&&l[0]}):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,e=zi,(n=lf())!==s&&(o=Pp())!==s&&(u=Np())!==s?e=n=[n,o,u]:(zi=e,e=s),e===s&&(e=null),e!==s&&(n=Pp())!==s&&(o=yf())!==s&&(u=Pp())!==s?(61===r.charCodeAt(zi)?(a="=",zi++):(a=s,0===ec&&ac(Cn)),a!==s&&Pp()!==s&&(i=gb())!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(c=of())!==s&&Pp()!==s&&xp()!==s?(Zi=t,t=e=function(r,t,e){return{column:t,value:e,table:r&&r[0],keyword:"values"}}(e,o,c)):(zi=t,t=s)):(zi=t,t=s)),t}function Rl(){var r,t;return(r=Ul())===s&&(r=zi,(t=vc())!==s&&(Zi=r,t=t.ast),r=t),r}function jl(){var r,t,e,n,o,u,a,i,c;if(r=zi,pb()!==s)if(Pp()!==s)if((t=jp())!==s)if(Pp()!==s)if((e=hf())!==s){for(n=[],o=zi,(u=Pp())!==s&&(a=Op())!==s&&(i=Pp())!==s&&(c=hf())!==s?o=u=[u,a,i,c]:(zi=o,o=s);o!==s;)n.push(o),o=zi,(u=Pp())!==s&&(a=Op())!==s&&(i=Pp())!==s&&(c=hf())!==s?o=u=[u,a,i,c]:(zi=o,o=s);n!==s&&(o=Pp())!==s&&(u=xp())!==s?(Zi=r,r=h(e,n)):(zi=r,r=s)}else zi=r,r=s;else zi=r,r=s;else zi=r,r=s;else zi=r,r=s;else zi=r,r=s;return r===s&&(r=zi,pb()!==s&&Pp()!==s&&(t=Dl())!==s?(Zi=r,r=t):(zi=r,r=s)),r}function xl(){var t,e,n;return t=zi,Ab()!==s&&Pp()!==s?("duplicate"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(mn)),e!==s&&Pp()!==s&&Ep()!==s&&Pp()!==s&&sb()!==s&&Pp()!==s&&(n=Nl())!==s?(Zi=t,t={keyword:"on duplicate key update",set:n}):(zi=t,t=s)):(zi=t,t=s),t}function kl(){var r,t;return r=zi,(t=cb())!==s&&(Zi=r,t="insert"),(r=t)===s&&(r=zi,(t=lb())!==s&&(Zi=r,t="replace"),r=t),r}function Ul(){var r,t;return r=zi,gb()!==s&&Pp()!==s&&(t=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Dl())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Dl())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Dl())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=sr(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())!==s?(Zi=r,r={type:"values",values:t}):(zi=r,r=s),r}function Dl(){var t,e,n,o,u;return t=zi,"row"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(yr)),e===s&&(e=null),e!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(n=Ml())!==s&&Pp()!==s&&xp()!==s?(Zi=t,o=e,(u=n).prefix=o&&o.toLowerCase(),t=e=u):(zi=t,t=s),t}function Ml(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Yl())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Yl())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Yl())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=function(r,t){const e={type:"expr_list"};return e.value=pv(r,t),e}(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function Pl(){var t,e,n;return t=zi,fp()!==s&&Pp()!==s&&(e=Yl())!==s&&Pp()!==s&&(n=function(){var t;(t=function(){var t,e,n,o;t=zi,"year"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(ns));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="YEAR"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"quarter"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Zo));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="QUARTER"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"month"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(zo));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="MONTH"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"week"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(es));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="WEEK"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"day"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(Mo));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DAY"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"hour"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Bo));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="HOUR"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"minute"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Qo));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="MINUTE"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"second"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Jo));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="SECOND"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"microsecond"===r.substr(zi,11).toLowerCase()?(e=r.substr(zi,11),zi+=11):(e=s,0===ec&&ac($a));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="MICROSECOND"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"second_microsecond"===r.substr(zi,18).toLowerCase()?(e=r.substr(zi,18),zi+=18):(e=s,0===ec&&ac(xo));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="SECOND_MICROSECOND"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"minute_microsecond"===r.substr(zi,18).toLowerCase()?(e=r.substr(zi,18),zi+=18):(e=s,0===ec&&ac(jo));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="MINUTE_MICROSECOND"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"minute_second"===r.substr(zi,13).toLowerCase()?(e=r.substr(zi,13),zi+=13):(e=s,0===ec&&ac(Ro));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="MINUTE_SECOND"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"hour_microsecond"===r.substr(zi,16).toLowerCase()?(e=r.substr(zi,16),zi+=16):(e=s,0===ec&&ac(Oo));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="HOUR_MICROSECOND"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"hour_second"===r.substr(zi,11).toLowerCase()?(e=r.substr(zi,11),zi+=11):(e=s,0===ec&&ac(No));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="HOUR_SECOND"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"hour_minute"===r.substr(zi,11).toLowerCase()?(e=r.substr(zi,11),zi+=11):(e=s,0===ec&&ac(So));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="HOUR_MINUTE"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"day_microsecond"===r.substr(zi,15).toLowerCase()?(e=r.substr(zi,15),zi+=15):(e=s,0===ec&&ac(Io));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DAY_MICROSECOND"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"day_second"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(go));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DAY_SECOND"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"day_minute"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(_o));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DAY_MINUTE"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"day_hour"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(To));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DAY_HOUR"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"year_month"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(Ao));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="YEAR_MONTH"):(zi=t,t=s)):(zi=t,t=s);return t}());return t}())!==s?(Zi=t,t={type:"interval",expr:e,unit:n.toLowerCase()}):(zi=t,t=s),t}function Gl(){var r,t,e,n,o,u;if(r=zi,(t=Fl())!==s)if(Pp()!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Fl())!==s?n=o=[o,u]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Fl())!==s?n=o=[o,u]:(zi=n,n=s);e!==s?(Zi=r,r=t=l(t,e)):(zi=r,r=s)}else zi=r,r=s;else zi=r,r=s;return r}function Fl(){var t,e,n;return t=zi,function(){var t,e,n,o;t=zi,"when"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(la));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}()!==s&&Pp()!==s&&(e=$l())!==s&&Pp()!==s&&function(){var t,e,n,o;t=zi,"then"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(fa));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}()!==s&&Pp()!==s&&(n=Yl())!==s?(Zi=t,t={type:"when",cond:e,result:n}):(zi=t,t=s),t}function Hl(){var t,e;return t=zi,function(){var t,e,n,o;t=zi,"else"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(ba));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}()!==s&&Pp()!==s&&(e=Yl())!==s?(Zi=t,t={type:"else",result:e}):(zi=t,t=s),t}function Yl(){var r;return(r=function(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Wl())!==s){for(e=[],n=zi,(o=Gp())!==s&&(u=Yb())!==s&&(a=Pp())!==s&&(i=Wl())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Gp())!==s&&(u=Yb())!==s&&(a=Pp())!==s&&(i=Wl())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,t=En(t,e),r=t):(zi=r,r=s)}else zi=r,r=s;return r}())===s&&(r=vc()),r}function Bl(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Yl())!==s){for(e=[],n=zi,(o=Pp())!==s?((u=Hb())===s&&(u=Yb()),u!==s&&(a=Pp())!==s&&(i=Yl())!==s?n=o=[o,u,a,i]:(zi=n,n=s)):(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s?((u=Hb())===s&&(u=Yb()),u!==s&&(a=Pp())!==s&&(i=Yl())!==s?n=o=[o,u,a,i]:(zi=n,n=s)):(zi=n,n=s);e!==s?(Zi=r,r=t=function(r,t){const e=t.length;let n=r;for(let r=0;r<e;++r)n=fv(t[r][1],n,t[r][3]);return n}(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function $l(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Yl())!==s){for(e=[],n=zi,(o=Pp())!==s?((u=Hb())===s&&(u=Yb())===s&&(u=Op())===s&&(u=Mp()),u!==s&&(a=Pp())!==s&&(i=Yl())!==s?n=o=[o,u,a,i]:(zi=n,n=s)):(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s?((u=Hb())===s&&(u=Yb())===s&&(u=Op())===s&&(u=Mp()),u!==s&&(a=Pp())!==s&&(i=Yl())!==s?n=o=[o,u,a,i]:(zi=n,n=s)):(zi=n,n=s);e!==s?(Zi=r,r=t=function(r,t){const e=t.length;let n=r,o="";for(let r=0;r<e;++r)","===t[r][1]?(o=",",Array.isArray(n)||(n=[n]),n.push(t[r][3])):n=fv(t[r][1],n,t[r][3]);if(","===o){const r={type:"expr_list"};return r.value=Array.isArray(n)?n:[n],r}return n}(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function Wl(){var r,t,e,n,o,u,a,i;if(r=zi,(t=ql())!==s){for(e=[],n=zi,(o=Gp())!==s&&(u=Hb())!==s&&(a=Pp())!==s&&(i=ql())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Gp())!==s&&(u=Hb())!==s&&(a=Pp())!==s&&(i=ql())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=vv(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function ql(){var r,t;return(r=Vl())===s&&(r=function(){var r,t,e;r=zi,(t=function(){var r,t,e,n,o;r=zi,t=zi,(e=Fb())!==s&&(n=Pp())!==s&&(o=Gb())!==s?t=e=[e,n,o]:(zi=t,t=s);t!==s&&(Zi=r,t=An(t));(r=t)===s&&(r=Gb());return r}())!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(e=vc())!==s&&Pp()!==s&&xp()!==s?(Zi=r,n=t,(o=e).parentheses=!0,t=lv(n,o),r=t):(zi=r,r=s);var n,o;return r}())===s&&(r=zi,Fb()!==s&&Pp()!==s&&(t=ql())!==s?(Zi=r,r=lv("NOT",t)):(zi=r,r=s)),r}function Vl(){var t,e,n;return t=zi,(e=Zl())!==s&&Pp()!==s?((n=function(){var t;(t=function(){var r,t,e,n,o,u,a;r=zi,t=[],e=zi,(n=Pp())!==s&&(o=Xl())!==s&&(u=Pp())!==s&&(a=Zl())!==s?e=n=[n,o,u,a]:(zi=e,e=s);if(e!==s)for(;e!==s;)t.push(e),e=zi,(n=Pp())!==s&&(o=Xl())!==s&&(u=Pp())!==s&&(a=Zl())!==s?e=n=[n,o,u,a]:(zi=e,e=s);else t=s;t!==s&&(e=Pp())!==s?((n=zl())===s&&(n=null),n!==s?(Zi=r,r=t={type:"arithmetic",tail:t,in:n}):(zi=r,r=s)):(zi=r,r=s);return r}())===s&&(t=zl())===s&&(t=function(){var r,t,e,n;r=zi,(t=function(){var r,t,e,n,o;r=zi,t=zi,(e=Fb())!==s&&(n=Pp())!==s&&(o=Ub())!==s?t=e=[e,n,o]:(zi=t,t=s);t!==s&&(Zi=r,t=An(t));(r=t)===s&&(r=Ub());return r}())!==s&&Pp()!==s&&(e=Zl())!==s&&Pp()!==s&&Hb()!==s&&Pp()!==s&&(n=Zl())!==s?(Zi=r,r=t={op:t,right:{type:"expr_list",value:[e,n]}}):(zi=r,r=s);return r}())===s&&(t=function(){var r,t,e,n,o;r=zi,(t=Mb())!==s&&(e=Pp())!==s&&(n=Zl())!==s?(Zi=r,r=t={op:"IS",right:n}):(zi=r,r=s);r===s&&(r=zi,t=zi,(e=Mb())!==s&&(n=Pp())!==s&&(o=Fb())!==s?t=e=[e,n,o]:(zi=t,t=s),t!==s&&(e=Pp())!==s&&(n=Zl())!==s?(Zi=r,t=function(r){return{op:"IS NOT",right:r}}(n),r=t):(zi=r,r=s));return r}())===s&&(t=Ql())===s&&(t=function(){var t,e,n,o;t=zi,(e=function(){var t,e,n;t=zi,(e=Fb())===s&&(e=null);e!==s&&Pp()!==s?((n=function(){var t,e,n,o;t=zi,"regexp"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(zu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="REGEXP"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(n=function(){var t,e,n,o;t=zi,"rlike"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Qu));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="RLIKE"):(zi=t,t=s)):(zi=t,t=s);return t}()),n!==s?(Zi=t,u=n,t=e=(o=e)?`${o} ${u}`:u):(zi=t,t=s)):(zi=t,t=s);var o,u;return t}())!==s&&Pp()!==s?("binary"===r.substr(zi,6).toLowerCase()?(n=r.substr(zi,6),zi+=6):(n=s,0===ec&&ac(Bt)),n===s&&(n=null),n!==s&&Pp()!==s?((o=Df())===s&&(o=Yf())===s&&(o=of()),o!==s?(Zi=t,u=e,t=e={op:(a=n)?`${u} ${a}`:u,right:o}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s);var u,a;return t}());return t}())===s&&(n=null),n!==s?(Zi=t,t=e=function(r,t){if(null===t)return r;if("arithmetic"===t.type){if(!t.in)return vv(r,t.tail);const e=vv(r,t.tail);return fv(t.in.op,e,t.in.right)}return fv(t.op,r,t.right)}(e,n)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=Yf())===s&&(t=of()),t}function Xl(){var t;return">="===r.substr(zi,2)?(t=">=",zi+=2):(t=s,0===ec&&ac(Tn)),t===s&&(62===r.charCodeAt(zi)?(t=">",zi++):(t=s,0===ec&&ac(_n)),t===s&&("<="===r.substr(zi,2)?(t="<=",zi+=2):(t=s,0===ec&&ac(gn)),t===s&&("<>"===r.substr(zi,2)?(t="<>",zi+=2):(t=s,0===ec&&ac(In)),t===s&&(60===r.charCodeAt(zi)?(t="<",zi++):(t=s,0===ec&&ac(Sn)),t===s&&(61===r.charCodeAt(zi)?(t="=",zi++):(t=s,0===ec&&ac(Cn)),t===s&&("!="===r.substr(zi,2)?(t="!=",zi+=2):(t=s,0===ec&&ac(Nn)))))))),t}function Kl(){var r,t,e,n,o;return r=zi,t=zi,(e=Fb())!==s&&(n=Pp())!==s&&(o=Db())!==s?t=e=[e,n,o]:(zi=t,t=s),t!==s&&(Zi=r,t=An(t)),(r=t)===s&&(r=Db()),r}function Ql(){var t,e,n,o,u,a,i;return t=zi,(e=function(){var r,t,e,n,o;return r=zi,t=zi,(e=Fb())!==s&&(n=Pp())!==s&&(o=Pb())!==s?t=e=[e,n,o]:(zi=t,t=s),t!==s&&(Zi=r,t=An(t)),(r=t)===s&&(r=Pb()),r}())!==s&&Pp()!==s?((n=Ff())===s&&(n=Af())===s&&(n=Vl()),n!==s&&Pp()!==s?((o=function(){var t,e,n;return t=zi,"escape"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(On)),e!==s&&Pp()!==s&&(n=Yf())!==s?(Zi=t,t=e={type:"ESCAPE",value:n}):(zi=t,t=s),t}())===s&&(o=null),o!==s?(Zi=t,u=e,a=n,(i=o)&&(a.escape=i),t=e={op:u,right:a}):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t}function zl(){var r,t,e,n;return r=zi,(t=Kl())!==s&&Pp()!==s&&(e=jp())!==s&&Pp()!==s&&(n=Ml())!==s&&Pp()!==s&&xp()!==s?(Zi=r,r=t={op:t,right:n}):(zi=r,r=s),r===s&&(r=zi,(t=Kl())!==s&&Pp()!==s?((e=rv())===s&&(e=of())===s&&(e=Yf()),e!==s?(Zi=r,r=t=function(r,t){return{op:r,right:t}}(t,e)):(zi=r,r=s)):(zi=r,r=s)),r}function Zl(){var r,t,e,n,o,u,a,i;if(r=zi,(t=rf())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Jl())!==s&&(a=Pp())!==s&&(i=rf())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Jl())!==s&&(a=Pp())!==s&&(i=rf())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=function(r,t){if(t&&t.length&&"column_ref"===r.type&&"*"===r.column)throw new Error(JSON.stringify({message:"args could not be star column in additive expr",...cv()}));return vv(r,t)}(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function Jl(){var t;return 43===r.charCodeAt(zi)?(t="+",zi++):(t=s,0===ec&&ac(Rn)),t===s&&(45===r.charCodeAt(zi)?(t="-",zi++):(t=s,0===ec&&ac(jn))),t}function rf(){var r,t,e,n,o,u,a,i;if(r=zi,(t=ef())!==s){for(e=[],n=zi,(o=Pp())!==s?((u=tf())===s&&(u=Mp()),u!==s&&(a=Pp())!==s&&(i=ef())!==s?n=o=[o,u,a,i]:(zi=n,n=s)):(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s?((u=tf())===s&&(u=Mp()),u!==s&&(a=Pp())!==s&&(i=ef())!==s?n=o=[o,u,a,i]:(zi=n,n=s)):(zi=n,n=s);e!==s?(Zi=r,r=t=vv(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function tf(){var t,e;return 42===r.charCodeAt(zi)?(t="*",zi++):(t=s,0===ec&&ac(xn)),t===s&&(47===r.charCodeAt(zi)?(t="/",zi++):(t=s,0===ec&&ac(kn)),t===s&&(37===r.charCodeAt(zi)?(t="%",zi++):(t=s,0===ec&&ac(Un)),t===s&&("||"===r.substr(zi,2)?(t="||",zi+=2):(t=s,0===ec&&ac(Dn)),t===s&&(t=zi,"div"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(Mn)),e===s&&("mod"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(Pn))),e!==s&&(Zi=t,e=e.toUpperCase()),(t=e)===s&&(38===r.charCodeAt(zi)?(t="&",zi++):(t=s,0===ec&&ac(Gn)),t===s&&(">>"===r.substr(zi,2)?(t=">>",zi+=2):(t=s,0===ec&&ac(Fn)),t===s&&("<<"===r.substr(zi,2)?(t="<<",zi+=2):(t=s,0===ec&&ac(Hn)),t===s&&(94===r.charCodeAt(zi)?(t="^",zi++):(t=s,0===ec&&ac(Yn)),t===s&&(124===r.charCodeAt(zi)?(t="|",zi++):(t=s,0===ec&&ac(Bn))))))))))),t}function ef(){var t,e,n,o,u;return(t=function(){var t,e,n,o,u,a,i,c;if(t=zi,(e=nf())!==s)if(Pp()!==s){for(n=[],o=zi,(u=Pp())!==s?("?|"===r.substr(zi,2)?(a="?|",zi+=2):(a=s,0===ec&&ac(qn)),a===s&&("?&"===r.substr(zi,2)?(a="?&",zi+=2):(a=s,0===ec&&ac(Vn)),a===s&&(63===r.charCodeAt(zi)?(a="?",zi++):(a=s,0===ec&&ac(hn)),a===s&&("#-"===r.substr(zi,2)?(a="#-",zi+=2):(a=s,0===ec&&ac(Xn)),a===s&&("#>>"===r.substr(zi,3)?(a="#>>",zi+=3):(a=s,0===ec&&ac(Kn)),a===s&&("#>"===r.substr(zi,2)?(a="#>",zi+=2):(a=s,0===ec&&ac(Qn)),a===s&&(a=Dp())===s&&(a=Up())===s&&("@>"===r.substr(zi,2)?(a="@>",zi+=2):(a=s,0===ec&&ac(zn)),a===s&&("<@"===r.substr(zi,2)?(a="<@",zi+=2):(a=s,0===ec&&ac(Zn))))))))),a!==s&&(i=Pp())!==s&&(c=nf())!==s?o=u=[u,a,i,c]:(zi=o,o=s)):(zi=o,o=s);o!==s;)n.push(o),o=zi,(u=Pp())!==s?("?|"===r.substr(zi,2)?(a="?|",zi+=2):(a=s,0===ec&&ac(qn)),a===s&&("?&"===r.substr(zi,2)?(a="?&",zi+=2):(a=s,0===ec&&ac(Vn)),a===s&&(63===r.charCodeAt(zi)?(a="?",zi++):(a=s,0===ec&&ac(hn)),a===s&&("#-"===r.substr(zi,2)?(a="#-",zi+=2):(a=s,0===ec&&ac(Xn)),a===s&&("#>>"===r.substr(zi,3)?(a="#>>",zi+=3):(a=s,0===ec&&ac(Kn)),a===s&&("#>"===r.substr(zi,2)?(a="#>",zi+=2):(a=s,0===ec&&ac(Qn)),a===s&&(a=Dp())===s&&(a=Up())===s&&("@>"===r.substr(zi,2)?(a="@>",zi+=2):(a=s,0===ec&&ac(zn)),a===s&&("<@"===r.substr(zi,2)?(a="<@",zi+=2):(a=s,0===ec&&ac(Zn))))))))),a!==s&&(i=Pp())!==s&&(c=nf())!==s?o=u=[u,a,i,c]:(zi=o,o=s)):(zi=o,o=s);n!==s&&(o=Pp())!==s?((u=_c())===s&&(u=null),u!==s?(Zi=t,e=function(r,t,e){let n=r;return t&&t.length>0&&(n=vv(r,t)),e&&(n.collate=e),n}(e,n,u),t=e):(zi=t,t=s)):(zi=t,t=s)}else zi=t,t=s;else zi=t,t=s;return t}())===s&&(t=zi,(e=function(){var t;33===r.charCodeAt(zi)?(t="!",zi++):(t=s,0===ec&&ac($n));t===s&&(45===r.charCodeAt(zi)?(t="-",zi++):(t=s,0===ec&&ac(jn)),t===s&&(43===r.charCodeAt(zi)?(t="+",zi++):(t=s,0===ec&&ac(Rn)),t===s&&(126===r.charCodeAt(zi)?(t="~",zi++):(t=s,0===ec&&ac(Wn)))));return t}())!==s?(n=zi,(o=Pp())!==s&&(u=ef())!==s?n=o=[o,u]:(zi=n,n=s),n!==s?(Zi=t,t=e=lv(e,n[1])):(zi=t,t=s)):(zi=t,t=s)),t}function nf(){var t,e,n,o;return(t=Pl())===s&&(t=function(){var t;(t=function(){var t,e,n,o;t=zi,(e=function(){var t,e,n,o;t=zi,"count"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(ta));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="COUNT"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(e=function(){var t,e,n,o;t=zi,"group_concat"===r.substr(zi,12).toLowerCase()?(e=r.substr(zi,12),zi+=12):(e=s,0===ec&&ac(ea));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="GROUP_CONCAT"):(zi=t,t=s)):(zi=t,t=s);return t}());e!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(n=function(){var t,e,n,o,u;t=zi,(e=function(){var t,e;t=zi,42===r.charCodeAt(zi)?(e="*",zi++):(e=s,0===ec&&ac(xn));e!==s&&(Zi=t,e={type:"star",value:"*"});return t=e}())!==s&&(Zi=t,e={expr:e,...cv()});(t=e)===s&&(t=zi,(e=kb())===s&&(e=null),e!==s&&Pp()!==s&&(n=$l())!==s&&Pp()!==s?((o=_l())===s&&(o=null),o!==s&&Pp()!==s?((u=function(){var t,e,n;t=zi,"separator"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(Eo));e===s&&(e=null);e!==s&&Pp()!==s&&(n=Yf())!==s?(Zi=t,t=e={keyword:e,value:n}):(zi=t,t=s);return t}())===s&&(u=null),u!==s?(Zi=t,e={distinct:e,expr:n,orderby:o,separator:u,...cv()},t=e):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s));return t}())!==s&&Pp()!==s&&xp()!==s&&Pp()!==s?((o=_f())===s&&(o=null),o!==s?(Zi=t,e={type:"aggr_func",name:e,args:n,over:o,...cv()},t=e):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,(e=function(){var t;(t=function(){var t,e,n,o;t=zi,"sum"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(sa));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="SUM"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"max"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(na));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="MAX"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"min"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(oa));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="MIN"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"avg"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(ua));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="AVG"):(zi=t,t=s)):(zi=t,t=s);return t}());return t}())!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(n=Bl())!==s&&Pp()!==s&&xp()!==s&&Pp()!==s?((o=_f())===s&&(o=null),o!==s?(Zi=t,e={type:"aggr_func",name:e,args:{expr:n},over:o,...cv()},t=e):(zi=t,t=s)):(zi=t,t=s);return t}());return t}())===s&&(t=al())===s&&(t=Df())===s&&(t=function(){var r,t,e,n,o,u,a;r=zi,(t=qb())!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(e=Yl())!==s&&Pp()!==s&&wb()!==s&&Pp()!==s&&(n=ov())!==s&&Pp()!==s&&(o=Gc())!==s&&Pp()!==s&&(u=af())!==s&&Pp()!==s&&xp()!==s?(Zi=r,t=function(r,t,e,n,o){const{dataType:s,length:u}=e;let a=s;return void 0!==u&&(a=`${a}(${u})`),{type:"cast",keyword:r.toLowerCase(),expr:t,symbol:"as",target:[{dataType:a,suffix:[{type:"origin",value:n},o]}]}}(t,e,n,o,u),r=t):(zi=r,r=s);r===s&&(r=zi,(t=qb())!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(e=Yl())!==s&&Pp()!==s&&wb()!==s&&Pp()!==s&&(n=ev())!==s&&Pp()!==s&&(o=xp())!==s?(Zi=r,i=e,c=n,t={type:"cast",keyword:t.toLowerCase(),expr:i,symbol:"as",target:[c]},r=t):(zi=r,r=s),r===s&&(r=zi,(t=qb())!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(e=Yl())!==s&&Pp()!==s&&wb()!==s&&Pp()!==s&&(n=Kb())!==s&&Pp()!==s&&(o=jp())!==s&&Pp()!==s&&(u=Vf())!==s&&Pp()!==s&&xp()!==s&&Pp()!==s&&(a=xp())!==s?(Zi=r,t=function(r,t,e){return{type:"cast",keyword:r.toLowerCase(),expr:t,symbol:"as",target:[{dataType:"DECIMAL("+e+")"}]}}(t,e,u),r=t):(zi=r,r=s),r===s&&(r=zi,(t=qb())!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(e=Yl())!==s&&Pp()!==s&&wb()!==s&&Pp()!==s&&(n=Kb())!==s&&Pp()!==s&&(o=jp())!==s&&Pp()!==s&&(u=Vf())!==s&&Pp()!==s&&Op()!==s&&Pp()!==s&&(a=Vf())!==s&&Pp()!==s&&xp()!==s&&Pp()!==s&&xp()!==s?(Zi=r,t=function(r,t,e,n){return{type:"cast",keyword:r.toLowerCase(),expr:t,symbol:"as",target:[{dataType:"DECIMAL("+e+", "+n+")"}]}}(t,e,u,a),r=t):(zi=r,r=s),r===s&&(r=zi,(t=qb())!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(e=Yl())!==s&&Pp()!==s&&wb()!==s&&Pp()!==s&&(n=Pf())!==s&&Pp()!==s?((o=zb())===s&&(o=null),o!==s&&Pp()!==s&&(u=xp())!==s?(Zi=r,t=function(r,t,e,n){return{type:"cast",keyword:r.toLowerCase(),expr:t,symbol:"as",target:[{dataType:[e,n].filter(Boolean).join(" ")}]}}(t,e,n,o),r=t):(zi=r,r=s)):(zi=r,r=s)))));var i,c;return r}())===s&&(t=function(){var r,t,e,n,o,u,a,i;return r=zi,$b()!==s&&Pp()!==s&&(t=Gl())!==s&&Pp()!==s?((e=Hl())===s&&(e=null),e!==s&&Pp()!==s&&(n=Wb())!==s&&Pp()!==s?((o=$b())===s&&(o=null),o!==s?(Zi=r,a=t,(i=e)&&a.push(i),r={type:"case",expr:null,args:a}):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s),r===s&&(r=zi,$b()!==s&&Pp()!==s&&(t=Yl())!==s&&Pp()!==s&&(e=Gl())!==s&&Pp()!==s?((n=Hl())===s&&(n=null),n!==s&&Pp()!==s&&(o=Wb())!==s&&Pp()!==s?((u=$b())===s&&(u=null),u!==s?(Zi=r,r=function(r,t,e){return e&&t.push(e),{type:"case",expr:r,args:t}}(t,e,n)):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s)),r}())===s&&(t=Gf())===s&&(t=of())===s&&(t=qf())===s&&(t=Af())===s&&(t=zi,jp()!==s&&(e=Pp())!==s&&(n=$l())!==s&&Pp()!==s&&xp()!==s?(Zi=t,(o=n).parentheses=!0,t=o):(zi=t,t=s),t===s&&(t=rv())===s&&(t=zi,Pp()!==s?(63===r.charCodeAt(zi)?(e="?",zi++):(e=s,0===ec&&ac(hn)),e!==s?(Zi=t,t={type:"origin",value:e}):(zi=t,t=s)):(zi=t,t=s))),t}function of(){var r,t,e,n,o,u,a,i,c,l,f,b,p,v,d,y,w;return r=zi,(t=hf())===s&&(t=df()),t!==s&&(e=Pp())!==s&&(n=Np())!==s&&(o=Pp())!==s?((u=hf())===s&&(u=df()),u!==s&&(a=Pp())!==s&&(i=Np())!==s&&(c=Pp())!==s&&(l=yf())!==s?(f=zi,(b=Pp())!==s&&(p=_c())!==s?f=b=[b,p]:(zi=f,f=s),f===s&&(f=null),f!==s?(Zi=r,v=t,d=u,y=l,w=f,Cv.add(`select::${"object"==typeof v?v.value:v}::${"object"==typeof d?d.value:d}::${y}`),r=t={type:"column_ref",db:v,table:d,column:y,collate:w&&w[1],...cv()}):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s),r===s&&(r=zi,(t=hf())===s&&(t=df()),t!==s&&(e=Pp())!==s&&(n=Np())!==s&&(o=Pp())!==s&&(u=yf())!==s?(a=zi,(i=Pp())!==s&&(c=_c())!==s?a=i=[i,c]:(zi=a,a=s),a===s&&(a=null),a!==s?(Zi=r,r=t=function(r,t,e){return Cv.add(`select::${"object"==typeof r?r.value:r}::${t}`),{type:"column_ref",table:r,column:t,collate:e&&e[1],...cv()}}(t,u,a)):(zi=r,r=s)):(zi=r,r=s),r===s&&(r=zi,t=zi,(e=lf())!==s&&(n=Pp())!==s&&(o=Np())!==s?t=e=[e,n,o]:(zi=t,t=s),t===s&&(t=null),t!==s&&(e=Pp())!==s&&(n=Rp())!==s?(Zi=r,r=t=function(r){const t=r&&r[0]||null;return Cv.add(`select::${t}::(.*)`),{expr:{type:"column_ref",table:t,column:"*"},as:null,...cv()}}(t)):(zi=r,r=s),r===s&&(r=zi,(t=wf())!==s?(e=zi,(n=Pp())!==s&&(o=_c())!==s?e=n=[n,o]:(zi=e,e=s),e===s&&(e=null),e!==s?(Zi=r,r=t=function(r,t){return Cv.add("select::null::"+r),{type:"column_ref",table:null,column:r,collate:t&&t[1],...cv()}}(t,e)):(zi=r,r=s)):(zi=r,r=s)))),r}function sf(){var r,t,e,n,o,u,a,i;if(r=zi,(t=wf())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=wf())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=wf())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=sr(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function uf(){var r,t;return r=zi,(t=hf())!==s&&(Zi=r,t={type:"default",value:t}),r=t}function af(){var r;return(r=uf())===s&&(r=ff()),r}function cf(){var r;return(r=hf())===s&&(r=bf()),r}function lf(){var r,t;return r=zi,(t=hf())!==s?(Zi=zi,(Jn(t)?s:void 0)!==s?(Zi=r,r=t=t):(zi=r,r=s)):(zi=r,r=s),r===s&&(r=bf()),r}function ff(){var r;return(r=pf())===s&&(r=vf())===s&&(r=df()),r}function bf(){var r,t;return r=zi,(t=pf())===s&&(t=vf())===s&&(t=df()),t!==s&&(Zi=r,t=t.value),r=t}function pf(){var t,e,n,o;if(t=zi,34===r.charCodeAt(zi)?(e='"',zi++):(e=s,0===ec&&ac(ro)),e!==s){if(n=[],to.test(r.charAt(zi))?(o=r.charAt(zi),zi++):(o=s,0===ec&&ac(eo)),o!==s)for(;o!==s;)n.push(o),to.test(r.charAt(zi))?(o=r.charAt(zi),zi++):(o=s,0===ec&&ac(eo));else n=s;n!==s?(34===r.charCodeAt(zi)?(o='"',zi++):(o=s,0===ec&&ac(ro)),o!==s?(Zi=t,t=e={type:"double_quote_string",value:n.join("")}):(zi=t,t=s)):(zi=t,t=s)}else zi=t,t=s;return t}function vf(){var t,e,n,o;if(t=zi,39===r.charCodeAt(zi)?(e="'",zi++):(e=s,0===ec&&ac(Ot)),e!==s){for(n=[],no.test(r.charAt(zi))?(o=r.charAt(zi),zi++):(o=s,0===ec&&ac(oo));o!==s;)n.push(o),no.test(r.charAt(zi))?(o=r.charAt(zi),zi++):(o=s,0===ec&&ac(oo));n!==s?(39===r.charCodeAt(zi)?(o="'",zi++):(o=s,0===ec&&ac(Ot)),o!==s?(Zi=t,t=e={type:"single_quote_string",value:n.join("")}):(zi=t,t=s)):(zi=t,t=s)}else zi=t,t=s;return t}function df(){var t,e,n,o;if(t=zi,96===r.charCodeAt(zi)?(e="`",zi++):(e=s,0===ec&&ac(so)),e!==s){if(n=[],uo.test(r.charAt(zi))?(o=r.charAt(zi),zi++):(o=s,0===ec&&ac(ao)),o===s&&(o=Wf()),o!==s)for(;o!==s;)n.push(o),uo.test(r.charAt(zi))?(o=r.charAt(zi),zi++):(o=s,0===ec&&ac(ao)),o===s&&(o=Wf());else n=s;n!==s?(96===r.charCodeAt(zi)?(o="`",zi++):(o=s,0===ec&&ac(so)),o!==s?(Zi=t,t=e={type:"backticks_quote_string",value:n.join("")}):(zi=t,t=s)):(zi=t,t=s)}else zi=t,t=s;return t}function yf(){var r,t;return r=zi,(t=Lf())!==s&&(Zi=r,t=t),(r=t)===s&&(r=bf()),r}function wf(){var r,t;return r=zi,(t=Lf())!==s?(Zi=zi,(Jn(t)?s:void 0)!==s?(Zi=r,r=t=t):(zi=r,r=s)):(zi=r,r=s),r===s&&(r=zi,(t=df())!==s&&(Zi=r,t=t.value),r=t),r}function Lf(){var r,t,e,n;if(r=zi,(t=Cf())!==s){for(e=[],n=Ef();n!==s;)e.push(n),n=Ef();e!==s?(Zi=r,r=t=io(t,e)):(zi=r,r=s)}else zi=r,r=s;if(r===s)if(r=zi,(t=Qf())!==s){if(e=[],(n=Ef())!==s)for(;n!==s;)e.push(n),n=Ef();else e=s;e!==s?(Zi=r,r=t=io(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function hf(){var r,t,e,n;if(r=zi,(t=Cf())!==s){for(e=[],n=mf();n!==s;)e.push(n),n=mf();e!==s?(Zi=r,r=t=io(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function Cf(){var t;return co.test(r.charAt(zi))?(t=r.charAt(zi),zi++):(t=s,0===ec&&ac(lo)),t}function mf(){var t;return fo.test(r.charAt(zi))?(t=r.charAt(zi),zi++):(t=s,0===ec&&ac(bo)),t}function Ef(){var t;return po.test(r.charAt(zi))?(t=r.charAt(zi),zi++):(t=s,0===ec&&ac(vo)),t}function Af(){var t,e,n,o;return t=zi,e=zi,58===r.charCodeAt(zi)?(n=":",zi++):(n=s,0===ec&&ac(yo)),n!==s&&(o=hf())!==s?e=n=[n,o]:(zi=e,e=s),e!==s&&(Zi=t,e={type:"param",value:e[1]}),t=e}function Tf(){var t,e,n,o,u,a,i,c,l;return t=zi,Ab()!==s&&Pp()!==s&&sb()!==s&&Pp()!==s&&(e=bp())!==s&&Pp()!==s?(n=zi,(o=jp())!==s&&(u=Pp())!==s?((a=Ml())===s&&(a=null),a!==s&&(i=Pp())!==s&&(c=xp())!==s?n=o=[o,u,a,i,c]:(zi=n,n=s)):(zi=n,n=s),n===s&&(n=null),n!==s?(Zi=t,t={type:"on update",keyword:e,parentheses:!!(l=n),expr:l?l[2]:null}):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,Ab()!==s&&Pp()!==s&&sb()!==s&&Pp()!==s?("now"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(wo)),e!==s&&Pp()!==s&&(n=jp())!==s&&(o=Pp())!==s&&(u=xp())!==s?(Zi=t,t=function(r){return{type:"on update",keyword:r,parentheses:!0}}(e)):(zi=t,t=s)):(zi=t,t=s)),t}function _f(){var t,e,n;return t=zi,"over"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Lo)),e!==s&&Pp()!==s&&(n=If())!==s?(Zi=t,t=e={type:"window",as_window_specification:n}):(zi=t,t=s),t===s&&(t=Tf()),t}function gf(){var r,t,e;return r=zi,(t=hf())!==s&&Pp()!==s&&wb()!==s&&Pp()!==s&&(e=If())!==s?(Zi=r,r=t={name:t,as_window_specification:e}):(zi=r,r=s),r}function If(){var r,t;return(r=hf())===s&&(r=zi,jp()!==s&&Pp()!==s?((t=function(){var r,t,e,n;r=zi,(t=Tl())===s&&(t=null);t!==s&&Pp()!==s?((e=_l())===s&&(e=null),e!==s&&Pp()!==s?((n=function(){var r,t,e,n,o;r=zi,(t=up())!==s&&Pp()!==s?((e=Sf())===s&&(e=Nf()),e!==s?(Zi=r,r=t={type:"rows",expr:e}):(zi=r,r=s)):(zi=r,r=s);r===s&&(r=zi,(t=up())!==s&&Pp()!==s&&(e=Ub())!==s&&Pp()!==s&&(n=Nf())!==s&&Pp()!==s&&Hb()!==s&&Pp()!==s&&(o=Sf())!==s?(Zi=r,t=fv(e,{type:"origin",value:"rows"},{type:"expr_list",value:[n,o]}),r=t):(zi=r,r=s));return r}())===s&&(n=null),n!==s?(Zi=r,r=t={name:null,partitionby:t,orderby:e,window_frame_clause:n}):(zi=r,r=s)):(zi=r,r=s)):(zi=r,r=s);return r}())===s&&(t=null),t!==s&&Pp()!==s&&xp()!==s?(Zi=r,r={window_specification:t||{},parentheses:!0}):(zi=r,r=s)):(zi=r,r=s)),r}function Sf(){var t,e,n,o;return t=zi,(e=Rf())!==s&&Pp()!==s?("following"===r.substr(zi,9).toLowerCase()?(n=r.substr(zi,9),zi+=9):(n=s,0===ec&&ac(Co)),n!==s?(Zi=t,(o=e).value+=" FOLLOWING",t=e=o):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=Of()),t}function Nf(){var t,e,n,o,u;return t=zi,(e=Rf())!==s&&Pp()!==s?("preceding"===r.substr(zi,9).toLowerCase()?(n=r.substr(zi,9),zi+=9):(n=s,0===ec&&ac(mo)),n===s&&("following"===r.substr(zi,9).toLowerCase()?(n=r.substr(zi,9),zi+=9):(n=s,0===ec&&ac(Co))),n!==s?(Zi=t,u=n,(o=e).value+=" "+u.toUpperCase(),t=e=o):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=Of()),t}function Of(){var t,e,n;return t=zi,"current"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(P)),e!==s&&Pp()!==s?("row"===r.substr(zi,3).toLowerCase()?(n=r.substr(zi,3),zi+=3):(n=s,0===ec&&ac(yr)),n!==s?(Zi=t,t=e={type:"origin",value:"current row",...cv()}):(zi=t,t=s)):(zi=t,t=s),t}function Rf(){var t,e;return t=zi,"unbounded"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(Y)),e!==s&&(Zi=t,e={type:"origin",value:e.toUpperCase(),...cv()}),(t=e)===s&&(t=qf()),t}function jf(){var t,e;return t=zi,"year_month"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(Ao)),e===s&&("day_hour"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(To)),e===s&&("day_minute"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(_o)),e===s&&("day_second"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(go)),e===s&&("day_microsecond"===r.substr(zi,15).toLowerCase()?(e=r.substr(zi,15),zi+=15):(e=s,0===ec&&ac(Io)),e===s&&("hour_minute"===r.substr(zi,11).toLowerCase()?(e=r.substr(zi,11),zi+=11):(e=s,0===ec&&ac(So)),e===s&&("hour_second"===r.substr(zi,11).toLowerCase()?(e=r.substr(zi,11),zi+=11):(e=s,0===ec&&ac(No)),e===s&&("hour_microsecond"===r.substr(zi,16).toLowerCase()?(e=r.substr(zi,16),zi+=16):(e=s,0===ec&&ac(Oo)),e===s&&("minute_second"===r.substr(zi,13).toLowerCase()?(e=r.substr(zi,13),zi+=13):(e=s,0===ec&&ac(Ro)),e===s&&("minute_microsecond"===r.substr(zi,18).toLowerCase()?(e=r.substr(zi,18),zi+=18):(e=s,0===ec&&ac(jo)),e===s&&("second_microsecond"===r.substr(zi,18).toLowerCase()?(e=r.substr(zi,18),zi+=18):(e=s,0===ec&&ac(xo)),e===s&&("timezone_hour"===r.substr(zi,13).toLowerCase()?(e=r.substr(zi,13),zi+=13):(e=s,0===ec&&ac(ko)),e===s&&("timezone_minute"===r.substr(zi,15).toLowerCase()?(e=r.substr(zi,15),zi+=15):(e=s,0===ec&&ac(Uo)),e===s&&("century"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Do)),e===s&&("day"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(Mo)),e===s&&("date"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Po)),e===s&&("decade"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Go)),e===s&&("dow"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(Fo)),e===s&&("doy"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(Ho)),e===s&&("epoch"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Yo)),e===s&&("hour"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Bo)),e===s&&("isodow"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac($o)),e===s&&("isoweek"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Wo)),e===s&&("isoyear"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(qo)),e===s&&("microseconds"===r.substr(zi,12).toLowerCase()?(e=r.substr(zi,12),zi+=12):(e=s,0===ec&&ac(Vo)),e===s&&("millennium"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(Xo)),e===s&&("milliseconds"===r.substr(zi,12).toLowerCase()?(e=r.substr(zi,12),zi+=12):(e=s,0===ec&&ac(Ko)),e===s&&("minute"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Qo)),e===s&&("month"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(zo)),e===s&&("quarter"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Zo)),e===s&&("second"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Jo)),e===s&&("time"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(rs)),e===s&&("timezone"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(ts)),e===s&&("week"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(es)),e===s&&("year"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(ns)))))))))))))))))))))))))))))))))))),e!==s&&(Zi=t,e=e),t=e}function xf(){var t,e,n,o,u,a,i,c;return t=zi,(e=Bb())!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(n=jf())!==s&&Pp()!==s&&db()!==s&&Pp()!==s?((o=ip())===s&&(o=fp())===s&&(o=ap())===s&&(o=op()),o!==s&&Pp()!==s&&(u=Yl())!==s&&Pp()!==s&&xp()!==s?(Zi=t,a=n,i=o,c=u,t=e={type:e.toLowerCase(),args:{field:a,cast_type:i,source:c},...cv()}):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=Bb())!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(n=jf())!==s&&Pp()!==s&&db()!==s&&Pp()!==s&&(o=Yl())!==s&&Pp()!==s&&(u=xp())!==s?(Zi=t,t=e=function(r,t,e){return{type:r.toLowerCase(),args:{field:t,source:e},...cv()}}(e,n,o)):(zi=t,t=s),t===s&&(t=zi,"date_trunc"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(os)),e!==s&&Pp()!==s&&jp()!==s&&Pp()!==s&&(n=Yl())!==s&&Pp()!==s&&Op()!==s&&Pp()!==s&&(o=jf())!==s&&Pp()!==s&&(u=xp())!==s?(Zi=t,t=e=function(r,t){return{type:"function",name:{name:[{type:"origin",value:"date_trunc"}]},args:{type:"expr_list",value:[r,{type:"origin",value:t}]},over:null,...cv()}}(n,o)):(zi=t,t=s))),t}function kf(){var t,e,n;return t=zi,(e=function(){var t;return"both"===r.substr(zi,4).toLowerCase()?(t=r.substr(zi,4),zi+=4):(t=s,0===ec&&ac(ss)),t===s&&("leading"===r.substr(zi,7).toLowerCase()?(t=r.substr(zi,7),zi+=7):(t=s,0===ec&&ac(us)),t===s&&("trailing"===r.substr(zi,8).toLowerCase()?(t=r.substr(zi,8),zi+=8):(t=s,0===ec&&ac(as)))),t}())===s&&(e=null),e!==s&&Pp()!==s?((n=Yl())===s&&(n=null),n!==s&&Pp()!==s&&db()!==s?(Zi=t,t=e=function(r,t,e){let n=[];return r&&n.push({type:"origin",value:r}),t&&n.push(t),n.push({type:"origin",value:"from"}),{type:"expr_list",value:n}}(e,n)):(zi=t,t=s)):(zi=t,t=s),t}function Uf(){var t,e,n,o;return t=zi,"trim"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(is)),e!==s&&Pp()!==s&&jp()!==s&&Pp()!==s?((n=kf())===s&&(n=null),n!==s&&Pp()!==s&&(o=Yl())!==s&&Pp()!==s&&xp()!==s?(Zi=t,t=e=function(r,t){let e=r||{type:"expr_list",value:[]};return e.value.push(t),{type:"function",name:{name:[{type:"origin",value:"trim"}]},args:e,...cv()}}(n,o)):(zi=t,t=s)):(zi=t,t=s),t}function Df(){var t,e,n,o,u,a,i,c;return(t=xf())===s&&(t=Uf())===s&&(t=zi,"convert"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(cs)),e!==s&&Pp()!==s&&(n=jp())!==s&&Pp()!==s&&(o=function(){var r,t,e,n,o,u;return r=zi,(t=Vp())!==s&&Pp()!==s&&Op()!==s&&Pp()!==s?((e=ov())===s&&(e=uv()),e!==s&&Pp()!==s&&(n=Gc())!==s&&Pp()!==s&&(o=af())!==s?(Zi=r,r=t=function(r,t,e,n){const{dataType:o,length:s}=t;let u=o;return void 0!==s&&(u=`${u}(${s})`),{type:"expr_list",value:[r,{type:"origin",value:u,suffix:{prefix:e,...n}}]}}(t,e,n,o)):(zi=r,r=s)):(zi=r,r=s),r===s&&(r=zi,(t=Vp())!==s&&Pp()!==s&&Op()!==s&&Pp()!==s?((e=Pf())===s&&(e=ev()),e!==s?(Zi=r,r=t={type:"expr_list",value:[t,{type:"datatype",..."string"==typeof(u=e)?{dataType:u}:u}]}):(zi=r,r=s)):(zi=r,r=s),r===s&&(r=zi,(t=$l())!==s&&Pp()!==s&&Ib()!==s&&Pp()!==s&&(e=hf())!==s?(Zi=r,r=t=function(r,t){return r.suffix="USING "+t.toUpperCase(),{type:"expr_list",value:[r]}}(t,e)):(zi=r,r=s))),r}())!==s&&(u=Pp())!==s&&xp()!==s?(Zi=t,t=e={type:"function",name:{name:[{type:"origin",value:"convert"}]},args:o,...cv()}):(zi=t,t=s),t===s&&(t=zi,(e=function(){var t;(t=Mf())===s&&(t=pp())===s&&(t=cp())===s&&(t=function(){var t,e,n,o;t=zi,"session_user"===r.substr(zi,12).toLowerCase()?(e=r.substr(zi,12),zi+=12):(e=s,0===ec&&ac(Xa));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="SESSION_USER"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"system_user"===r.substr(zi,11).toLowerCase()?(e=r.substr(zi,11),zi+=11):(e=s,0===ec&&ac(Ka));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="SYSTEM_USER"):(zi=t,t=s)):(zi=t,t=s);return t}());return t}())!==s&&Pp()!==s&&(n=jp())!==s&&Pp()!==s?((o=Ml())===s&&(o=null),o!==s&&(u=Pp())!==s&&xp()!==s&&Pp()!==s?((a=_f())===s&&(a=null),a!==s?(Zi=t,t=e=function(r,t,e){return{type:"function",name:{name:[{type:"default",value:r}]},args:t||{type:"expr_list",value:[]},over:e,...cv()}}(e,o,a)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=Mf())!==s&&Pp()!==s?((n=Tf())===s&&(n=null),n!==s?(Zi=t,t=e={type:"function",name:{name:[{type:"origin",value:e}]},over:n,...cv()}):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=zi,(e=Qp())!==s?(Zi=zi,(!iv[(c=e).name[0]&&c.name[0].value.toLowerCase()]?void 0:s)!==s&&(n=Pp())!==s&&jp()!==s&&(o=Pp())!==s?((u=$l())===s&&(u=null),u!==s&&Pp()!==s&&xp()!==s&&(a=Pp())!==s?((i=_f())===s&&(i=null),i!==s?(Zi=t,t=e=function(r,t,e){return t&&"expr_list"!==t.type&&(t={type:"expr_list",value:[t]}),(r.name[0]&&"TIMESTAMPDIFF"===r.name[0].value.toUpperCase()||r.name[0]&&"TIMESTAMPADD"===r.name[0].value.toUpperCase())&&t.value&&t.value[0]&&(t.value[0]={type:"origin",value:t.value[0].column}),{type:"function",name:r,args:t||{type:"expr_list",value:[]},over:e,...cv()}}(e,u,i)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s)):(zi=t,t=s))))),t}function Mf(){var t;return(t=function(){var t,e,n,o;t=zi,"current_date"===r.substr(zi,12).toLowerCase()?(e=r.substr(zi,12),zi+=12):(e=s,0===ec&&ac(Ya));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="CURRENT_DATE"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"current_time"===r.substr(zi,12).toLowerCase()?(e=r.substr(zi,12),zi+=12):(e=s,0===ec&&ac(Wa));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="CURRENT_TIME"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=bp()),t}function Pf(){var t;return(t=function(){var t,e,n,o;t=zi,"signed"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(ma));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="SIGNED"):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n,o;t=zi,"unsigned"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(Ea));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="UNSIGNED"):(zi=t,t=s)):(zi=t,t=s);return t}()),t}function Gf(){var t,e,n,o,u,a,i,c,l;return t=zi,"binary"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(ls)),e===s&&("_binary"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(fs))),e===s&&(e=null),e!==s&&Pp()!==s&&(n=Yf())!==s?(o=zi,(u=Pp())!==s&&(a=_c())!==s?o=u=[u,a]:(zi=o,o=s),o===s&&(o=null),o!==s?(Zi=t,c=n,l=o,(i=e)&&(c.prefix=i.toLowerCase()),l&&(c.suffix={collate:l[1]}),t=e=c):(zi=t,t=s)):(zi=t,t=s),t===s&&(t=function(){var t,e;t=zi,(e=function(){var t,e,n,o;t=zi,"true"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(zs));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(Zi=t,e={type:"bool",value:!0});(t=e)===s&&(t=zi,(e=function(){var t,e,n,o;t=zi,"false"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Js));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(Zi=t,e={type:"bool",value:!1}),t=e);return t}())===s&&(t=Hf())===s&&(t=function(){var t,e,n,o,u,a;t=zi,(e=ap())===s&&(e=op())===s&&(e=ip())===s&&(e=sp());if(e!==s)if(Pp()!==s){if(n=zi,39===r.charCodeAt(zi)?(o="'",zi++):(o=s,0===ec&&ac(Ot)),o!==s){for(u=[],a=$f();a!==s;)u.push(a),a=$f();u!==s?(39===r.charCodeAt(zi)?(a="'",zi++):(a=s,0===ec&&ac(Ot)),a!==s?n=o=[o,u,a]:(zi=n,n=s)):(zi=n,n=s)}else zi=n,n=s;n!==s?(Zi=t,e=hs(e,n),t=e):(zi=t,t=s)}else zi=t,t=s;else zi=t,t=s;if(t===s)if(t=zi,(e=ap())===s&&(e=op())===s&&(e=ip())===s&&(e=sp()),e!==s)if(Pp()!==s){if(n=zi,34===r.charCodeAt(zi)?(o='"',zi++):(o=s,0===ec&&ac(ro)),o!==s){for(u=[],a=Bf();a!==s;)u.push(a),a=Bf();u!==s?(34===r.charCodeAt(zi)?(a='"',zi++):(a=s,0===ec&&ac(ro)),a!==s?n=o=[o,u,a]:(zi=n,n=s)):(zi=n,n=s)}else zi=n,n=s;n!==s?(Zi=t,e=hs(e,n),t=e):(zi=t,t=s)}else zi=t,t=s;else zi=t,t=s;return t}()),t}function Ff(){var r;return(r=Gf())===s&&(r=qf()),r}function Hf(){var t,e;return t=zi,(e=function(){var t,e,n,o;t=zi,"null"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Ks));e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s);return t}())!==s&&(Zi=t,e={type:"null",value:null}),t=e}function Yf(){var t,e,n,o,u,a,i,c;if(t=zi,"_binary"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(fs)),e===s&&("_latin1"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(bs))),e===s&&(e=null),e!==s)if((n=Pp())!==s)if("x"===r.substr(zi,1).toLowerCase()?(o=r.charAt(zi),zi++):(o=s,0===ec&&ac(ps)),o!==s){if(u=zi,39===r.charCodeAt(zi)?(a="'",zi++):(a=s,0===ec&&ac(Ot)),a!==s){for(i=[],vs.test(r.charAt(zi))?(c=r.charAt(zi),zi++):(c=s,0===ec&&ac(ds));c!==s;)i.push(c),vs.test(r.charAt(zi))?(c=r.charAt(zi),zi++):(c=s,0===ec&&ac(ds));i!==s?(39===r.charCodeAt(zi)?(c="'",zi++):(c=s,0===ec&&ac(Ot)),c!==s?u=a=[a,i,c]:(zi=u,u=s)):(zi=u,u=s)}else zi=u,u=s;u!==s?(Zi=t,t=e={type:"hex_string",prefix:e,value:u[1].join("")}):(zi=t,t=s)}else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;if(t===s){if(t=zi,"_binary"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(fs)),e===s&&("_latin1"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(bs))),e===s&&(e=null),e!==s)if((n=Pp())!==s)if("b"===r.substr(zi,1).toLowerCase()?(o=r.charAt(zi),zi++):(o=s,0===ec&&ac(ys)),o!==s){if(u=zi,39===r.charCodeAt(zi)?(a="'",zi++):(a=s,0===ec&&ac(Ot)),a!==s){for(i=[],vs.test(r.charAt(zi))?(c=r.charAt(zi),zi++):(c=s,0===ec&&ac(ds));c!==s;)i.push(c),vs.test(r.charAt(zi))?(c=r.charAt(zi),zi++):(c=s,0===ec&&ac(ds));i!==s?(39===r.charCodeAt(zi)?(c="'",zi++):(c=s,0===ec&&ac(Ot)),c!==s?u=a=[a,i,c]:(zi=u,u=s)):(zi=u,u=s)}else zi=u,u=s;u!==s?(Zi=t,t=e=function(r,t,e){return{type:"bit_string",prefix:r,value:e[1].join("")}}(e,0,u)):(zi=t,t=s)}else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;if(t===s){if(t=zi,"_binary"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(fs)),e===s&&("_latin1"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(bs))),e===s&&(e=null),e!==s)if((n=Pp())!==s)if("0x"===r.substr(zi,2).toLowerCase()?(o=r.substr(zi,2),zi+=2):(o=s,0===ec&&ac(ws)),o!==s){for(u=[],vs.test(r.charAt(zi))?(a=r.charAt(zi),zi++):(a=s,0===ec&&ac(ds));a!==s;)u.push(a),vs.test(r.charAt(zi))?(a=r.charAt(zi),zi++):(a=s,0===ec&&ac(ds));u!==s?(Zi=t,t=e=function(r,t,e){return{type:"full_hex_string",prefix:r,value:e.join("")}}(e,0,u)):(zi=t,t=s)}else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;if(t===s){if(t=zi,"n"===r.substr(zi,1).toLowerCase()?(e=r.charAt(zi),zi++):(e=s,0===ec&&ac(Ls)),e!==s){if(n=zi,39===r.charCodeAt(zi)?(o="'",zi++):(o=s,0===ec&&ac(Ot)),o!==s){for(u=[],a=$f();a!==s;)u.push(a),a=$f();u!==s?(39===r.charCodeAt(zi)?(a="'",zi++):(a=s,0===ec&&ac(Ot)),a!==s?n=o=[o,u,a]:(zi=n,n=s)):(zi=n,n=s)}else zi=n,n=s;n!==s?(Zi=t,t=e=function(r,t){return{type:"natural_string",value:t[1].join("")}}(0,n)):(zi=t,t=s)}else zi=t,t=s;if(t===s){if(t=zi,e=zi,39===r.charCodeAt(zi)?(n="'",zi++):(n=s,0===ec&&ac(Ot)),n!==s){for(o=[],u=$f();u!==s;)o.push(u),u=$f();o!==s?(39===r.charCodeAt(zi)?(u="'",zi++):(u=s,0===ec&&ac(Ot)),u!==s?e=n=[n,o,u]:(zi=e,e=s)):(zi=e,e=s)}else zi=e,e=s;if(e!==s&&(Zi=t,e=function(r){return{type:"single_quote_string",value:r[1].join("")}}(e)),(t=e)===s){if(t=zi,e=zi,34===r.charCodeAt(zi)?(n='"',zi++):(n=s,0===ec&&ac(ro)),n!==s){for(o=[],u=Bf();u!==s;)o.push(u),u=Bf();o!==s?(34===r.charCodeAt(zi)?(u='"',zi++):(u=s,0===ec&&ac(ro)),u!==s?e=n=[n,o,u]:(zi=e,e=s)):(zi=e,e=s)}else zi=e,e=s;e!==s&&(Zi=t,e=function(r){return{type:"double_quote_string",value:r[1].join("")}}(e)),t=e}}}}}return t}function Bf(){var t;return Cs.test(r.charAt(zi))?(t=r.charAt(zi),zi++):(t=s,0===ec&&ac(ms)),t===s&&(t=Wf())===s&&(Es.test(r.charAt(zi))?(t=r.charAt(zi),zi++):(t=s,0===ec&&ac(As))),t}function $f(){var t;return Ts.test(r.charAt(zi))?(t=r.charAt(zi),zi++):(t=s,0===ec&&ac(_s)),t===s&&(t=Wf()),t}function Wf(){var t,e,n,o,u,a,i,c,l,f;return t=zi,"\\'"===r.substr(zi,2)?(e="\\'",zi+=2):(e=s,0===ec&&ac(gs)),e!==s&&(Zi=t,e="\\'"),(t=e)===s&&(t=zi,'\\"'===r.substr(zi,2)?(e='\\"',zi+=2):(e=s,0===ec&&ac(Is)),e!==s&&(Zi=t,e='\\"'),(t=e)===s&&(t=zi,"\\\\"===r.substr(zi,2)?(e="\\\\",zi+=2):(e=s,0===ec&&ac(Ss)),e!==s&&(Zi=t,e="\\\\"),(t=e)===s&&(t=zi,"\\/"===r.substr(zi,2)?(e="\\/",zi+=2):(e=s,0===ec&&ac(Ns)),e!==s&&(Zi=t,e="\\/"),(t=e)===s&&(t=zi,"\\b"===r.substr(zi,2)?(e="\\b",zi+=2):(e=s,0===ec&&ac(Os)),e!==s&&(Zi=t,e="\b"),(t=e)===s&&(t=zi,"\\f"===r.substr(zi,2)?(e="\\f",zi+=2):(e=s,0===ec&&ac(Rs)),e!==s&&(Zi=t,e="\f"),(t=e)===s&&(t=zi,"\\n"===r.substr(zi,2)?(e="\\n",zi+=2):(e=s,0===ec&&ac(js)),e!==s&&(Zi=t,e="\n"),(t=e)===s&&(t=zi,"\\r"===r.substr(zi,2)?(e="\\r",zi+=2):(e=s,0===ec&&ac(xs)),e!==s&&(Zi=t,e="\r"),(t=e)===s&&(t=zi,"\\t"===r.substr(zi,2)?(e="\\t",zi+=2):(e=s,0===ec&&ac(ks)),e!==s&&(Zi=t,e="\t"),(t=e)===s&&(t=zi,"\\u"===r.substr(zi,2)?(e="\\u",zi+=2):(e=s,0===ec&&ac(Us)),e!==s&&(n=Zf())!==s&&(o=Zf())!==s&&(u=Zf())!==s&&(a=Zf())!==s?(Zi=t,i=n,c=o,l=u,f=a,t=e=String.fromCharCode(parseInt("0x"+i+c+l+f))):(zi=t,t=s),t===s&&(t=zi,92===r.charCodeAt(zi)?(e="\\",zi++):(e=s,0===ec&&ac(Ds)),e!==s&&(Zi=t,e="\\"),(t=e)===s&&(t=zi,"''"===r.substr(zi,2)?(e="''",zi+=2):(e=s,0===ec&&ac(Ms)),e!==s&&(Zi=t,e="''"),(t=e)===s&&(t=zi,'""'===r.substr(zi,2)?(e='""',zi+=2):(e=s,0===ec&&ac(Ps)),e!==s&&(Zi=t,e='""'),(t=e)===s&&(t=zi,"``"===r.substr(zi,2)?(e="``",zi+=2):(e=s,0===ec&&ac(Gs)),e!==s&&(Zi=t,e="``"),t=e))))))))))))),t}function qf(){var r,t,e;return r=zi,(t=function(){var r,t,e,n;r=zi,(t=Vf())!==s&&(e=Xf())!==s&&(n=Kf())!==s?(Zi=r,r=t={type:"bigint",value:t+e+n}):(zi=r,r=s);r===s&&(r=zi,(t=Vf())!==s&&(e=Xf())!==s?(Zi=r,t=function(r,t){const e=r+t;if(bv(r))return{type:"bigint",value:e};const n=t.length>=1?t.length-1:0;return parseFloat(e).toFixed(n)}(t,e),r=t):(zi=r,r=s),r===s&&(r=zi,(t=Vf())!==s&&(e=Kf())!==s?(Zi=r,t=function(r,t){return{type:"bigint",value:r+t}}(t,e),r=t):(zi=r,r=s),r===s&&(r=zi,(t=Vf())!==s&&(Zi=r,t=function(r){return bv(r)?{type:"bigint",value:r}:parseFloat(r)}(t)),r=t)));return r}())!==s&&(Zi=r,t=(e=t)&&"bigint"===e.type?e:{type:"number",value:e}),r=t}function Vf(){var t,e,n;return(t=Qf())===s&&(t=zf())===s&&(t=zi,45===r.charCodeAt(zi)?(e="-",zi++):(e=s,0===ec&&ac(jn)),e===s&&(43===r.charCodeAt(zi)?(e="+",zi++):(e=s,0===ec&&ac(Rn))),e!==s&&(n=Qf())!==s?(Zi=t,t=e=e+n):(zi=t,t=s),t===s&&(t=zi,45===r.charCodeAt(zi)?(e="-",zi++):(e=s,0===ec&&ac(jn)),e===s&&(43===r.charCodeAt(zi)?(e="+",zi++):(e=s,0===ec&&ac(Rn))),e!==s&&(n=zf())!==s?(Zi=t,t=e=function(r,t){return r+t}(e,n)):(zi=t,t=s))),t}function Xf(){var t,e,n,o;return t=zi,46===r.charCodeAt(zi)?(e=".",zi++):(e=s,0===ec&&ac(Ys)),e!==s?((n=Qf())===s&&(n=null),n!==s?(Zi=t,t=e=(o=n)?"."+o:""):(zi=t,t=s)):(zi=t,t=s),t}function Kf(){var t,e,n;return t=zi,(e=function(){var t,e,n;t=zi,Ws.test(r.charAt(zi))?(e=r.charAt(zi),zi++):(e=s,0===ec&&ac(qs));e!==s?(Vs.test(r.charAt(zi))?(n=r.charAt(zi),zi++):(n=s,0===ec&&ac(Xs)),n===s&&(n=null),n!==s?(Zi=t,t=e=e+(null!==(o=n)?o:"")):(zi=t,t=s)):(zi=t,t=s);var o;return t}())!==s&&(n=Qf())!==s?(Zi=t,t=e=e+n):(zi=t,t=s),t}function Qf(){var r,t,e;if(r=zi,t=[],(e=zf())!==s)for(;e!==s;)t.push(e),e=zf();else t=s;return t!==s&&(Zi=r,t=t.join("")),r=t}function zf(){var t;return We.test(r.charAt(zi))?(t=r.charAt(zi),zi++):(t=s,0===ec&&ac(qe)),t}function Zf(){var t;return Bs.test(r.charAt(zi))?(t=r.charAt(zi),zi++):(t=s,0===ec&&ac($s)),t}function Jf(){var t,e,n,o;return t=zi,"default"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(k)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function rb(){var t,e,n,o;return t=zi,"to"===r.substr(zi,2).toLowerCase()?(e=r.substr(zi,2),zi+=2):(e=s,0===ec&&ac(Zs)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function tb(){var t,e,n,o;return t=zi,"show"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(ru)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function eb(){var t,e,n,o;return t=zi,"drop"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Dr)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DROP"):(zi=t,t=s)):(zi=t,t=s),t}function nb(){var t,e,n,o;return t=zi,"alter"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(eu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function ob(){var t,e,n,o;return t=zi,"select"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(nu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function sb(){var t,e,n,o;return t=zi,"update"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(ou)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function ub(){var t,e,n,o;return t=zi,"create"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(su)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function ab(){var t,e,n,o;return t=zi,"temporary"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(uu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function ib(){var t,e,n,o;return t=zi,"delete"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(au)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function cb(){var t,e,n,o;return t=zi,"insert"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(iu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function lb(){var t,e,n,o;return t=zi,"replace"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(lu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function fb(){var t,e,n,o;return t=zi,"rename"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(fu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function bb(){var t,e,n,o;return t=zi,"ignore"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(bu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function pb(){var t,e,n,o;return t=zi,"partition"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(vu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="PARTITION"):(zi=t,t=s)):(zi=t,t=s),t}function vb(){var t,e,n,o;return t=zi,"into"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Re)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function db(){var t,e,n,o;return t=zi,"from"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(du)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function yb(){var t,e,n,o;return t=zi,"set"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(ft)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="SET"):(zi=t,t=s)):(zi=t,t=s),t}function wb(){var t,e,n,o;return t=zi,"as"===r.substr(zi,2).toLowerCase()?(e=r.substr(zi,2),zi+=2):(e=s,0===ec&&ac(L)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function Lb(){var t,e,n,o;return t=zi,"table"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(je)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="TABLE"):(zi=t,t=s)):(zi=t,t=s),t}function hb(){var t,e,n,o;return t=zi,"trigger"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(yu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="TRIGGER"):(zi=t,t=s)):(zi=t,t=s),t}function Cb(){var t,e,n,o;return t=zi,"tables"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(wu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="TABLES"):(zi=t,t=s)):(zi=t,t=s),t}function mb(){var t,e,n,o;return t=zi,"database"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(Lu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DATABASE"):(zi=t,t=s)):(zi=t,t=s),t}function Eb(){var t,e,n,o;return t=zi,"schema"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(hu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="SCHEMA"):(zi=t,t=s)):(zi=t,t=s),t}function Ab(){var t,e,n,o;return t=zi,"on"===r.substr(zi,2).toLowerCase()?(e=r.substr(zi,2),zi+=2):(e=s,0===ec&&ac(Cu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function Tb(){var t,e,n,o;return t=zi,"join"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Iu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function _b(){var t,e,n,o;return t=zi,"outer"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Su)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function gb(){var t,e,n,o;return t=zi,"values"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(xu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function Ib(){var t,e,n,o;return t=zi,"using"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(ku)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function Sb(){var t,e,n,o;return t=zi,"with"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(v)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function Nb(){var t,e,n,o;return t=zi,"go"===r.substr(zi,2).toLowerCase()?(e=r.substr(zi,2),zi+=2):(e=s,0===ec&&ac(Du)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="GO"):(zi=t,t=s)):(zi=t,t=s),t}function Ob(){var t,e,n,o;return t=zi,"by"===r.substr(zi,2).toLowerCase()?(e=r.substr(zi,2),zi+=2):(e=s,0===ec&&ac(d)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function Rb(){var t,e,n,o;return t=zi,"asc"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(Yu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="ASC"):(zi=t,t=s)):(zi=t,t=s),t}function jb(){var t,e,n,o;return t=zi,"desc"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Bu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DESC"):(zi=t,t=s)):(zi=t,t=s),t}function xb(){var t,e,n,o;return t=zi,"all"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(Wu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="ALL"):(zi=t,t=s)):(zi=t,t=s),t}function kb(){var t,e,n,o;return t=zi,"distinct"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(qu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DISTINCT"):(zi=t,t=s)):(zi=t,t=s),t}function Ub(){var t,e,n,o;return t=zi,"between"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Vu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="BETWEEN"):(zi=t,t=s)):(zi=t,t=s),t}function Db(){var t,e,n,o;return t=zi,"in"===r.substr(zi,2).toLowerCase()?(e=r.substr(zi,2),zi+=2):(e=s,0===ec&&ac(Ve)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="IN"):(zi=t,t=s)):(zi=t,t=s),t}function Mb(){var t,e,n,o;return t=zi,"is"===r.substr(zi,2).toLowerCase()?(e=r.substr(zi,2),zi+=2):(e=s,0===ec&&ac(Xu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="IS"):(zi=t,t=s)):(zi=t,t=s),t}function Pb(){var t,e,n,o;return t=zi,"like"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Ku)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="LIKE"):(zi=t,t=s)):(zi=t,t=s),t}function Gb(){var t,e,n,o;return t=zi,"exists"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Zu)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="EXISTS"):(zi=t,t=s)):(zi=t,t=s),t}function Fb(){var t,e,n,o;return t=zi,"not"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(Zr)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="NOT"):(zi=t,t=s)):(zi=t,t=s),t}function Hb(){var t,e,n,o;return t=zi,"and"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(Ju)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="AND"):(zi=t,t=s)):(zi=t,t=s),t}function Yb(){var t,e,n,o;return t=zi,"or"===r.substr(zi,2).toLowerCase()?(e=r.substr(zi,2),zi+=2):(e=s,0===ec&&ac(ra)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="OR"):(zi=t,t=s)):(zi=t,t=s),t}function Bb(){var t,e,n,o;return t=zi,"extract"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(aa)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="EXTRACT"):(zi=t,t=s)):(zi=t,t=s),t}function $b(){var t,e,n,o;return t=zi,"case"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(ca)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function Wb(){var t,e,n,o;return t=zi,"end"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(pa)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?t=e=[e,n]:(zi=t,t=s)):(zi=t,t=s),t}function qb(){var t,e,n,o;return t=zi,"cast"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(va)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="CAST"):(zi=t,t=s)):(zi=t,t=s),t}function Vb(){var t,e,n,o;return t=zi,"bit"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(ya)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="BIT"):(zi=t,t=s)):(zi=t,t=s),t}function Xb(){var t,e,n,o;return t=zi,"numeric"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(ha)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="NUMERIC"):(zi=t,t=s)):(zi=t,t=s),t}function Kb(){var t,e,n,o;return t=zi,"decimal"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Ca)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DECIMAL"):(zi=t,t=s)):(zi=t,t=s),t}function Qb(){var t,e,n,o;return t=zi,"int"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(Aa)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="INT"):(zi=t,t=s)):(zi=t,t=s),t}function zb(){var t,e,n,o;return t=zi,"integer"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(_a)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="INTEGER"):(zi=t,t=s)):(zi=t,t=s),t}function Zb(){var t,e,n,o;return t=zi,"smallint"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(Ia)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="SMALLINT"):(zi=t,t=s)):(zi=t,t=s),t}function Jb(){var t,e,n,o;return t=zi,"mediumint"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(Sa)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="MEDIUMINT"):(zi=t,t=s)):(zi=t,t=s),t}function rp(){var t,e,n,o;return t=zi,"tinyint"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Na)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="TINYINT"):(zi=t,t=s)):(zi=t,t=s),t}function tp(){var t,e,n,o;return t=zi,"bigint"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(ka)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="BIGINT"):(zi=t,t=s)):(zi=t,t=s),t}function ep(){var t,e,n,o;return t=zi,"float"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(Da)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="FLOAT"):(zi=t,t=s)):(zi=t,t=s),t}function np(){var t,e,n,o;return t=zi,"double"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Ma)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DOUBLE"):(zi=t,t=s)):(zi=t,t=s),t}function op(){var t,e,n,o;return t=zi,"date"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Po)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DATE"):(zi=t,t=s)):(zi=t,t=s),t}function sp(){var t,e,n,o;return t=zi,"datetime"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(Pa)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="DATETIME"):(zi=t,t=s)):(zi=t,t=s),t}function up(){var t,e,n,o;return t=zi,"rows"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(xe)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="ROWS"):(zi=t,t=s)):(zi=t,t=s),t}function ap(){var t,e,n,o;return t=zi,"time"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(rs)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="TIME"):(zi=t,t=s)):(zi=t,t=s),t}function ip(){var t,e,n,o;return t=zi,"timestamp"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(Ga)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="TIMESTAMP"):(zi=t,t=s)):(zi=t,t=s),t}function cp(){var t,e,n,o;return t=zi,"user"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Fa)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="USER"):(zi=t,t=s)):(zi=t,t=s),t}function lp(){var t,e,n,o;return t=zi,"vector"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Ha)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="VECTOR"):(zi=t,t=s)):(zi=t,t=s),t}function fp(){var t,e,n,o;return t=zi,"interval"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(Ba)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="INTERVAL"):(zi=t,t=s)):(zi=t,t=s),t}function bp(){var t,e,n,o;return t=zi,"current_timestamp"===r.substr(zi,17).toLowerCase()?(e=r.substr(zi,17),zi+=17):(e=s,0===ec&&ac(qa)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="CURRENT_TIMESTAMP"):(zi=t,t=s)):(zi=t,t=s),t}function pp(){var t,e,n,o;return t=zi,"current_user"===r.substr(zi,12).toLowerCase()?(e=r.substr(zi,12),zi+=12):(e=s,0===ec&&ac(Va)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="CURRENT_USER"):(zi=t,t=s)):(zi=t,t=s),t}function vp(){var t,e,n,o;return t=zi,"view"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(ke)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="VIEW"):(zi=t,t=s)):(zi=t,t=s),t}function dp(){var t;return 64===r.charCodeAt(zi)?(t="@",zi++):(t=s,0===ec&&ac(lr)),t}function yp(){var t;return(t=function(){var t;return"@@"===r.substr(zi,2)?(t="@@",zi+=2):(t=s,0===ec&&ac(ii)),t}())===s&&(t=dp())===s&&(t=function(){var t;return 36===r.charCodeAt(zi)?(t="$",zi++):(t=s,0===ec&&ac(ci)),t}()),t}function wp(){var t;return":="===r.substr(zi,2)?(t=":=",zi+=2):(t=s,0===ec&&ac(fi)),t}function Lp(){var t;return 61===r.charCodeAt(zi)?(t="=",zi++):(t=s,0===ec&&ac(Cn)),t}function hp(){var t,e,n,o;return t=zi,"add"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(pi)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="ADD"):(zi=t,t=s)):(zi=t,t=s),t}function Cp(){var t,e,n,o;return t=zi,"column"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(vi)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="COLUMN"):(zi=t,t=s)):(zi=t,t=s),t}function mp(){var t,e,n,o;return t=zi,"index"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(It)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="INDEX"):(zi=t,t=s)):(zi=t,t=s),t}function Ep(){var t,e,n,o;return t=zi,"key"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(ir)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="KEY"):(zi=t,t=s)):(zi=t,t=s),t}function Ap(){var t,e,n,o;return t=zi,"fulltext"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(yi)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="FULLTEXT"):(zi=t,t=s)):(zi=t,t=s),t}function Tp(){var t,e,n,o;return t=zi,"spatial"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(wi)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="SPATIAL"):(zi=t,t=s)):(zi=t,t=s),t}function _p(){var t,e,n,o;return t=zi,"unique"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(ar)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="UNIQUE"):(zi=t,t=s)):(zi=t,t=s),t}function gp(){var t,e,n,o;return t=zi,"comment"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Li)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="COMMENT"):(zi=t,t=s)):(zi=t,t=s),t}function Ip(){var t,e,n,o;return t=zi,"constraint"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(Qr)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="CONSTRAINT"):(zi=t,t=s)):(zi=t,t=s),t}function Sp(){var t,e,n,o;return t=zi,"references"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(hi)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="REFERENCES"):(zi=t,t=s)):(zi=t,t=s),t}function Np(){var t;return 46===r.charCodeAt(zi)?(t=".",zi++):(t=s,0===ec&&ac(Ys)),t}function Op(){var t;return 44===r.charCodeAt(zi)?(t=",",zi++):(t=s,0===ec&&ac(gi)),t}function Rp(){var t;return 42===r.charCodeAt(zi)?(t="*",zi++):(t=s,0===ec&&ac(xn)),t}function jp(){var t;return 40===r.charCodeAt(zi)?(t="(",zi++):(t=s,0===ec&&ac(Be)),t}function xp(){var t;return 41===r.charCodeAt(zi)?(t=")",zi++):(t=s,0===ec&&ac($e)),t}function kp(){var t;return 59===r.charCodeAt(zi)?(t=";",zi++):(t=s,0===ec&&ac(Ni)),t}function Up(){var t;return"->"===r.substr(zi,2)?(t="->",zi+=2):(t=s,0===ec&&ac(Oi)),t}function Dp(){var t;return"->>"===r.substr(zi,3)?(t="->>",zi+=3):(t=s,0===ec&&ac(Ri)),t}function Mp(){var t;return(t=function(){var t;return"||"===r.substr(zi,2)?(t="||",zi+=2):(t=s,0===ec&&ac(Dn)),t}())===s&&(t=function(){var t;return"&&"===r.substr(zi,2)?(t="&&",zi+=2):(t=s,0===ec&&ac(ji)),t}())===s&&(t=function(){var t,e,n,o;return t=zi,"xor"===r.substr(zi,3).toLowerCase()?(e=r.substr(zi,3),zi+=3):(e=s,0===ec&&ac(xi)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="XOR"):(zi=t,t=s)):(zi=t,t=s),t}()),t}function Pp(){var r,t;for(r=[],(t=Bp())===s&&(t=Fp());t!==s;)r.push(t),(t=Bp())===s&&(t=Fp());return r}function Gp(){var r,t;if(r=[],(t=Bp())===s&&(t=Fp()),t!==s)for(;t!==s;)r.push(t),(t=Bp())===s&&(t=Fp());else r=s;return r}function Fp(){var t;return(t=function(){var t,e,n,o,u,a;t=zi,"/*"===r.substr(zi,2)?(e="/*",zi+=2):(e=s,0===ec&&ac(ki));if(e!==s){for(n=[],o=zi,u=zi,ec++,"*/"===r.substr(zi,2)?(a="*/",zi+=2):(a=s,0===ec&&ac(Ui)),ec--,a===s?u=void 0:(zi=u,u=s),u!==s&&(a=Yp())!==s?o=u=[u,a]:(zi=o,o=s);o!==s;)n.push(o),o=zi,u=zi,ec++,"*/"===r.substr(zi,2)?(a="*/",zi+=2):(a=s,0===ec&&ac(Ui)),ec--,a===s?u=void 0:(zi=u,u=s),u!==s&&(a=Yp())!==s?o=u=[u,a]:(zi=o,o=s);n!==s?("*/"===r.substr(zi,2)?(o="*/",zi+=2):(o=s,0===ec&&ac(Ui)),o!==s?t=e=[e,n,o]:(zi=t,t=s)):(zi=t,t=s)}else zi=t,t=s;return t}())===s&&(t=function(){var t,e,n,o,u,a;t=zi,"--"===r.substr(zi,2)?(e="--",zi+=2):(e=s,0===ec&&ac(Di));if(e!==s){for(n=[],o=zi,u=zi,ec++,a=$p(),ec--,a===s?u=void 0:(zi=u,u=s),u!==s&&(a=Yp())!==s?o=u=[u,a]:(zi=o,o=s);o!==s;)n.push(o),o=zi,u=zi,ec++,a=$p(),ec--,a===s?u=void 0:(zi=u,u=s),u!==s&&(a=Yp())!==s?o=u=[u,a]:(zi=o,o=s);n!==s?t=e=[e,n]:(zi=t,t=s)}else zi=t,t=s;return t}())===s&&(t=function(){var t,e,n,o,u,a;t=zi,35===r.charCodeAt(zi)?(e="#",zi++):(e=s,0===ec&&ac(Mi));if(e!==s){for(n=[],o=zi,u=zi,ec++,a=$p(),ec--,a===s?u=void 0:(zi=u,u=s),u!==s&&(a=Yp())!==s?o=u=[u,a]:(zi=o,o=s);o!==s;)n.push(o),o=zi,u=zi,ec++,a=$p(),ec--,a===s?u=void 0:(zi=u,u=s),u!==s&&(a=Yp())!==s?o=u=[u,a]:(zi=o,o=s);n!==s?t=e=[e,n]:(zi=t,t=s)}else zi=t,t=s;return t}()),t}function Hp(){var r,t,e,n,o,u,a;return r=zi,(t=gp())!==s&&Pp()!==s?((e=Lp())===s&&(e=null),e!==s&&Pp()!==s&&(n=Yf())!==s?(Zi=r,u=e,a=n,r=t={type:(o=t).toLowerCase(),keyword:o.toLowerCase(),symbol:u,value:a}):(zi=r,r=s)):(zi=r,r=s),r}function Yp(){var t;return r.length>zi?(t=r.charAt(zi),zi++):(t=s,0===ec&&ac(Pi)),t}function Bp(){var t;return Gi.test(r.charAt(zi))?(t=r.charAt(zi),zi++):(t=s,0===ec&&ac(Fi)),t}function $p(){var t,e;if((t=function(){var t,e;t=zi,ec++,r.length>zi?(e=r.charAt(zi),zi++):(e=s,0===ec&&ac(Pi));ec--,e===s?t=void 0:(zi=t,t=s);return t}())===s)if(t=[],Fs.test(r.charAt(zi))?(e=r.charAt(zi),zi++):(e=s,0===ec&&ac(Hs)),e!==s)for(;e!==s;)t.push(e),Fs.test(r.charAt(zi))?(e=r.charAt(zi),zi++):(e=s,0===ec&&ac(Hs));else t=s;return t}function Wp(){var t,e;return t=zi,Zi=zi,Lv=[],( true?void 0:0)!==s&&Pp()!==s?((e=qp())===s&&(e=function(){var t,e;t=zi,function(){var t;return"return"===r.substr(zi,6).toLowerCase()?(t=r.substr(zi,6),zi+=6):(t=s,0===ec&&ac(li)),t}()!==s&&Pp()!==s&&(e=function(){var t;(t=zc())===s&&(t=function(){var r,t,e,n,o;r=zi,(t=rv())!==s&&Pp()!==s&&(e=hl())!==s&&Pp()!==s&&(n=rv())!==s&&Pp()!==s&&(o=ml())!==s?(Zi=r,r=t={type:"join",ltable:t,rtable:n,op:e,on:o}):(zi=r,r=s);return r}())===s&&(t=Vp())===s&&(t=function(){var t,e;t=zi,function(){var t;return 91===r.charCodeAt(zi)?(t="[",zi++):(t=s,0===ec&&ac(Ii)),t}()!==s&&Pp()!==s&&(e=Jp())!==s&&Pp()!==s&&function(){var t;return 93===r.charCodeAt(zi)?(t="]",zi++):(t=s,0===ec&&ac(Si)),t}()!==s?(Zi=t,t={type:"array",value:e}):(zi=t,t=s);return t}());return t}())!==s?(Zi=t,t={type:"return",expr:e}):(zi=t,t=s);return t}()),e!==s?(Zi=t,t={stmt:e,vars:Lv}):(zi=t,t=s)):(zi=t,t=s),t}function qp(){var r,t,e,n;return r=zi,(t=rv())===s&&(t=tv()),t!==s&&Pp()!==s?((e=wp())===s&&(e=Lp()),e!==s&&Pp()!==s&&(n=Yl())!==s?(Zi=r,r=t=Hi(t,e,n)):(zi=r,r=s)):(zi=r,r=s),r}function Vp(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Xp())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Jl())!==s&&(a=Pp())!==s&&(i=Xp())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Jl())!==s&&(a=Pp())!==s&&(i=Xp())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=En(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function Xp(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Kp())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=tf())!==s&&(a=Pp())!==s&&(i=Kp())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=tf())!==s&&(a=Pp())!==s&&(i=Kp())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=En(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function Kp(){var r,t,e;return(r=zp())===s&&(r=Ff())===s&&(r=rv())===s&&(r=of())===s&&(r=Zp())===s&&(r=Af())===s&&(r=zi,jp()!==s&&Pp()!==s&&(t=Vp())!==s&&Pp()!==s&&xp()!==s?(Zi=r,(e=t).parentheses=!0,r=e):(zi=r,r=s)),r}function Qp(){var r,t,e,n,o,u,a;return r=zi,(t=uf())===s&&(t=df()),t!==s?(e=zi,(n=Pp())!==s&&(o=Np())!==s&&(u=Pp())!==s?((a=uf())===s&&(a=df()),a!==s?e=n=[n,o,u,a]:(zi=e,e=s)):(zi=e,e=s),e===s&&(e=null),e!==s?(Zi=r,r=t=function(r,t){const e={name:[r]};return null!==t&&(e.schema=r,e.name=[t[3]]),e}(t,e)):(zi=r,r=s)):(zi=r,r=s),r}function zp(){var r,t,e;return r=zi,(t=Qp())!==s&&Pp()!==s&&jp()!==s&&Pp()!==s?((e=Jp())===s&&(e=null),e!==s&&Pp()!==s&&xp()!==s?(Zi=r,r=t={type:"function",name:t,args:{type:"expr_list",value:e},...cv()}):(zi=r,r=s)):(zi=r,r=s),r}function Zp(){var r,t;return r=zi,(t=Qp())!==s&&(Zi=r,t={type:"function",name:t,args:null,...cv()}),r=t}function Jp(){var r,t,e,n,o,u,a,i;if(r=zi,(t=Kp())!==s){for(e=[],n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Kp())!==s?n=o=[o,u,a,i]:(zi=n,n=s);n!==s;)e.push(n),n=zi,(o=Pp())!==s&&(u=Op())!==s&&(a=Pp())!==s&&(i=Kp())!==s?n=o=[o,u,a,i]:(zi=n,n=s);e!==s?(Zi=r,r=t=sr(t,e)):(zi=r,r=s)}else zi=r,r=s;return r}function rv(){var r,t,e,n,o;return r=zi,(t=yp())!==s&&(e=tv())!==s?(Zi=r,n=t,o=e,r=t={type:"var",...o,prefix:n}):(zi=r,r=s),r}function tv(){var t,e,n,o,u;return t=zi,(e=hf())!==s&&(n=function(){var t,e,n,o,u;t=zi,e=[],n=zi,46===r.charCodeAt(zi)?(o=".",zi++):(o=s,0===ec&&ac(Ys));o!==s&&(u=hf())!==s?n=o=[o,u]:(zi=n,n=s);for(;n!==s;)e.push(n),n=zi,46===r.charCodeAt(zi)?(o=".",zi++):(o=s,0===ec&&ac(Ys)),o!==s&&(u=hf())!==s?n=o=[o,u]:(zi=n,n=s);e!==s&&(Zi=t,e=function(r){const t=[];for(let e=0;e<r.length;e++)t.push(r[e][1]);return t}(e));return t=e}())!==s?(Zi=t,o=e,u=n,Lv.push(o),t=e={type:"var",name:o,members:u,prefix:null}):(zi=t,t=s),t===s&&(t=zi,(e=qf())!==s&&(Zi=t,e={type:"var",name:e.value,members:[],quoted:null,prefix:null}),t=e),t}function ev(){var t;return(t=ov())===s&&(t=function(){var t,e,n,o,u,a,i,c,l,f,b,p;t=zi,(e=Xb())===s&&(e=Kb())===s&&(e=Qb())===s&&(e=zb())===s&&(e=Zb())===s&&(e=Jb())===s&&(e=rp())===s&&(e=tp())===s&&(e=ep())===s&&(e=np())===s&&(e=Vb());if(e!==s)if((n=Pp())!==s)if((o=jp())!==s)if((u=Pp())!==s){if(a=[],We.test(r.charAt(zi))?(i=r.charAt(zi),zi++):(i=s,0===ec&&ac(qe)),i!==s)for(;i!==s;)a.push(i),We.test(r.charAt(zi))?(i=r.charAt(zi),zi++):(i=s,0===ec&&ac(qe));else a=s;if(a!==s)if((i=Pp())!==s){if(c=zi,(l=Op())!==s)if((f=Pp())!==s){if(b=[],We.test(r.charAt(zi))?(p=r.charAt(zi),zi++):(p=s,0===ec&&ac(qe)),p!==s)for(;p!==s;)b.push(p),We.test(r.charAt(zi))?(p=r.charAt(zi),zi++):(p=s,0===ec&&ac(qe));else b=s;b!==s?c=l=[l,f,b]:(zi=c,c=s)}else zi=c,c=s;else zi=c,c=s;c===s&&(c=null),c!==s&&(l=Pp())!==s&&(f=xp())!==s&&(b=Pp())!==s?((p=sv())===s&&(p=null),p!==s?(Zi=t,v=c,d=p,e={dataType:e,length:parseInt(a.join(""),10),scale:v&&parseInt(v[2].join(""),10),parentheses:!0,suffix:d},t=e):(zi=t,t=s)):(zi=t,t=s)}else zi=t,t=s;else zi=t,t=s}else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;var v,d;if(t===s){if(t=zi,(e=Xb())===s&&(e=Kb())===s&&(e=Qb())===s&&(e=zb())===s&&(e=Zb())===s&&(e=Jb())===s&&(e=rp())===s&&(e=tp())===s&&(e=ep())===s&&(e=np())===s&&(e=Vb()),e!==s){if(n=[],We.test(r.charAt(zi))?(o=r.charAt(zi),zi++):(o=s,0===ec&&ac(qe)),o!==s)for(;o!==s;)n.push(o),We.test(r.charAt(zi))?(o=r.charAt(zi),zi++):(o=s,0===ec&&ac(qe));else n=s;n!==s&&(o=Pp())!==s?((u=sv())===s&&(u=null),u!==s?(Zi=t,e=function(r,t,e){return{dataType:r,length:parseInt(t.join(""),10),suffix:e}}(e,n,u),t=e):(zi=t,t=s)):(zi=t,t=s)}else zi=t,t=s;t===s&&(t=zi,(e=Xb())===s&&(e=Kb())===s&&(e=Qb())===s&&(e=zb())===s&&(e=Zb())===s&&(e=Jb())===s&&(e=rp())===s&&(e=tp())===s&&(e=ep())===s&&(e=np())===s&&(e=Vb()),e!==s&&(n=Pp())!==s?((o=sv())===s&&(o=null),o!==s&&(u=Pp())!==s?(Zi=t,e=function(r,t){return{dataType:r,suffix:t}}(e,o),t=e):(zi=t,t=s)):(zi=t,t=s))}return t}())===s&&(t=uv())===s&&(t=function(){var t,e;t=zi,(e=function(){var t,e,n,o;return t=zi,"json"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(ga)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="JSON"):(zi=t,t=s)):(zi=t,t=s),t}())!==s&&(Zi=t,e={dataType:e});return t=e}())===s&&(t=function(){var t,e,n;t=zi,(e=function(){var t,e,n,o;return t=zi,"tinytext"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(Oa)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="TINYTEXT"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(e=function(){var t,e,n,o;return t=zi,"text"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Ra)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="TEXT"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(e=function(){var t,e,n,o;return t=zi,"mediumtext"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(ja)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="MEDIUMTEXT"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(e=function(){var t,e,n,o;return t=zi,"longtext"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(xa)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="LONGTEXT"):(zi=t,t=s)):(zi=t,t=s),t}());e!==s?((n=nv())===s&&(n=null),n!==s?(Zi=t,e=Vi(e,n),t=e):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e,n;t=zi,(e=function(){var t,e,n,o;return t=zi,"enum"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Ua)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="ENUM"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(e=yb());e!==s&&Pp()!==s&&(n=Dl())!==s?(Zi=t,o=e,(u=n).parentheses=!0,t=e={dataType:o,expr:u}):(zi=t,t=s);var o,u;return t}())===s&&(t=function(){var t,e;t=zi,"boolean"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(Yi));e!==s&&(Zi=t,e={dataType:"BOOLEAN"});return t=e}())===s&&(t=function(){var t,e,n;t=zi,(e=function(){var t,e,n,o;return t=zi,"binary"===r.substr(zi,6).toLowerCase()?(e=r.substr(zi,6),zi+=6):(e=s,0===ec&&ac(Bt)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="BINARY"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(e=function(){var t,e,n,o;return t=zi,"varbinary"===r.substr(zi,9).toLowerCase()?(e=r.substr(zi,9),zi+=9):(e=s,0===ec&&ac(da)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="VARBINARY"):(zi=t,t=s)):(zi=t,t=s),t}());e!==s&&Pp()!==s?((n=nv())===s&&(n=null),n!==s?(Zi=t,e=Vi(e,n),t=e):(zi=t,t=s)):(zi=t,t=s);return t}())===s&&(t=function(){var t,e;t=zi,"blob"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(Bi));e===s&&("tinyblob"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac($i)),e===s&&("mediumblob"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(Wi)),e===s&&("longblob"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(qi)))));e!==s&&(Zi=t,e={dataType:e.toUpperCase()});return t=e}())===s&&(t=function(){var t,e;t=zi,(e=function(){var t,e,n,o;return t=zi,"geometry"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(ri)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="GEOMETRY"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(e=function(){var t,e,n,o;return t=zi,"point"===r.substr(zi,5).toLowerCase()?(e=r.substr(zi,5),zi+=5):(e=s,0===ec&&ac(ti)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="POINT"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(e=function(){var t,e,n,o;return t=zi,"linestring"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(ei)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="LINESTRING"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(e=function(){var t,e,n,o;return t=zi,"polygon"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(ni)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="POLYGON"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(e=function(){var t,e,n,o;return t=zi,"multipoint"===r.substr(zi,10).toLowerCase()?(e=r.substr(zi,10),zi+=10):(e=s,0===ec&&ac(oi)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="MULTIPOINT"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(e=function(){var t,e,n,o;return t=zi,"multilinestring"===r.substr(zi,15).toLowerCase()?(e=r.substr(zi,15),zi+=15):(e=s,0===ec&&ac(si)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="MULTILINESTRING"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(e=function(){var t,e,n,o;return t=zi,"multipolygon"===r.substr(zi,12).toLowerCase()?(e=r.substr(zi,12),zi+=12):(e=s,0===ec&&ac(ui)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="MULTIPOLYGON"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(e=function(){var t,e,n,o;return t=zi,"geometrycollection"===r.substr(zi,18).toLowerCase()?(e=r.substr(zi,18),zi+=18):(e=s,0===ec&&ac(ai)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="GEOMETRYCOLLECTION"):(zi=t,t=s)):(zi=t,t=s),t}());e!==s&&(Zi=t,e={dataType:e});return t=e}())===s&&(t=function(){var t,e,n,o;if(t=zi,(e=lp())!==s)if(Pp()!==s)if(jp()!==s)if(Pp()!==s){if(n=[],We.test(r.charAt(zi))?(o=r.charAt(zi),zi++):(o=s,0===ec&&ac(qe)),o!==s)for(;o!==s;)n.push(o),We.test(r.charAt(zi))?(o=r.charAt(zi),zi++):(o=s,0===ec&&ac(qe));else n=s;n!==s&&(o=Pp())!==s&&xp()!==s?(Zi=t,e={dataType:e,length:parseInt(n.join(""),10),parentheses:!0},t=e):(zi=t,t=s)}else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;else zi=t,t=s;t===s&&(t=zi,(e=lp())!==s&&(Zi=t,e=function(r){return{dataType:r}}(e)),t=e);return t}()),t}function nv(){var t,e,n,o,u;if(t=zi,jp()!==s)if(Pp()!==s){if(e=[],We.test(r.charAt(zi))?(n=r.charAt(zi),zi++):(n=s,0===ec&&ac(qe)),n!==s)for(;n!==s;)e.push(n),We.test(r.charAt(zi))?(n=r.charAt(zi),zi++):(n=s,0===ec&&ac(qe));else e=s;e!==s&&(n=Pp())!==s&&xp()!==s&&Pp()!==s?((o=sv())===s&&(o=null),o!==s?(Zi=t,u=o,t={length:parseInt(e.join(""),10),parentheses:!0,suffix:u}):(zi=t,t=s)):(zi=t,t=s)}else zi=t,t=s;else zi=t,t=s;return t}function ov(){var t,e,n,o,u,a,i,c,l,f,b;if(t=zi,(e=function(){var t,e,n,o;return t=zi,"char"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(wa)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="CHAR"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(e=function(){var t,e,n,o;return t=zi,"varchar"===r.substr(zi,7).toLowerCase()?(e=r.substr(zi,7),zi+=7):(e=s,0===ec&&ac(La)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="VARCHAR"):(zi=t,t=s)):(zi=t,t=s),t}()),e!==s){if(n=zi,(o=Pp())!==s)if((u=jp())!==s)if((a=Pp())!==s){if(i=[],We.test(r.charAt(zi))?(c=r.charAt(zi),zi++):(c=s,0===ec&&ac(qe)),c!==s)for(;c!==s;)i.push(c),We.test(r.charAt(zi))?(c=r.charAt(zi),zi++):(c=s,0===ec&&ac(qe));else i=s;i!==s&&(c=Pp())!==s&&(l=xp())!==s&&(f=Pp())!==s?("array"===r.substr(zi,5).toLowerCase()?(b=r.substr(zi,5),zi+=5):(b=s,0===ec&&ac(Xi)),b===s&&(b=null),b!==s?n=o=[o,u,a,i,c,l,f,b]:(zi=n,n=s)):(zi=n,n=s)}else zi=n,n=s;else zi=n,n=s;else zi=n,n=s;n===s&&(n=null),n!==s?(Zi=t,t=e=function(r,t){const e={dataType:r};return t&&(e.length=parseInt(t[3].join(""),10),e.parentheses=!0,e.suffix=t[7]&&["ARRAY"]),e}(e,n)):(zi=t,t=s)}else zi=t,t=s;return t}function sv(){var t,e,n;return t=zi,(e=Pf())===s&&(e=null),e!==s&&Pp()!==s?((n=function(){var t,e,n,o;return t=zi,"zerofill"===r.substr(zi,8).toLowerCase()?(e=r.substr(zi,8),zi+=8):(e=s,0===ec&&ac(Ta)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="ZEROFILL"):(zi=t,t=s)):(zi=t,t=s),t}())===s&&(n=null),n!==s?(Zi=t,t=e=function(r,t){const e=[];return r&&e.push(r),t&&e.push(t),e}(e,n)):(zi=t,t=s)):(zi=t,t=s),t}function uv(){var t,e,n,o,u,a,i,c,l,f,b;return t=zi,(e=op())===s&&(e=sp())===s&&(e=ap())===s&&(e=ip())===s&&(e=function(){var t,e,n,o;return t=zi,"year"===r.substr(zi,4).toLowerCase()?(e=r.substr(zi,4),zi+=4):(e=s,0===ec&&ac(ns)),e!==s?(n=zi,ec++,o=Cf(),ec--,o===s?n=void 0:(zi=n,n=s),n!==s?(Zi=t,t=e="YEAR"):(zi=t,t=s)):(zi=t,t=s),t}()),e!==s?(n=zi,(o=Pp())!==s&&(u=jp())!==s&&(a=Pp())!==s?(Ki.test(r.charAt(zi))?(i=r.charAt(zi),zi++):(i=s,0===ec&&ac(Qi)),i!==s&&(c=Pp())!==s&&(l=xp())!==s&&(f=Pp())!==s?((b=sv())===s&&(b=null),b!==s?n=o=[o,u,a,i,c,l,f,b]:(zi=n,n=s)):(zi=n,n=s)):(zi=n,n=s),n===s&&(n=null),n!==s?(Zi=t,t=e=function(r,t){const e={dataType:r};return t&&(e.length=parseInt(t[3],10),e.parentheses=!0,e.suffix=t[7]),e}(e,n)):(zi=t,t=s)):(zi=t,t=s),t}const av={ALTER:!0,ALL:!0,ADD:!0,AND:!0,AS:!0,ASC:!0,ANALYZE:!0,ACCESSIBLE:!0,BEFORE:!0,BETWEEN:!0,BIGINT:!0,BLOB:!0,BOTH:!0,BY:!0,BOOLEAN:!0,CALL:!0,CASCADE:!0,CASE:!0,CHAR:!0,CHECK:!0,COLLATE:!0,CONDITION:!0,CONSTRAINT:!0,CONTINUE:!0,CONVERT:!0,CREATE:!0,CROSS:!0,CURRENT_DATE:!0,CURRENT_TIME:!0,CURRENT_TIMESTAMP:!0,CURRENT_USER:!0,CURSOR:!0,DATABASE:!0,DATABASES:!0,DAY_HOUR:!0,DAY_MICROSECOND:!0,DAY_MINUTE:!0,DAY_SECOND:!0,DEC:!0,DECIMAL:!0,DECLARE:!0,DEFAULT:!0,DELAYED:!0,DELETE:!0,DESC:!0,DESCRIBE:!0,DETERMINISTIC:!0,DISTINCT:!0,DISTINCTROW:!0,DIV:!0,DROP:!0,DOUBLE:!0,DUAL:!0,ELSE:!0,EACH:!0,ELSEIF:!0,ENCLOSED:!0,ESCAPED:!0,EXCEPT:!0,EXISTS:!0,EXIT:!0,EXPLAIN:!0,FALSE:!0,FULL:!0,FROM:!0,FETCH:!0,FLOAT:!0,FLOAT4:!0,FLOAT8:!0,FOR:!0,FORCE:!0,FOREIGN:!0,FULLTEXT:!0,FUNCTION:!0,GENERATED:!0,GET:!0,GO:!0,GRANT:!0,GROUP:!0,GROUPING:!0,GROUPS:!0,HAVING:!0,HIGH_PRIORITY:!0,HOUR_MICROSECOND:!0,HOUR_MINUTE:!0,HOUR_SECOND:!0,IGNORE:!0,IN:!0,INNER:!0,INFILE:!0,INOUT:!0,INSENSITIVE:!0,INSERT:!0,INTERSECT:!0,INT:!0,INT1:!0,INT2:!0,INT3:!0,INT4:!0,INT8:!0,INTEGER:!0,INTERVAL:!0,INTO:!0,IO_AFTER_GTIDS:!0,IO_BEFORE_GTIDS:!0,IS:!0,ITERATE:!0,JOIN:!0,JSON_TABLE:!0,KEY:!0,KEYS:!0,KILL:!0,LAG:!0,LAST_VALUE:!0,LATERAL:!0,LEAD:!0,LEADING:!0,LEAVE:!0,LEFT:!0,LIKE:!0,LIMIT:!0,LINEAR:!0,LINES:!0,LOAD:!0,LOCALTIME:!0,LOCALTIMESTAMP:!0,LOCK:!0,LONG:!0,LONGBLOB:!0,LONGTEXT:!0,LOOP:!0,LOW_PRIORITY:!0,MASTER_BIND:!0,MATCH:!0,MAXVALUE:!0,MEDIUMBLOB:!0,MEDIUMINT:!0,MEDIUMTEXT:!0,MIDDLEINT:!0,MINUTE_MICROSECOND:!0,MINUTE_SECOND:!0,MINUS:!0,MOD:!0,MODIFIES:!0,NATURAL:!0,NOT:!0,NO_WRITE_TO_BINLOG:!0,NTH_VALUE:!0,NTILE:!0,NULL:!0,NUMERIC:!0,OF:!0,ON:!0,OPTIMIZE:!0,OPTIMIZER_COSTS:!0,OPTION:!0,OPTIONALLY:!0,OR:!0,ORDER:!0,OUT:!0,OUTER:!0,OUTFILE:!0,OVER:!0,PARTITION:!0,PERCENT_RANK:!0,PRECISION:!0,PRIMARY:!0,PROCEDURE:!0,PURGE:!0,RANGE:!0,RANK:!0,READ:!0,READS:!0,READ_WRITE:!0,REAL:!0,RECURSIVE:!0,REFERENCES:!0,REGEXP:!0,RELEASE:!0,RENAME:!0,REPEAT:!0,REPLACE:!0,REQUIRE:!0,RESIGNAL:!0,RESTRICT:!0,RETURN:!0,REVOKE:!0,RIGHT:!0,RLIKE:!0,ROW:!0,ROWS:!0,ROW_NUMBER:!0,SCHEMA:!0,SCHEMAS:!0,SELECT:!0,SENSITIVE:!0,SEPARATOR:!0,SET:!0,SHOW:!0,SIGNAL:!0,SMALLINT:!0,SPATIAL:!0,SPECIFIC:!0,SQL:!0,SQLEXCEPTION:!0,SQLSTATE:!0,SQLWARNING:!0,SQL_BIG_RESULT:!0,SSL:!0,STARTING:!0,STORED:!0,STRAIGHT_JOIN:!0,TABLE:!0,TERMINATED:!0,THEN:!0,TINYBLOB:!0,TINYINT:!0,TINYTEXT:!0,TO:!0,TRAILING:!0,TRIGGER:!0,TRUE:!0,UNION:!0,UNIQUE:!0,UNLOCK:!0,UNSIGNED:!0,UPDATE:!0,USAGE:!0,USE:!0,USING:!0,UTC_DATE:!0,UTC_TIME:!0,UTC_TIMESTAMP:!0,VALUES:!0,VARBINARY:!0,VARCHAR:!0,VARCHARACTER:!0,VARYING:!0,VIRTUAL:!0,VECTOR:!0,WHEN:!0,WHERE:!0,WHILE:!0,WINDOW:!0,WITH:!0,WRITE:!0,XOR:!0,YEAR_MONTH:!0,ZEROFILL:!0},iv={avg:!0,sum:!0,count:!0,convert:!0,max:!0,min:!0,group_concat:!0,std:!0,variance:!0,current_date:!0,current_time:!0,current_timestamp:!0,current_user:!0,user:!0,session_user:!0,system_user:!0};function cv(){return t.includeLocations?{loc:uc(Zi,zi)}:{}}function lv(r,t){return{type:"unary_expr",operator:r,expr:t}}function fv(r,t,e){return{type:"binary_expr",operator:r,left:t,right:e,...cv()}}function bv(r){const t=n(Number.MAX_SAFE_INTEGER);return!(n(r)<t)}function pv(r,t,e=3){const n=[r];for(let r=0;r<t.length;r++)delete t[r][e].tableList,delete t[r][e].columnList,n.push(t[r][e]);return n}function vv(r,t){let e=r;for(let r=0;r<t.length;r++)e=fv(t[r][1],e,t[r][3]);return e}function dv(r){const t=mv[r];return t||(r||null)}function yv(r){const t=new Set;for(let e of r.keys()){const r=e.split("::");if(!r){t.add(e);break}r&&r[1]&&(r[1]=dv(r[1])),t.add(r.join("::"))}return Array.from(t)}function wv(r){const t=yv(r);r.clear(),t.forEach(t=>r.add(t))}let Lv=[];const hv=new Set,Cv=new Set,mv={};if((e=a())!==s&&zi===r.length)return e;throw e!==s&&zi<r.length&&ac({type:"end"}),ic(tc,rc<r.length?r.charAt(rc):null,rc<r.length?uc(rc,rc+1):uc(rc,rc))}}},function(r,t,e){r.exports=e(3)},function(r,t){r.exports=__webpack_require__(43269)},function(r,t,e){"use strict";e.r(t),e.d(t,"Parser",(function(){return $t})),e.d(t,"util",(function(){return n}));var n={};function o(r){return(o="function"==typeof Symbol&&"symbol"==typeof Symbol.iterator?function(r){return typeof r}:function(r){return r&&"function"==typeof Symbol&&r.constructor===Symbol&&r!==Symbol.prototype?"symbol":typeof r})(r)}e.r(n),e.d(n,"arrayStructTypeToSQL",(function(){return T})),e.d(n,"autoIncrementToSQL",(function(){return N})),e.d(n,"columnOrderListToSQL",(function(){return O})),e.d(n,"commonKeywordArgsToSQL",(function(){return S})),e.d(n,"commonOptionConnector",(function(){return a})),e.d(n,"connector",(function(){return i})),e.d(n,"commonTypeValue",(function(){return C})),e.d(n,"commentToSQL",(function(){return _})),e.d(n,"createBinaryExpr",(function(){return l})),e.d(n,"createValueExpr",(function(){return c})),e.d(n,"dataTypeToSQL",(function(){return A})),e.d(n,"DEFAULT_OPT",(function(){return s})),e.d(n,"escape",(function(){return f})),e.d(n,"literalToSQL",(function(){return h})),e.d(n,"columnIdentifierToSql",(function(){return d})),e.d(n,"getParserOpt",(function(){return b})),e.d(n,"identifierToSql",(function(){return y})),e.d(n,"onPartitionsToSQL",(function(){return E})),e.d(n,"replaceParams",(function(){return m})),e.d(n,"returningToSQL",(function(){return I})),e.d(n,"hasVal",(function(){return L})),e.d(n,"setParserOpt",(function(){return p})),e.d(n,"toUpper",(function(){return w})),e.d(n,"topToSQL",(function(){return v})),e.d(n,"triggerEventToSQL",(function(){return g}));var s={database:"mysql",type:"table",trimQuery:!0,parseOptions:{includeLocations:!1}},u=s;function a(r,t,e){if(e)return r?"".concat(r.toUpperCase()," ").concat(t(e)):t(e)}function i(r,t){if(t)return"".concat(r.toUpperCase()," ").concat(t)}function c(r){var t=o(r);if(Array.isArray(r))return{type:"expr_list",value:r.map(c)};if(null===r)return{type:"null",value:null};switch(t){case"boolean":return{type:"bool",value:r};case"string":return{type:"string",value:r};case"number":return{type:"number",value:r};default:throw new Error('Cannot convert value "'.concat(t,'" to SQL'))}}function l(r,t,e){var n={operator:r,type:"binary_expr"};return n.left=t.type?t:c(t),"BETWEEN"===r||"NOT BETWEEN"===r?(n.right={type:"expr_list",value:[c(e[0]),c(e[1])]},n):(n.right=e.type?e:c(e),n)}function f(r){return r}function b(){return u}function p(r){u=r}function v(r){if(r){var t=r.value,e=r.percent,n=r.parentheses?"(".concat(t,")"):t,o="TOP ".concat(n);return e?"".concat(o," ").concat(e.toUpperCase()):o}}function d(r){var t=b().database;if(r)switch(t&&t.toLowerCase()){case"athena":case"db2":case"postgresql":case"redshift":case"snowflake":case"noql":case"trino":case"sqlite":return'"'.concat(r,'"');case"transactsql":return"[".concat(r,"]");case"mysql":case"mariadb":case"bigquery":default:return"`".concat(r,"`")}}function y(r,t,e){if(!0===t)return"'".concat(r,"'");if(r){if("*"===r)return r;if(null!=e)return"".concat(e).concat(r).concat(e);var n=b().database;switch(n&&n.toLowerCase()){case"mysql":case"mariadb":return"`".concat(r,"`");case"athena":case"postgresql":case"redshift":case"snowflake":case"trino":case"noql":case"sqlite":return'"'.concat(r,'"');case"transactsql":return"[".concat(r,"]");case"bigquery":case"db2":return r;default:return"`".concat(r,"`")}}}function w(r){if(r)return r.toUpperCase()}function L(r){return r}function h(r){if(r){var t=r.prefix,e=r.type,n=r.parentheses,s=r.suffix,u=r.value,a="object"===o(r)?u:r;switch(e){case"backticks_quote_string":a="`".concat(u,"`");break;case"string":a="'".concat(u,"'");break;case"regex_string":a='r"'.concat(u,'"');break;case"hex_string":a="X'".concat(u,"'");break;case"full_hex_string":a="0x".concat(u);break;case"natural_string":a="N'".concat(u,"'");break;case"bit_string":a="b'".concat(u,"'");break;case"double_quote_string":a='"'.concat(u,'"');break;case"single_quote_string":a="'".concat(u,"'");break;case"boolean":case"bool":a=u?"TRUE":"FALSE";break;case"null":a="NULL";break;case"star":a="*";break;case"param":a="".concat(t||":").concat(u),t=null;break;case"origin":a=u.toUpperCase();break;case"date":case"datetime":case"time":case"timestamp":a="".concat(e.toUpperCase()," '").concat(u,"'");break;case"var_string":a="N'".concat(u,"'");break;case"unicode_string":a="U&'".concat(u,"'")}var i=[];return t&&i.push(w(t)),i.push(a),s&&("string"==typeof s&&i.push(s),"object"===o(s)&&(s.collate?i.push(pt(s.collate)):i.push(h(s)))),a=i.join(" "),n?"(".concat(a,")"):a}}function C(r){if(!r)return[];var t=r.type,e=r.symbol,n=r.value;return[t.toUpperCase(),e,"string"==typeof n?n.toUpperCase():h(n)].filter(L)}function m(r,t){return function r(t,e){return Object.keys(t).filter((function(r){var e=t[r];return Array.isArray(e)||"object"===o(e)&&null!==e})).forEach((function(n){var s=t[n];if("object"!==o(s)||"param"!==s.type)return r(s,e);if(void 0===e[s.value])throw new Error("no value for parameter :".concat(s.value," found"));return t[n]=c(e[s.value]),null})),t}(JSON.parse(JSON.stringify(r)),t)}function E(r){var t=r.type,e=r.partitions;return[w(t),"(".concat(e.map((function(r){if("range"!==r.type)return h(r);var t=r.start,e=r.end,n=r.symbol;return"".concat(h(t)," ").concat(w(n)," ").concat(h(e))})).join(", "),")")].join(" ")}function A(r){var t=r.schema,e=r.dataType,n=r.length,o=r.parentheses,s=r.scale,u=r.suffix,a="";null!=n&&(a=s?"".concat(n,", ").concat(s):n),o&&(a="(".concat(a,")")),u&&u.length&&(a+=" ".concat(u.join(" ")));var i=t?"".concat(t,"."):"";return"".concat(i).concat(e).concat(a)}function T(r){if(r){var t=r.dataType,e=r.definition,n=r.anglebracket,o=w(t);if("ARRAY"!==o&&"STRUCT"!==o)return o;var s=e&&e.map((function(r){return[r.field_name,T(r.field_type)].filter(L).join(" ")})).join(", ");return n?"".concat(o,"<").concat(s,">"):"".concat(o," ").concat(s)}}function _(r){if(r){var t=[],e=r.keyword,n=r.symbol,o=r.value;return t.push(e.toUpperCase()),n&&t.push(n),t.push(h(o)),t.join(" ")}}function g(r){return r.map((function(r){var t=r.keyword,e=r.args,n=[w(t)];if(e){var o=e.keyword,s=e.columns;n.push(w(o),s.map(At).join(", "))}return n.join(" ")})).join(" OR ")}function I(r){return r?["RETURNING",r.columns.map(Ot).filter(L).join(", ")].join(" "):""}function S(r){return r?[w(r.keyword),w(r.args)]:[]}function N(r){if(r){if("string"==typeof r){var t=b().database;switch(t&&t.toLowerCase()){case"sqlite":return"AUTOINCREMENT";default:return"AUTO_INCREMENT"}}var e=r.keyword,n=r.seed,o=r.increment,s=r.parentheses,u=w(e);return s&&(u+="(".concat(h(n),", ").concat(h(o),")")),u}}function O(r){if(r)return r.map(It).filter(L).join(", ")}function R(r){return function(r){if(Array.isArray(r))return j(r)}(r)||function(r){if("undefined"!=typeof Symbol&&null!=r[Symbol.iterator]||null!=r["@@iterator"])return Array.from(r)}(r)||function(r,t){if(r){if("string"==typeof r)return j(r,t);var e={}.toString.call(r).slice(8,-1);return"Object"===e&&r.constructor&&(e=r.constructor.name),"Map"===e||"Set"===e?Array.from(r):"Arguments"===e||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e)?j(r,t):void 0}}(r)||function(){throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}()}function j(r,t){(null==t||t>r.length)&&(t=r.length);for(var e=0,n=Array(t);e<t;e++)n[e]=r[e];return n}function x(r){if(!r)return[];var t=r.keyword,e=r.type;return[t.toUpperCase(),w(e)]}function k(r){if(r){var t=r.type,e=r.expr,n=r.symbol,o=t.toUpperCase(),s=[];switch(s.push(o),o){case"KEY_BLOCK_SIZE":n&&s.push(n),s.push(h(e));break;case"BTREE":case"HASH":s.length=0,s.push.apply(s,R(x(r)));break;case"WITH PARSER":s.push(e);break;case"VISIBLE":case"INVISIBLE":break;case"COMMENT":s.shift(),s.push(_(r));break;case"DATA_COMPRESSION":s.push(n,w(e.value),E(e.on));break;default:s.push(n,h(e))}return s.filter(L).join(" ")}}function U(r){return r?r.map(k):[]}function D(r){var t=r.constraint_type,e=r.index_type,n=r.index_options,o=void 0===n?[]:n,s=r.definition,u=r.on,a=r.with,i=[];if(i.push.apply(i,R(x(e))),s&&s.length){var c="CHECK"===w(t)?"(".concat(lt(s[0]),")"):"(".concat(s.map((function(r){return lt(r)})).join(", "),")");i.push(c)}return i.push(U(o).join(" ")),a&&i.push("WITH (".concat(U(a).join(", "),")")),u&&i.push("ON [".concat(u,"]")),i}function M(r){var t=r.operator||r.op,e=lt(r.right),n=!1;if(Array.isArray(e)){switch(t){case"=":t="IN";break;case"!=":t="NOT IN";break;case"BETWEEN":case"NOT BETWEEN":n=!0,e="".concat(e[0]," AND ").concat(e[1])}n||(e="(".concat(e.join(", "),")"))}var o=r.right.escape||{},s=Array.isArray(r.left)?r.left.map(lt).join(", "):lt(r.left),u=pt(r.collate),a=[s,t,e,w(o.type),lt(o.value)].filter(L).join("."===t?"":" "),i=r.parentheses?"(".concat(a,")"):a;return u&&(i="".concat(i," ").concat(u)),i}function P(r){var t=r.name,e=r.type;switch(e){case"table":case"view":var n=[y(t.db),y(t.table)].filter(L).join(".");return"".concat(w(e)," ").concat(n);case"column":return"COLUMN ".concat(At(t));default:return"".concat(w(e)," ").concat(h(t))}}function G(r){var t=r.keyword,e=r.expr;return[w(t),h(e)].filter(L).join(" ")}function F(r){return function(r){if(Array.isArray(r))return H(r)}(r)||function(r){if("undefined"!=typeof Symbol&&null!=r[Symbol.iterator]||null!=r["@@iterator"])return Array.from(r)}(r)||function(r,t){if(r){if("string"==typeof r)return H(r,t);var e={}.toString.call(r).slice(8,-1);return"Object"===e&&r.constructor&&(e=r.constructor.name),"Map"===e||"Set"===e?Array.from(r):"Arguments"===e||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e)?H(r,t):void 0}}(r)||function(){throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}()}function H(r,t){(null==t||t>r.length)&&(t=r.length);for(var e=0,n=Array(t);e<t;e++)n[e]=r[e];return n}function Y(r){return r?[r.prefix.map(h).join(" "),lt(r.value),r.suffix.map(h).join(" ")]:[]}function B(r){return r?r.fetch||r.offset?(e=(t=r).fetch,n=t.offset,[].concat(F(Y(n)),F(Y(e))).filter(L).join(" ")):function(r){var t=r.seperator,e=r.value;return 1===e.length&&"offset"===t?i("OFFSET",lt(e[0])):i("LIMIT",e.map(lt).join("".concat("offset"===t?" ":"").concat(w(t)," ")))}(r):"";var t,e,n}function $(r){if(r&&0!==r.length){var t=r[0].recursive?"RECURSIVE ":"",e=r.map((function(r){var t=r.name,e=r.stmt,n=r.columns,o=Array.isArray(n)?"(".concat(n.map(At).join(", "),")"):"",s=a("values"===e.type?"VALUES":"",lt,e);return"".concat("default"===t.type?y(t.value):h(t)).concat(o," AS (").concat(s,")")})).join(", ");return"WITH ".concat(t).concat(e)}}function W(r){if(r&&r.position){var t=r.keyword,e=r.expr,n=[],o=w(t);switch(o){case"VAR":n.push(e.map(ct).join(", "));break;default:n.push(o,"string"==typeof e?y(e):lt(e))}return n.filter(L).join(" ")}}function q(r){var t=r.as_struct_val,e=r.columns,n=r.collate,o=r.distinct,s=r.for,u=r.from,c=r.for_sys_time_as_of,l=void 0===c?{}:c,f=r.locking_read,b=r.groupby,p=r.having,d=r.into,y=void 0===d?{}:d,C=r.isolation,m=r.limit,E=r.options,A=r.orderby,T=r.parentheses_symbol,_=r.qualify,g=r.top,I=r.window,S=r.with,N=r.where,O=[$(S),"SELECT",w(t)];Array.isArray(E)&&O.push(E.join(" ")),O.push(function(r){if(r){if("string"==typeof r)return r;var t=r.type,e=r.columns,n=[w(t)];return e&&n.push("(".concat(e.map(lt).join(", "),")")),n.filter(L).join(" ")}}(o),v(g),jt(e,u));var R=y.position,j="";R&&(j=a("INTO",W,y)),"column"===R&&O.push(j),O.push(a("FROM",mr,u)),"from"===R&&O.push(j);var x=l||{},k=x.keyword,U=x.expr;O.push(a(k,lt,U)),O.push(a("WHERE",lt,N)),b&&(O.push(i("GROUP BY",ft(b.columns).join(", "))),O.push(ft(b.modifiers).join(", "))),O.push(a("HAVING",lt,p)),O.push(a("QUALIFY",lt,_)),O.push(a("WINDOW",lt,I)),O.push(bt(A,"order by")),O.push(pt(n)),O.push(B(m)),C&&O.push(a(C.keyword,h,C.expr)),O.push(w(f)),"end"===R&&O.push(j),O.push(function(r){if(r){var t=r.expr,e=r.keyword,n=[w(r.type),w(e)];return t?"".concat(n.join(" "),"(").concat(lt(t),")"):n.join(" ")}}(s));var D=O.filter(L).join(" ");return T?"(".concat(D,")"):D}function V(r,t){var e="undefined"!=typeof Symbol&&r[Symbol.iterator]||r["@@iterator"];if(!e){if(Array.isArray(r)||(e=function(r,t){if(r){if("string"==typeof r)return X(r,t);var e={}.toString.call(r).slice(8,-1);return"Object"===e&&r.constructor&&(e=r.constructor.name),"Map"===e||"Set"===e?Array.from(r):"Arguments"===e||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e)?X(r,t):void 0}}(r))||t&&r&&"number"==typeof r.length){e&&(r=e);var n=0,o=function(){};return{s:o,n:function(){return n>=r.length?{done:!0}:{done:!1,value:r[n++]}},e:function(r){throw r},f:o}}throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}var s,u=!0,a=!1;return{s:function(){e=e.call(r)},n:function(){var r=e.next();return u=r.done,r},e:function(r){a=!0,s=r},f:function(){try{u||null==e.return||e.return()}finally{if(a)throw s}}}}function X(r,t){(null==t||t>r.length)&&(t=r.length);for(var e=0,n=Array(t);e<t;e++)n[e]=r[e];return n}function K(r){if(!r||0===r.length)return"";var t,e=[],n=V(r);try{for(n.s();!(t=n.n()).done;){var o=t.value,s={},u=o.value;for(var a in o)"value"!==a&&"keyword"!==a&&(s[a]=o[a]);var i=[At(s)],c="";u&&(c=lt(u),i.push("=",c)),e.push(i.filter(L).join(" "))}}catch(r){n.e(r)}finally{n.f()}return e.join(", ")}function Q(r){var t=r.name,e=r.value;return["@".concat(t),"=",lt(e)].filter(L).join(" ")}function z(r){if(!r)return"";var t=r.keyword,e=r.terminated,n=r.enclosed,o=r.escaped;return[w(t),h(e),h(n),h(o)].filter(L).join(" ")}function Z(r){if(!r)return"";var t=r.keyword,e=r.starting,n=r.terminated;return[w(t),h(e),h(n)].filter(L).join(" ")}function J(r){if(!r)return"";var t=r.count,e=r.suffix;return["IGNORE",h(t),e].filter(L).join(" ")}function rr(r){if(!r)return"";var t=r.mode,e=r.local,n=r.file,o=r.replace_ignore,s=r.table,u=r.partition,i=r.character_set,c=r.column,l=r.fields,f=r.lines,b=r.set,p=r.ignore;return["LOAD DATA",w(t),w(e),"INFILE",h(n),w(o),"INTO TABLE",Cr(s),ar(u),a("CHARACTER SET",h,i),z(l),Z(f),J(p),jt(c),a("SET",K,b)].filter(L).join(" ")}function tr(r){var t=r.left,e=r.right,n=r.symbol,o=r.keyword;t.keyword=o;var s=lt(t),u=lt(e);return[s,w(n),u].filter(L).join(" ")}function er(r){var t,e,n,o,s=r.keyword,u=r.suffix,i="";switch(w(s)){case"BINLOG":e=(t=r).in,n=t.from,o=t.limit,i=[a("IN",h,e&&e.right),a("FROM",mr,n),B(o)].filter(L).join(" ");break;case"CHARACTER":case"COLLATION":i=function(r){var t=r.expr;if(t)return"LIKE"===w(t.op)?a("LIKE",h,t.right):a("WHERE",lt,t)}(r);break;case"COLUMNS":case"INDEXES":case"INDEX":i=a("FROM",mr,r.from);break;case"GRANTS":i=function(r){var t=r.for;if(t){var e=t.user,n=t.host,o=t.role_list,s="'".concat(e,"'");return n&&(s+="@'".concat(n,"'")),["FOR",s,o&&"USING",o&&o.map((function(r){return"'".concat(r,"'")})).join(", ")].filter(L).join(" ")}}(r);break;case"CREATE":i=a("",Cr,r[u]);break;case"VAR":i=ct(r.var),s=""}return["SHOW",w(s),w(u),i].filter(L).join(" ")}var nr={alter:function(r){var t=r.keyword;switch(void 0===t?"table":t){case"aggregate":return function(r){var t=r.args,e=r.expr,n=r.keyword,o=r.name,s=r.type,u=t.expr,a=t.orderby;return[w(s),w(n),[[y(o.schema),y(o.name)].filter(L).join("."),"(".concat(u.map(nt).join(", ")).concat(a?[" ORDER","BY",a.map(nt).join(", ")].join(" "):"",")")].filter(L).join(""),et(e)].filter(L).join(" ")}(r);case"table":return function(r){var t=r.type,e=r.table,n=r.if_exists,o=r.prefix,s=r.expr,u=void 0===s?[]:s,a=w(t),i=mr(e),c=u.map(lt);return[a,"TABLE",w(n),h(o),i,c.join(", ")].filter(L).join(" ")}(r);case"schema":return function(r){var t=r.expr,e=r.keyword,n=r.schema;return[w(r.type),w(e),y(n),et(t)].filter(L).join(" ")}(r);case"sequence":return function(r){var t=r.type,e=r.keyword,n=r.sequence,o=r.if_exists,s=r.expr,u=void 0===s?[]:s,a=w(t),i=mr(n),c=u.map(Kr);return[a,w(e),w(o),i,c.join(", ")].filter(L).join(" ")}(r);case"domain":case"type":return function(r){var t=r.expr,e=r.keyword,n=r.name;return[w(r.type),w(e),[y(n.schema),y(n.name)].filter(L).join("."),et(t)].filter(L).join(" ")}(r);case"function":return function(r){var t=r.args,e=r.expr,n=r.keyword,o=r.name;return[w(r.type),w(n),[[y(o.schema),y(o.name)].filter(L).join("."),t&&"(".concat(t.expr?t.expr.map(nt).join(", "):"",")")].filter(L).join(""),et(e)].filter(L).join(" ")}(r);case"view":return function(r){var t=r.type,e=r.columns,n=r.attributes,o=r.select,s=r.view,u=r.with,a=w(t),i=Cr(s),c=[a,"VIEW",i];e&&c.push("(".concat(e.map(At).join(", "),")"));n&&c.push("WITH ".concat(n.map(w).join(", ")));c.push("AS",q(o)),u&&c.push(w(u));return c.filter(L).join(" ")}(r)}},analyze:function(r){var t=r.type,e=r.table;return[w(t),Cr(e)].join(" ")},attach:function(r){var t=r.type,e=r.database,n=r.expr,o=r.as,s=r.schema;return[w(t),w(e),lt(n),w(o),y(s)].filter(L).join(" ")},create:function(r){var t=r.keyword,e="";switch(t.toLowerCase()){case"aggregate":e=function(r){var t=r.type,e=r.replace,n=r.keyword,o=r.name,s=r.args,u=r.options,a=[w(t),w(e),w(n)],i=[y(o.schema),o.name].filter(L).join("."),c="".concat(s.expr.map(nt).join(", ")).concat(s.orderby?[" ORDER","BY",s.orderby.map(nt).join(", ")].join(" "):"");return a.push("".concat(i,"(").concat(c,")"),"(".concat(u.map(rt).join(", "),")")),a.filter(L).join(" ")}(r);break;case"table":e=function(r){var t=r.type,e=r.keyword,n=r.table,o=r.like,s=r.as,u=r.temporary,a=r.if_not_exists,i=r.create_definitions,c=r.table_options,l=r.ignore_replace,f=r.replace,p=r.partition_of,v=r.query_expr,d=r.unlogged,y=r.with,C=[w(t),w(f),w(u),w(d),w(e),w(a),mr(n)];if(o){var m=o.type,E=mr(o.table);return C.push(w(m),E),C.filter(L).join(" ")}if(p)return C.concat([zr(p)]).filter(L).join(" ");i&&C.push("(".concat(i.map(Kr).join(", "),")"));if(c){var A=b().database,T=A&&"sqlite"===A.toLowerCase()?", ":" ";C.push(c.map(Er).join(T))}if(y){var _=y.map((function(r){return[h(r.keyword),w(r.symbol),h(r.value)].join(" ")})).join(", ");C.push("WITH (".concat(_,")"))}C.push(w(l),w(s)),v&&C.push(or(v));return C.filter(L).join(" ")}(r);break;case"trigger":e="constraint"===r.resource?function(r){var t=r.constraint,e=r.constraint_kw,n=r.deferrable,o=r.events,s=r.execute,u=r.for_each,a=r.from,i=r.location,c=r.keyword,l=r.or,f=r.type,b=r.table,p=r.when,v=[w(f),w(l),w(e),w(c),y(t),w(i)],d=g(o);v.push(d,"ON",Cr(b)),a&&v.push("FROM",Cr(a));v.push.apply(v,qr(S(n)).concat(qr(S(u)))),p&&v.push(w(p.type),lt(p.cond));return v.push(w(s.keyword),Wr(s.expr)),v.filter(L).join(" ")}(r):function(r){var t=r.definer,e=r.for_each,n=r.keyword,o=r.execute,s=r.type,u=r.table,i=r.if_not_exists,c=r.temporary,l=r.trigger,f=r.events,b=r.order,p=r.time,v=r.when,d=[w(s),w(c),lt(t),w(n),w(i),Cr(l),w(p),f.map((function(r){var t=[w(r.keyword)],e=r.args;return e&&t.push(w(e.keyword),e.columns.map(At).join(", ")),t.join(" ")})),"ON",Cr(u),w(e&&e.keyword),w(e&&e.args),b&&"".concat(w(b.keyword)," ").concat(y(b.trigger)),a("WHEN",lt,v),w(o.prefix)];switch(o.type){case"set":d.push(a("SET",K,o.expr));break;case"multiple":d.push(sr(o.expr.ast))}return d.push(w(o.suffix)),d.filter(L).join(" ")}(r);break;case"extension":e=function(r){var t=r.extension,e=r.from,n=r.if_not_exists,o=r.keyword,s=r.schema,u=r.type,i=r.with,c=r.version;return[w(u),w(o),w(n),h(t),w(i),a("SCHEMA",h,s),a("VERSION",h,c),a("FROM",h,e)].filter(L).join(" ")}(r);break;case"function":e=function(r){var t=r.type,e=r.replace,n=r.keyword,o=r.name,s=r.args,u=r.returns,a=r.options,i=r.last,c=[w(t),w(e),w(n)],l=[h(o.schema),o.name.map(h).join(".")].filter(L).join("."),f=s.map(nt).filter(L).join(", ");return c.push("".concat(l,"(").concat(f,")"),function(r){var t=r.type,e=r.keyword,n=r.expr;return[w(t),w(e),Array.isArray(n)?"(".concat(n.map(St).join(", "),")"):Zr(n)].filter(L).join(" ")}(u),a.map(Jr).join(" "),i),c.filter(L).join(" ")}(r);break;case"index":e=function(r){var t=r.concurrently,e=r.filestream_on,n=r.keyword,o=r.if_not_exists,s=r.include,u=r.index_columns,i=r.index_type,c=r.index_using,l=r.index,f=r.on,b=r.index_options,p=r.algorithm_option,v=r.lock_option,d=r.on_kw,C=r.table,m=r.tablespace,E=r.type,A=r.where,T=r.with,_=r.with_before_where,g=T&&"WITH (".concat(U(T).join(", "),")"),I=s&&"".concat(w(s.keyword)," (").concat(s.columns.map((function(r){return"string"==typeof r?y(r):lt(r)})).join(", "),")"),S=l;l&&(S="string"==typeof l?y(l):[y(l.schema),y(l.name)].filter(L).join("."));var N=[w(E),w(i),w(n),w(o),w(t),S,w(d),Cr(C)].concat(qr(x(c)),["(".concat(O(u),")"),I,U(b).join(" "),et(p),et(v),a("TABLESPACE",h,m)]);_?N.push(g,a("WHERE",lt,A)):N.push(a("WHERE",lt,A),g);return N.push(a("ON",lt,f),a("FILESTREAM_ON",h,e)),N.filter(L).join(" ")}(r);break;case"sequence":e=function(r){var t=r.type,e=r.keyword,n=r.sequence,o=r.temporary,s=r.if_not_exists,u=r.create_definitions,a=[w(t),w(o),w(e),w(s),mr(n)];u&&a.push(u.map(Kr).join(" "));return a.filter(L).join(" ")}(r);break;case"database":case"schema":e=function(r){var t=r.type,e=r.keyword,n=r.replace,o=r.if_not_exists,s=r.create_definitions,u=r[e],a=u.db,i=u.schema,c=[h(a),i.map(h).join(".")].filter(L).join("."),l=[w(t),w(n),w(e),w(o),c];s&&l.push(s.map(Er).join(" "));return l.filter(L).join(" ")}(r);break;case"view":e=function(r){var t=r.algorithm,e=r.columns,n=r.definer,o=r.if_not_exists,s=r.keyword,u=r.recursive,a=r.replace,i=r.select,c=r.sql_security,l=r.temporary,f=r.type,b=r.view,p=r.with,v=r.with_options,h=b.db,m=b.schema,E=b.view,A=[y(h),y(m),y(E)].filter(L).join(".");return[w(f),w(a),w(l),w(u),t&&"ALGORITHM = ".concat(w(t)),lt(n),c&&"SQL SECURITY ".concat(w(c)),w(s),w(o),A,e&&"(".concat(e.map(d).join(", "),")"),v&&["WITH","(".concat(v.map((function(r){return C(r).join(" ")})).join(", "),")")].join(" "),"AS",or(i),w(p)].filter(L).join(" ")}(r);break;case"domain":e=function(r){var t=r.as,e=r.domain,n=r.type,o=r.keyword,s=r.target,u=r.create_definitions,a=[w(n),w(o),[y(e.schema),y(e.name)].filter(L).join("."),w(t),A(s)];if(u&&u.length>0){var i,c=[],l=function(r,t){var e="undefined"!=typeof Symbol&&r[Symbol.iterator]||r["@@iterator"];if(!e){if(Array.isArray(r)||(e=Vr(r))||t&&r&&"number"==typeof r.length){e&&(r=e);var n=0,o=function(){};return{s:o,n:function(){return n>=r.length?{done:!0}:{done:!1,value:r[n++]}},e:function(r){throw r},f:o}}throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}var s,u=!0,a=!1;return{s:function(){e=e.call(r)},n:function(){var r=e.next();return u=r.done,r},e:function(r){a=!0,s=r},f:function(){try{u||null==e.return||e.return()}finally{if(a)throw s}}}}(u);try{for(l.s();!(i=l.n()).done;){var f=i.value,b=f.type;switch(b){case"collate":c.push(lt(f));break;case"default":c.push(w(b),lt(f.value));break;case"constraint":c.push(Pr(f))}}}catch(r){l.e(r)}finally{l.f()}a.push(c.filter(L).join(" "))}return a.filter(L).join(" ")}(r);break;case"type":e=function(r){var t=r.as,e=r.create_definitions,n=r.keyword,o=r.name,s=r.resource,u=[w(r.type),w(n),[y(o.schema),y(o.name)].filter(L).join("."),w(t),w(s)];if(e){var a=[];switch(s){case"enum":case"range":a.push(lt(e));break;default:a.push("(".concat(e.map(Kr).join(", "),")"))}u.push(a.filter(L).join(" "))}return u.filter(L).join(" ")}(r);break;case"user":e=function(r){var t=r.attribute,e=r.comment,n=r.default_role,o=r.if_not_exists,s=r.keyword,u=r.lock_option,i=r.password_options,c=r.require,l=r.resource_options,f=r.type,b=r.user.map((function(r){var t=r.user,e=r.auth_option,n=[kr(t)];return e&&n.push(w(e.keyword),e.auth_plugin,h(e.value)),n.filter(L).join(" ")})).join(", "),p=[w(f),w(s),w(o),b];n&&p.push(w(n.keyword),n.value.map(kr).join(", "));p.push(a(c&&c.keyword,lt,c&&c.value)),l&&p.push(w(l.keyword),l.value.map((function(r){return lt(r)})).join(" "));i&&i.forEach((function(r){return p.push(a(r.keyword,lt,r.value))}));return p.push(h(u),_(e),h(t)),p.filter(L).join(" ")}(r);break;default:throw new Error("unknown create resource ".concat(t))}return e},comment:function(r){var t=r.expr,e=r.keyword,n=r.target;return[w(r.type),w(e),P(n),G(t)].filter(L).join(" ")},select:q,deallocate:function(r){var t=r.type,e=r.keyword,n=r.expr;return[w(t),w(e),lt(n)].filter(L).join(" ")},delete:function(r){var t=r.columns,e=r.from,n=r.table,o=r.where,s=r.orderby,u=r.with,i=r.limit,c=r.returning,l=[$(u),"DELETE"],f=jt(t,e);return l.push(f),Array.isArray(n)&&(1===n.length&&!0===n[0].addition||l.push(mr(n))),l.push(a("FROM",mr,e)),l.push(a("WHERE",lt,o)),l.push(bt(s,"order by")),l.push(B(i)),l.push(I(c)),l.filter(L).join(" ")},exec:function(r){var t=r.keyword,e=r.module,n=r.parameters;return[w(t),Cr(e),(n||[]).map(Q).filter(L).join(", ")].filter(L).join(" ")},execute:function(r){var t=r.type,e=r.name,n=r.args,o=[w(t)],s=[e];n&&s.push("(".concat(lt(n).join(", "),")"));return o.push(s.join("")),o.filter(L).join(" ")},explain:function(r){var t=r.type,e=r.expr;return[w(t),q(e)].join(" ")},for:function(r){var t=r.type,e=r.label,n=r.target,o=r.query,s=r.stmts;return[e,w(t),n,"IN",sr([o]),"LOOP",sr(s),"END LOOP",e].filter(L).join(" ")},update:function(r){var t=r.from,e=r.table,n=r.set,o=r.where,s=r.orderby,u=r.with,i=r.limit,c=r.returning;return[$(u),"UPDATE",mr(e),a("SET",K,n),a("FROM",mr,t),a("WHERE",lt,o),bt(s,"order by"),B(i),I(c)].filter(L).join(" ")},if:function(r){var t=r.boolean_expr,e=r.else_expr,n=r.elseif_expr,o=r.if_expr,s=r.prefix,u=r.go,a=r.semicolons,i=r.suffix,c=[w(r.type),lt(t),h(s),"".concat(gr(o.ast||o)).concat(a[0]),w(u)];n&&c.push(n.map((function(r){return[w(r.type),lt(r.boolean_expr),"THEN",gr(r.then.ast||r.then),r.semicolon].filter(L).join(" ")})).join(" "));e&&c.push("ELSE","".concat(gr(e.ast||e)).concat(a[1]));return c.push(h(i)),c.filter(L).join(" ")},insert:fr,load_data:rr,drop:Rr,truncate:Rr,replace:fr,declare:function(r){var t=r.type,e=r.declare,n=r.symbol,o=[w(t)],s=e.map((function(r){var t=r.at,e=r.name,n=r.as,o=r.constant,s=r.datatype,u=r.not_null,a=r.prefix,i=r.definition,c=r.keyword,l=[[t,e].filter(L).join(""),w(n),w(o)];switch(c){case"variable":l.push(Tt(s),lt(r.collate),w(u)),i&&l.push(w(i.keyword),lt(i.value));break;case"cursor":l.push(w(a));break;case"table":l.push(w(a),"(".concat(i.map(Kr).join(", "),")"))}return l.filter(L).join(" ")})).join("".concat(n," "));return o.push(s),o.join(" ")},use:function(r){var t=r.type,e=r.db,n=w(t),o=y(e);return"".concat(n," ").concat(o)},rename:function(r){var t=r.type,e=r.table,n=[],o="".concat(t&&t.toUpperCase()," TABLE");if(e){var s,u=Ir(e);try{for(u.s();!(s=u.n()).done;){var a=s.value.map(Cr);n.push(a.join(" TO "))}}catch(r){u.e(r)}finally{u.f()}}return"".concat(o," ").concat(n.join(", "))},call:function(r){var t=lt(r.expr);return"".concat("CALL"," ").concat(t)},desc:jr,describe:jr,set:function(r){var t=r.type,e=r.expr,n=r.keyword,o=w(t),s=e.map(lt).join(", ");return[o,w(n),s].filter(L).join(" ")},lock:xr,unlock:xr,show:er,grant:Ur,revoke:Ur,proc:function(r){var t=r.stmt;switch(t.type){case"assign":return tr(t);case"return":return function(r){var t=r.type,e=r.expr;return[w(t),lt(e)].join(" ")}(t)}},raise:function(r){var t=r.type,e=r.level,n=r.raise,o=r.using,s=[w(t),w(e)];n&&s.push([h(n.keyword),"format"===n.type&&n.expr.length>0&&","].filter(L).join(""),n.expr.map((function(r){return lt(r)})).join(", "));o&&s.push(w(o.type),w(o.option),o.symbol,o.expr.map((function(r){return lt(r)})).join(", "));return s.filter(L).join(" ")},transaction:function(r){var t=r.expr,e=t.action,n=t.keyword,o=t.modes,s=[h(e),w(n)];return o&&s.push(o.map(h).join(", ")),s.filter(L).join(" ")}};function or(r){if(!r)return"";for(var t=nr[r.type],e=r,n=e._parentheses,o=e._orderby,s=e._limit,u=[n&&"(",t(r)];r._next;){var a=nr[r._next.type],i=w(r.set_op);u.push(i,a(r._next)),r=r._next}return u.push(n&&")",bt(o,"order by"),B(s)),u.filter(L).join(" ")}function sr(r){for(var t=[],e=0,n=r.length;e<n;++e){var o=r[e]&&r[e].ast?r[e].ast:r[e],s=or(o);e===n-1&&"transaction"===o.type&&(s="".concat(s," ;")),t.push(s)}return t.join(" ; ")}function ur(r){var t=r.type;return"select"===t?or(r):("values"===t?r.values:r).map((function(r){var t=lt(r);return[w(r.prefix),"(".concat(t,")")].filter(L).join("")})).join(", ")}function ar(r){if(!r)return"";var t=["PARTITION","("];if(Array.isArray(r))t.push(r.map((function(r){return y(r)})).join(", "));else{var e=r.value;t.push(e.map(lt).join(", "))}return t.push(")"),t.filter(L).join("")}function ir(r){if(!r)return"";switch(r.type){case"column":return"(".concat(r.expr.map(At).join(", "),")")}}function cr(r){var t=r.expr,e=r.keyword,n=t.type,o=[w(e)];switch(n){case"origin":o.push(h(t));break;case"update":o.push("UPDATE",a("SET",K,t.set),a("WHERE",lt,t.where))}return o.filter(L).join(" ")}function lr(r){if(!r)return"";var t=r.action;return[ir(r.target),cr(t)].filter(L).join(" ")}function fr(r){var t=r.table,e=r.type,n=r.or,o=void 0===n?[]:n,s=r.prefix,u=void 0===s?"into":s,i=r.columns,c=r.conflict,l=r.values,f=r.where,b=r.on_duplicate_update,p=r.partition,v=r.returning,d=r.set,y=b||{},C=y.keyword,m=y.set,E=[w(e),o.map(h).join(" "),w(u),mr(t),ar(p)];return Array.isArray(i)&&E.push("(".concat(i.map(h).join(", "),")")),E.push(a(l&&"values"===l.type?"VALUES":"",ur,l)),E.push(a("ON CONFLICT",lr,c)),E.push(a("SET",K,d)),E.push(a("WHERE",lt,f)),E.push(a(C,K,m)),E.push(I(v)),E.filter(L).join(" ")}function br(r){var t=r.expr,e=r.unit,n=r.suffix;return["INTERVAL",lt(t),w(e),lt(n)].filter(L).join(" ")}function pr(r){return function(r){if(Array.isArray(r))return vr(r)}(r)||function(r){if("undefined"!=typeof Symbol&&null!=r[Symbol.iterator]||null!=r["@@iterator"])return Array.from(r)}(r)||function(r,t){if(r){if("string"==typeof r)return vr(r,t);var e={}.toString.call(r).slice(8,-1);return"Object"===e&&r.constructor&&(e=r.constructor.name),"Map"===e||"Set"===e?Array.from(r):"Arguments"===e||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e)?vr(r,t):void 0}}(r)||function(){throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}()}function vr(r,t){(null==t||t>r.length)&&(t=r.length);for(var e=0,n=Array(t);e<t;e++)n[e]=r[e];return n}function dr(r){var t=r.type,e=r.as,n=r.expr,o=r.with_offset;return["".concat(w(t),"(").concat(n&&lt(n)||"",")"),a("AS","string"==typeof e?y:lt,e),a(w(o&&o.keyword),y,o&&o.as)].filter(L).join(" ")}function yr(r){if(r)switch(r.type){case"pivot":case"unpivot":return function(r){var t=r.as,e=r.column,n=r.expr,o=r.in_expr,s=r.type,u=[lt(n),"FOR",At(e),M(o)],a=["".concat(w(s),"(").concat(u.join(" "),")")];return t&&a.push("AS",y(t)),a.join(" ")}(r);default:return""}}function wr(r){if(r){var t=r.keyword,e=r.expr,n=r.index,o=r.index_columns,s=r.parentheses,u=r.prefix,a=[];switch(t.toLowerCase()){case"forceseek":a.push(w(t),"(".concat(y(n)),"(".concat(o.map(lt).filter(L).join(", "),"))"));break;case"spatial_window_max_cells":a.push(w(t),"=",lt(e));break;case"index":a.push(w(u),w(t),s?"(".concat(e.map((function(r){return y(r)})).join(", "),")"):"= ".concat(y(e)));break;default:a.push(lt(e))}return a.filter(L).join(" ")}}function Lr(r,t){var e=r.name,n=r.symbol;return[w(e),n,t].filter(L).join(" ")}function hr(r){var t=[];switch(r.keyword){case"as":t.push("AS","OF",lt(r.of));break;case"from_to":t.push("FROM",lt(r.from),"TO",lt(r.to));break;case"between_and":t.push("BETWEEN",lt(r.between),"AND",lt(r.and));break;case"contained":t.push("CONTAINED","IN",lt(r.in))}return t.filter(L).join(" ")}function Cr(r){if("UNNEST"===w(r.type))return dr(r);var t,e,n,o,s=r.table,u=r.db,i=r.as,c=r.expr,l=r.operator,f=r.prefix,b=r.schema,p=r.server,v=r.suffix,d=r.tablesample,m=r.temporal_table,E=r.table_hint,A=r.surround,T=void 0===A?{}:A,_=y(p,!1,T.server),g=y(u,!1,T.db),I=y(b,!1,T.schema),S=s&&y(s,!1,T.table);if(c)switch(c.type){case"values":var N=c.parentheses,O=c.values,R=c.prefix,j=[N&&"(","",N&&")"],x=ur(O);R&&(x=x.split("(").slice(1).map((function(r){return"".concat(w(R),"(").concat(r)})).join("")),j[1]="VALUES ".concat(x),S=j.filter(L).join("");break;case"tumble":S=function(r){if(!r)return"";var t=r.data,e=r.timecol,n=r.offset,o=r.size,s=[y(t.expr.db),y(t.expr.schema),y(t.expr.table)].filter(L).join("."),u="DESCRIPTOR(".concat(At(e.expr),")"),a=["TABLE(TUMBLE(TABLE ".concat(Lr(t,s)),Lr(e,u)],i=Lr(o,br(o.expr));return n&&n.expr?a.push(i,"".concat(Lr(n,br(n.expr)),"))")):a.push("".concat(i,"))")),a.filter(L).join(", ")}(c);break;case"generator":e=(t=c).keyword,n=t.type,o=t.generators.map((function(r){return C(r).join(" ")})).join(", "),S="".concat(w(e),"(").concat(w(n),"(").concat(o,"))");break;default:S=lt(c)}var k=[[_,g,I,S=[w(f),S,w(v)].filter(L).join(" ")].filter(L).join(".")];if(d){var U=["TABLESAMPLE",lt(d.expr),h(d.repeatable)].filter(L).join(" ");k.push(U)}k.push(function(r){if(r){var t=r.keyword,e=r.expr;return[w(t),hr(e)].filter(L).join(" ")}}(m),a("AS","string"==typeof i?y:lt,i),yr(l)),E&&k.push(w(E.keyword),"(".concat(E.expr.map(wr).filter(L).join(", "),")"));var D=k.filter(L).join(" ");return r.parentheses?"(".concat(D,")"):D}function mr(r){if(!r)return"";if(!Array.isArray(r)){var t=r.expr,e=r.parentheses,n=r.joins,o=mr(t);if(e){for(var s=[],u=[],i=!0===e?1:e.length,c=0;c++<i;)s.push("("),u.push(")");var l=n&&n.length>0?mr([""].concat(pr(n))):"";return s.join("")+o+u.join("")+l}return o}var f=r[0],b=[];if("dual"===f.type)return"DUAL";b.push(Cr(f));for(var p=1;p<r.length;++p){var v=r[p],d=v.on,y=v.using,C=v.join,m=[],E=Array.isArray(v)||Object.hasOwnProperty.call(v,"joins");m.push(C?" ".concat(w(C)):","),m.push(E?mr(v):Cr(v)),m.push(a("ON",lt,d)),y&&m.push("USING (".concat(y.map(h).join(", "),")")),b.push(m.filter(L).join(" "))}return b.filter(L).join("")}function Er(r){var t=r.keyword,e=r.symbol,n=r.value,o=[t.toUpperCase()];e&&o.push(e);var s=h(n);switch(t){case"partition by":case"default collate":s=lt(n);break;case"options":s="(".concat(n.map((function(r){return[r.keyword,r.symbol,lt(r.value)].join(" ")})).join(", "),")");break;case"cluster by":s=n.map(lt).join(", ")}return o.push(s),o.filter(L).join(" ")}var Ar=["analyze","attach","select","deallocate","delete","exec","update","insert","drop","rename","truncate","call","desc","describe","use","alter","set","create","lock","unlock","declare","show","replace","if","grant","revoke","proc","raise","execute","transaction","explain","comment","load_data"];function Tr(r){var t=r&&r.ast?r.ast:r;if(!Ar.includes(t.type))throw new Error("".concat(t.type," statements not supported at the moment"))}function _r(r){return Array.isArray(r)?(r.forEach(Tr),sr(r)):(Tr(r),or(r))}function gr(r){return"go"===r.go?function r(t){if(!t||0===t.length)return"";var e=[_r(t.ast)];return t.go_next&&e.push(t.go.toUpperCase(),r(t.go_next)),e.filter((function(r){return r})).join(" ")}(r):_r(r)}function Ir(r,t){var e="undefined"!=typeof Symbol&&r[Symbol.iterator]||r["@@iterator"];if(!e){if(Array.isArray(r)||(e=Nr(r))||t&&r&&"number"==typeof r.length){e&&(r=e);var n=0,o=function(){};return{s:o,n:function(){return n>=r.length?{done:!0}:{done:!1,value:r[n++]}},e:function(r){throw r},f:o}}throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}var s,u=!0,a=!1;return{s:function(){e=e.call(r)},n:function(){var r=e.next();return u=r.done,r},e:function(r){a=!0,s=r},f:function(){try{u||null==e.return||e.return()}finally{if(a)throw s}}}}function Sr(r){return function(r){if(Array.isArray(r))return Or(r)}(r)||function(r){if("undefined"!=typeof Symbol&&null!=r[Symbol.iterator]||null!=r["@@iterator"])return Array.from(r)}(r)||Nr(r)||function(){throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}()}function Nr(r,t){if(r){if("string"==typeof r)return Or(r,t);var e={}.toString.call(r).slice(8,-1);return"Object"===e&&r.constructor&&(e=r.constructor.name),"Map"===e||"Set"===e?Array.from(r):"Arguments"===e||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e)?Or(r,t):void 0}}function Or(r,t){(null==t||t>r.length)&&(t=r.length);for(var e=0,n=Array(t);e<t;e++)n[e]=r[e];return n}function Rr(r){var t=r.type,e=r.keyword,n=r.name,o=r.prefix,s=r.suffix,u=[w(t),w(e),w(o)];switch(e){case"table":u.push(mr(n));break;case"trigger":u.push([n[0].schema?"".concat(y(n[0].schema),"."):"",y(n[0].trigger)].filter(L).join(""));break;case"database":case"schema":case"procedure":u.push(y(n));break;case"view":u.push(mr(n),r.options&&r.options.map(lt).filter(L).join(" "));break;case"index":u.push.apply(u,[At(n)].concat(Sr(r.table?["ON",Cr(r.table)]:[]),[r.options&&r.options.map(lt).filter(L).join(" ")]));break;case"type":u.push(n.map(At).join(", "),r.options&&r.options.map(lt).filter(L).join(" "))}return s&&u.push(s.map(lt).filter(L).join(" ")),u.filter(L).join(" ")}function jr(r){var t=r.type,e=r.table,n=w(t),o="string"==typeof e?y(e):Cr(e);return"".concat(n," ").concat(o)}function xr(r){var t=r.type,e=r.keyword,n=r.tables,o=[t.toUpperCase(),w(e)];if("UNLOCK"===t.toUpperCase())return o.join(" ");var s,u=[],a=Ir(n);try{var i=function(){var r=s.value,t=r.table,e=r.lock_type,n=[Cr(t)];if(e){n.push(["prefix","type","suffix"].map((function(r){return w(e[r])})).filter(L).join(" "))}u.push(n.join(" "))};for(a.s();!(s=a.n()).done;)i()}catch(r){a.e(r)}finally{a.f()}return o.push.apply(o,[u.join(", ")].concat(Sr(function(r){var t=r.lock_mode,e=r.nowait,n=[];if(t){var o=t.mode;n.push(o.toUpperCase())}return e&&n.push(e.toUpperCase()),n}(r)))),o.filter(L).join(" ")}function kr(r){var t=r.name,e=r.host,n=[h(t)];return e&&n.push("@",h(e)),n.join("")}function Ur(r){var t=r.type,e=r.grant_option_for,n=r.keyword,o=r.objects,s=r.on,u=r.to_from,a=r.user_or_roles,i=r.with,c=[w(t),h(e)],l=o.map((function(r){var t=r.priv,e=r.columns,n=[lt(t)];return e&&n.push("(".concat(e.map(At).join(", "),")")),n.join(" ")})).join(", ");if(c.push(l),s)switch(c.push("ON"),n){case"priv":c.push(h(s.object_type),s.priv_level.map((function(r){return[y(r.prefix),y(r.name)].filter(L).join(".")})).join(", "));break;case"proxy":c.push(kr(s))}return c.push(w(u),a.map(kr).join(", ")),c.push(h(i)),c.filter(L).join(" ")}function Dr(r){return function(r){if(Array.isArray(r))return Mr(r)}(r)||function(r){if("undefined"!=typeof Symbol&&null!=r[Symbol.iterator]||null!=r["@@iterator"])return Array.from(r)}(r)||function(r,t){if(r){if("string"==typeof r)return Mr(r,t);var e={}.toString.call(r).slice(8,-1);return"Object"===e&&r.constructor&&(e=r.constructor.name),"Map"===e||"Set"===e?Array.from(r):"Arguments"===e||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e)?Mr(r,t):void 0}}(r)||function(){throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}()}function Mr(r,t){(null==t||t>r.length)&&(t=r.length);for(var e=0,n=Array(t);e<t;e++)n[e]=r[e];return n}function Pr(r){if(r){var t=r.constraint,e=r.constraint_type,n=r.enforced,o=r.index,s=r.keyword,u=r.reference_definition,i=r.for,c=r.with_values,l=[],f=b().database;l.push(w(s)),l.push(y(t));var p=w(e);return"sqlite"===f.toLowerCase()&&"UNIQUE KEY"===p&&(p="UNIQUE"),l.push(p),l.push("sqlite"!==f.toLowerCase()&&y(o)),l.push.apply(l,Dr(D(r))),l.push.apply(l,Dr(_t(u))),l.push(w(n)),l.push(a("FOR",y,i)),l.push(h(c)),l.filter(L).join(" ")}}function Gr(r){if(r){var t=r.type;return"rows"===t?[w(t),lt(r.expr)].filter(L).join(" "):lt(r)}}function Fr(r){if("string"==typeof r)return r;var t=r.window_specification;return"(".concat(function(r){var t=r.name,e=r.partitionby,n=r.orderby,o=r.window_frame_clause;return[t,bt(e,"partition by"),bt(n,"order by"),Gr(o)].filter(L).join(" ")}(t),")")}function Hr(r){var t=r.name,e=r.as_window_specification;return"".concat(t," AS ").concat(Fr(e))}function Yr(r){if(r){var t=r.as_window_specification,e=r.expr,n=r.keyword,o=r.type,s=r.parentheses,u=w(o);if("WINDOW"===u)return"OVER ".concat(Fr(t));if("ON UPDATE"===u){var a="".concat(w(o)," ").concat(w(n)),i=lt(e)||[];return s&&(a="".concat(a,"(").concat(i.join(", "),")")),a}if(r.partitionby)return["OVER","(".concat(bt(r.partitionby,"partition by")),"".concat(bt(r.orderby,"order by"),")")].filter(L).join(" ");throw new Error("unknown over type")}}function Br(r){if(!r||!r.array)return"";var t=r.array.keyword;if(t)return w(t);for(var e=r.array,n=e.dimension,o=e.length,s=[],u=0;u<n;u++)s.push("["),o&&o[u]&&s.push(h(o[u])),s.push("]");return s.join("")}function $r(r){for(var t=r.target,e=r.expr,n=r.keyword,o=r.symbol,s=r.as,u=r.offset,a=r.parentheses,i=r.collate,c=mt({expr:e,offset:u}),l=[],f=0,b=t.length;f<b;++f){var p=t[f],v=p.angle_brackets,d=p.length,C=p.dataType,m=p.parentheses,E=p.quoted,A=p.scale,T=p.suffix,_=p.expr,g=_?lt(_):"";null!=d&&(g=A?"".concat(d,", ").concat(A):d),m&&(g="(".concat(g,")")),v&&(g="<".concat(g,">")),T&&T.length&&(g+=" ".concat(T.map(h).join(" ")));var I="::",S="",N=[];"as"===o&&(0===f&&(c="".concat(w(n),"(").concat(c)),S=")",I=" ".concat(o.toUpperCase()," ")),0===f&&N.push(c);var O=Br(p);N.push(I,E,C,E,O,g,S),l.push(N.filter(L).join(""))}var R=pt(i);s&&l.push(" AS ".concat(y(s)));var j=[l.filter(L).join(""),R].filter(L).join(" ");return a?"(".concat(j,")"):j}function Wr(r){var t=r.args,e=r.array_index,n=r.collate,o=r.name,s=r.args_parentheses,u=r.parentheses,a=r.within_group,i=r.over,c=r.suffix,l=Yr(i),f=function(r){if(!r)return"";var t=r.type,e=r.keyword,n=r.orderby;return[w(t),w(e),"(".concat(bt(n,"order by"),")")].filter(L).join(" ")}(a),b=lt(c),p=pt(n),v=[h(o.schema),o.name.map(h).join(".")].filter(L).join(".");if(!t)return[v,p,f,l].filter(L).join(" ");var d=r.separator||", ",y=0;if("TRIM"===w(v))for(var C=0,m=t.value.length;C<m;++C){var E=t.value[C];if("origin"===E.type&&"from"===E.value){y=C;break}}var A=[v];A.push(!1===s?" ":"(");var T=lt(t);if(Array.isArray(d)){for(var _=T[0],g=1,I=T.length;g<I;++g)_=[_,T[g]].join(" ".concat(lt(d[g-1])," "));A.push(_)}else"TRIM"===w(v)&&y>0?A.push([T.slice(0,y+1).join(" "),T.slice(y+1).join(", ")].join(" ")):A.push(T.join(d));return!1!==s&&A.push(")"),A.push(Et(e)),A=[A.join(""),b,p].filter(L).join(" "),[u?"(".concat(A,")"):A,f,l].filter(L).join(" ")}function qr(r){return function(r){if(Array.isArray(r))return Xr(r)}(r)||function(r){if("undefined"!=typeof Symbol&&null!=r[Symbol.iterator]||null!=r["@@iterator"])return Array.from(r)}(r)||Vr(r)||function(){throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}()}function Vr(r,t){if(r){if("string"==typeof r)return Xr(r,t);var e={}.toString.call(r).slice(8,-1);return"Object"===e&&r.constructor&&(e=r.constructor.name),"Map"===e||"Set"===e?Array.from(r):"Arguments"===e||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e)?Xr(r,t):void 0}}function Xr(r,t){(null==t||t>r.length)&&(t=r.length);for(var e=0,n=Array(t);e<t;e++)n[e]=r[e];return n}function Kr(r){if(!r)return[];var t,e,n,o,s=r.resource;switch(s){case"column":return St(r);case"index":return e=[],n=(t=r).keyword,o=t.index,e.push(w(n)),e.push(o),e.push.apply(e,R(D(t))),e.filter(L).join(" ");case"constraint":return Pr(r);case"sequence":return[w(r.prefix),lt(r.value)].filter(L).join(" ");default:throw new Error("unknown resource = ".concat(s," type"))}}function Qr(r){var t=[];switch(r.keyword){case"from":t.push("FROM","(".concat(h(r.from),")"),"TO","(".concat(h(r.to),")"));break;case"in":t.push("IN","(".concat(lt(r.in),")"));break;case"with":t.push("WITH","(MODULUS ".concat(h(r.modulus),", REMAINDER ").concat(h(r.remainder),")"))}return t.filter(L).join(" ")}function zr(r){var t=r.keyword,e=r.table,n=r.for_values,o=r.tablespace,s=[w(t),Cr(e),w(n.keyword),Qr(n.expr)];return o&&s.push("TABLESPACE",h(o)),s.filter(L).join(" ")}function Zr(r){return r.dataType?A(r):[y(r.db),y(r.schema),y(r.table)].filter(L).join(".")}function Jr(r){var t=r.type;switch(t){case"as":return[w(t),r.symbol,or(r.declare),w(r.begin),sr(r.expr),w(r.end),r.symbol].filter(L).join(" ");case"set":return[w(t),r.parameter,w(r.value&&r.value.prefix),r.value&&r.value.expr.map(lt).join(", ")].filter(L).join(" ");case"return":return[w(t),lt(r.expr)].filter(L).join(" ");default:return lt(r)}}function rt(r){var t=r.type,e=r.symbol,n=r.value,o=[w(t),e];switch(w(t)){case"SFUNC":o.push([y(n.schema),n.name].filter(L).join("."));break;case"STYPE":case"MSTYPE":o.push(A(n));break;default:o.push(lt(n))}return o.filter(L).join(" ")}function tt(r,t){switch(r){case"add":var e=t.map((function(r){var t=r.name,e=r.value;return["PARTITION",h(t),"VALUES",w(e.type),"(".concat(h(e.expr),")")].join(" ")})).join(", ");return"(".concat(e,")");default:return jt(t)}}function et(r){if(!r)return"";var t=r.action,e=r.create_definitions,n=r.if_not_exists,o=r.keyword,s=r.if_exists,u=r.old_column,a=r.prefix,i=r.resource,c=r.symbol,l=r.suffix,f="",b=[];switch(i){case"column":b=[St(r)];break;case"index":b=D(r),f=r[i];break;case"table":case"schema":f=y(r[i]);break;case"aggregate":case"function":case"domain":case"type":f=y(r[i]);break;case"algorithm":case"lock":case"table-option":f=[c,w(r[i])].filter(L).join(" ");break;case"constraint":f=y(r[i]),b=[Kr(e)];break;case"partition":b=[tt(t,r.partitions)];break;case"key":f=y(r[i]);break;default:f=[c,r[i]].filter((function(r){return null!==r})).join(" ")}var p=[w(t),w(o),w(n),w(s),u&&At(u),w(a),f&&f.trim(),b.filter(L).join(" ")];return l&&p.push(w(l.keyword),l.expr&&At(l.expr)),p.filter(L).join(" ")}function nt(r){var t=r.default&&[w(r.default.keyword),lt(r.default.value)].join(" ");return[w(r.mode),r.name,A(r.type),t].filter(L).join(" ")}function ot(r){return(ot="function"==typeof Symbol&&"symbol"==typeof Symbol.iterator?function(r){return typeof r}:function(r){return r&&"function"==typeof Symbol&&r.constructor===Symbol&&r!==Symbol.prototype?"symbol":typeof r})(r)}function st(r){var t=r.expr_list;switch(w(r.type)){case"STRUCT":case"ROW":return"(".concat(jt(t),")");case"ARRAY":return function(r){var t=r.array_path,e=r.brackets,n=r.expr_list,o=r.parentheses;if(!n)return"[".concat(jt(t),"]");var s=Array.isArray(n)?n.map((function(r){return"(".concat(jt(r),")")})).filter(L).join(", "):lt(n);return e?"[".concat(s,"]"):o?"(".concat(s,")"):s}(r);default:return""}}function ut(r){var t=r.definition,e=r.keyword,n=r.orderby,o=r.limit,s=[w(e)];return t&&"object"===ot(t)&&(s.length=0,s.push(T(t))),s.push(st(r),bt(n,"order by"),B(o)),s.filter(L).join("")}function at(r){return(at="function"==typeof Symbol&&"symbol"==typeof Symbol.iterator?function(r){return typeof r}:function(r){return r&&"function"==typeof Symbol&&r.constructor===Symbol&&r!==Symbol.prototype?"symbol":typeof r})(r)}var it={alter:et,aggr_func:function(r){var t=r.args,e=r.filter,n=r.over,o=r.within_group_orderby,s=lt(t.expr);s=Array.isArray(s)?s.join(", "):s;var u=r.name,a=Yr(n);t.distinct&&(s=["DISTINCT",s].join(" ")),t.separator&&t.separator.delimiter&&(s=[s,h(t.separator.delimiter)].join("".concat(t.separator.symbol," "))),t.separator&&t.separator.expr&&(s=[s,lt(t.separator.expr)].join(" ")),t.orderby&&(s=[s,bt(t.orderby,"order by")].join(" ")),t.separator&&t.separator.value&&(s=[s,w(t.separator.keyword),h(t.separator.value)].filter(L).join(" "));var i=o?"WITHIN GROUP (".concat(bt(o,"order by"),")"):"",c=e?"FILTER (WHERE ".concat(lt(e.where),")"):"";return["".concat(u,"(").concat(s,")"),i,a,c].filter(L).join(" ")},any_value:function(r){var t=r.args,e=r.type,n=r.over,o=t.expr,s=t.having,u="".concat(w(e),"(").concat(lt(o));return s&&(u="".concat(u," HAVING ").concat(w(s.prefix)," ").concat(lt(s.expr))),[u="".concat(u,")"),Yr(n)].filter(L).join(" ")},window_func:function(r){var t=r.over;return[function(r){var t=r.args,e=r.name,n=r.consider_nulls,o=void 0===n?"":n,s=r.separator,u=void 0===s?", ":s;return[e,"(",t?lt(t).join(u):"",")",o&&" ",o].filter(L).join("")}(r),Yr(t)].filter(L).join(" ")},array:ut,assign:tr,binary_expr:M,case:function(r){var t=["CASE"],e=r.args,n=r.expr,o=r.parentheses;n&&t.push(lt(n));for(var s=0,u=e.length;s<u;++s)t.push(e[s].type.toUpperCase()),e[s].cond&&(t.push(lt(e[s].cond)),t.push("THEN")),t.push(lt(e[s].result));return t.push("END"),o?"(".concat(t.join(" "),")"):t.join(" ")},cast:$r,collate:pt,column_ref:At,column_definition:St,datatype:A,extract:function(r){var t=r.args,e=r.type,n=t.field,o=t.cast_type,s=t.source,u=["".concat(w(e),"(").concat(w(n)),"FROM",w(o),lt(s)];return"".concat(u.filter(L).join(" "),")")},flatten:function(r){var t=r.args,e=r.type,n=["input","path","outer","recursive","mode"].map((function(r){return function(r){if(!r)return"";var t=r.type,e=r.symbol,n=r.value;return[w(t),e,lt(n)].filter(L).join(" ")}(t[r])})).filter(L).join(", ");return"".concat(w(e),"(").concat(n,")")},fulltext_search:function(r){var t=r.against,e=r.as,n=r.columns,o=r.match,s=r.mode,u=[w(o),"(".concat(n.map((function(r){return At(r)})).join(", "),")")].join(" "),a=[w(t),["(",lt(r.expr),s&&" ".concat(h(s)),")"].filter(L).join("")].join(" ");return[u,a,Nt(e)].filter(L).join(" ")},function:Wr,lambda:function(r){var t=r.args,e=r.expr,n=t.value,o=t.parentheses,s=n.map(lt).join(", ");return[o?"(".concat(s,")"):s,"->",lt(e)].join(" ")},load_data:rr,insert:or,interval:br,json:function(r){var t=r.keyword,e=r.expr_list;return[w(t),e.map((function(r){return lt(r)})).join(", ")].join(" ")},json_object_arg:function(r){var t=r.expr,e=t.key,n=t.value,o=t.on,s=[lt(e),"VALUE",lt(n)];return o&&s.push("ON","NULL",lt(o)),s.filter(L).join(" ")},json_visitor:function(r){return[r.symbol,lt(r.expr)].join("")},func_arg:function(r){var t=r.value;return[t.name,t.symbol,lt(t.expr)].filter(L).join(" ")},show:er,struct:ut,tablefunc:function(r){var t=r.as,e=r.name,n=r.args,o=[h(e.schema),e.name.map(h).join(".")].filter(L).join(".");return["".concat(o,"(").concat(lt(n).join(", "),")"),"AS",Wr(t)].join(" ")},tables:mr,unnest:dr,values:ur,window:function(r){return r.expr.map(Hr).join(", ")}};function ct(r){var t=r.prefix,e=void 0===t?"@":t,n=r.name,o=r.members,s=r.quoted,u=r.suffix,a=[],i=o&&o.length>0?"".concat(n,".").concat(o.join(".")):n,c="".concat(e||"").concat(i);return u&&(c+=u),a.push(c),[s,a.join(" "),s].filter(L).join("")}function lt(r){if(r){var t=r;if(r.ast){var e=t.ast;Reflect.deleteProperty(t,e);for(var n=0,o=Object.keys(e);n<o.length;n++){var s=o[n];t[s]=e[s]}}var u=t.type;return"expr"===u?lt(t.expr):it[u]?it[u](t):h(t)}}function ft(r){return r?(Array.isArray(r)||(r=[r]),r.map(lt)):[]}function bt(r,t){if(!Array.isArray(r))return"";var e=[],n=w(t);switch(n){case"ORDER BY":e=r.map((function(r){return[lt(r.expr),r.type||"ASC",w(r.nulls)].filter(L).join(" ")}));break;case"PARTITION BY":default:e=r.map((function(r){return lt(r.expr)}))}return i(n,e.join(", "))}function pt(r){if(r){var t=r.keyword,e=r.collate,n=e.name,o=e.symbol,s=e.value,u=[w(t)];return s||u.push(o),u.push(Array.isArray(n)?n.map(h).join("."):h(n)),s&&u.push(o),u.push(lt(s)),u.filter(L).join(" ")}}function vt(r){return(vt="function"==typeof Symbol&&"symbol"==typeof Symbol.iterator?function(r){return typeof r}:function(r){return r&&"function"==typeof Symbol&&r.constructor===Symbol&&r!==Symbol.prototype?"symbol":typeof r})(r)}function dt(r,t){var e=Object.keys(r);if(Object.getOwnPropertySymbols){var n=Object.getOwnPropertySymbols(r);t&&(n=n.filter((function(t){return Object.getOwnPropertyDescriptor(r,t).enumerable}))),e.push.apply(e,n)}return e}function yt(r){for(var t=1;t<arguments.length;t++){var e=null!=arguments[t]?arguments[t]:{};t%2?dt(Object(e),!0).forEach((function(t){wt(r,t,e[t])})):Object.getOwnPropertyDescriptors?Object.defineProperties(r,Object.getOwnPropertyDescriptors(e)):dt(Object(e)).forEach((function(t){Object.defineProperty(r,t,Object.getOwnPropertyDescriptor(e,t))}))}return r}function wt(r,t,e){return(t=function(r){var t=function(r,t){if("object"!=vt(r)||!r)return r;var e=r[Symbol.toPrimitive];if(void 0!==e){var n=e.call(r,t||"default");if("object"!=vt(n))return n;throw new TypeError("@@toPrimitive must return a primitive value.")}return("string"===t?String:Number)(r)}(r,"string");return"symbol"==vt(t)?t:t+""}(t))in r?Object.defineProperty(r,t,{value:e,enumerable:!0,configurable:!0,writable:!0}):r[t]=e,r}function Lt(r){return function(r){if(Array.isArray(r))return Ct(r)}(r)||function(r){if("undefined"!=typeof Symbol&&null!=r[Symbol.iterator]||null!=r["@@iterator"])return Array.from(r)}(r)||ht(r)||function(){throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}()}function ht(r,t){if(r){if("string"==typeof r)return Ct(r,t);var e={}.toString.call(r).slice(8,-1);return"Object"===e&&r.constructor&&(e=r.constructor.name),"Map"===e||"Set"===e?Array.from(r):"Arguments"===e||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e)?Ct(r,t):void 0}}function Ct(r,t){(null==t||t>r.length)&&(t=r.length);for(var e=0,n=Array(t);e<t;e++)n[e]=r[e];return n}function mt(r,t){if("string"==typeof r)return y(r,t);var e=r.expr,n=r.offset,o=r.suffix,s=n&&n.map((function(r){return["[",r.name,"".concat(r.name?"(":""),h(r.value),"".concat(r.name?")":""),"]"].filter(L).join("")})).join("");return[lt(e),s,o].filter(L).join("")}function Et(r){if(!r||0===r.length)return"";var t,e=[],n=function(r,t){var e="undefined"!=typeof Symbol&&r[Symbol.iterator]||r["@@iterator"];if(!e){if(Array.isArray(r)||(e=ht(r))||t&&r&&"number"==typeof r.length){e&&(r=e);var n=0,o=function(){};return{s:o,n:function(){return n>=r.length?{done:!0}:{done:!1,value:r[n++]}},e:function(r){throw r},f:o}}throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}var s,u=!0,a=!1;return{s:function(){e=e.call(r)},n:function(){var r=e.next();return u=r.done,r},e:function(r){a=!0,s=r},f:function(){try{u||null==e.return||e.return()}finally{if(a)throw s}}}}(r);try{for(n.s();!(t=n.n()).done;){var o=t.value,s=o.brackets?"[".concat(lt(o.index),"]"):"".concat(o.notation).concat(lt(o.index));o.property&&(s="".concat(s,".").concat(h(o.property))),e.push(s)}}catch(r){n.e(r)}finally{n.f()}return e.join("")}function At(r){var t=r.array_index,e=r.as,n=r.column,o=r.collate,s=r.db,u=r.isDual,i=r.notations,c=void 0===i?[]:i,l=r.options,f=r.schema,b=r.table,p=r.parentheses,v=r.suffix,d=r.order_by,h=r.subFields,C=void 0===h?[]:h,m="*"===n?"*":mt(n,u),E=[s,f,b].filter(L).map((function(r){return"".concat("string"==typeof r?y(r):lt(r))})),A=E[0];if(A){for(var T=1;T<E.length;++T)A="".concat(A).concat(c[T]||".").concat(E[T]);m="".concat(A).concat(c[T]||".").concat(m)}var _=[m=["".concat(m).concat(Et(t))].concat(Lt(C)).join("."),pt(o),lt(l),a("AS",lt,e)];_.push("string"==typeof v?w(v):lt(v)),_.push(w(d));var g=_.filter(L).join(" ");return p?"(".concat(g,")"):g}function Tt(r){if(r){var t=r.schema,e=r.dataType,n=r.length,o=r.suffix,s=r.scale,u=r.expr,a=A({schema:t,dataType:e,length:n,suffix:o,scale:s,parentheses:null!=n});if(u&&(a+=lt(u)),r.array){var i=Br(r);a+=[/^\[.*\]$/.test(i)?"":" ",i].join("")}return a}}function _t(r){var t=[];if(!r)return t;var e=r.definition,n=r.keyword,o=r.match,s=r.table,u=r.on_action;return t.push(w(n)),t.push(mr(s)),t.push(e&&"(".concat(e.map((function(r){return lt(r)})).join(", "),")")),t.push(w(o)),u.map((function(r){return t.push(w(r.type),lt(r.value))})),t.filter(L)}function gt(r){var t=[],e=r.nullable,n=r.character_set,o=r.check,s=r.comment,u=r.constraint,i=r.collate,c=r.storage,l=r.using,f=r.default_val,p=r.generated,v=r.auto_increment,d=r.unique,y=r.primary_key,m=r.column_format,E=r.reference_definition,A=r.generated_by_default,T=[w(e&&e.action),w(e&&e.value)].filter(L).join(" ");if(p||t.push(T),f){var g=f.type,I=f.value;t.push(g.toUpperCase(),lt(I))}var S=b().database;return u&&t.push(w(u.keyword),h(u.constraint)),t.push(Pr(o)),t.push(function(r){if(r)return[w(r.value),"(".concat(lt(r.expr),")"),w(r.storage_type)].filter(L).join(" ")}(p)),p&&t.push(T),t.push(N(v),w(y),w(d),h(A),_(s)),t.push.apply(t,Lt(C(n))),"sqlite"!==S.toLowerCase()&&t.push(lt(i)),t.push.apply(t,Lt(C(m))),t.push.apply(t,Lt(C(c))),t.push.apply(t,Lt(_t(E))),t.push(a("USING",lt,l)),t.filter(L).join(" ")}function It(r){var t=r.order_by,e=r.column,n=r.collate,o=r.nulls,s=r.opclass,u="string"==typeof e?{type:"column_ref",table:r.table,column:e}:yt(yt({},r),{},{order_by:null});return u.collate=null,[lt(u),lt(n),s,w(t),w(o)].filter(L).join(" ")}function St(r){var t=[],e=At(r.column),n=Tt(r.definition);return t.push(e),t.push(n),t.push(gt(r)),t.filter(L).join(" ")}function Nt(r){return r?"object"===vt(r)?["AS",lt(r)].join(" "):["AS",/^(`?)[a-z_][0-9a-z_]*(`?)$/i.test(r)?y(r):d(r)].join(" "):""}function Ot(r,t){var e=r.expr,n=r.type;if("cast"===n)return $r(r);t&&(e.isDual=t);var o=lt(e),s=r.expr_list;if(s){var u=[o],a=s.map((function(r){return Ot(r,t)})).join(", ");return u.push([w(n),n&&"(",a,n&&")"].filter(L).join("")),u.filter(L).join(" ")}return e.parentheses&&Reflect.has(e,"array_index")&&"cast"!==e.type&&(o="(".concat(o,")")),e.array_index&&"column_ref"!==e.type&&"function"!==e.type&&(o="".concat(o).concat(Et(e.array_index))),[o,Nt(r.as)].filter(L).join(" ")}function Rt(r){var t=Array.isArray(r)&&r[0];return!(!t||"dual"!==t.type)}function jt(r,t){if(!r||"*"===r)return r;var e=Rt(t);return r.map((function(r){return Ot(r,e)})).join(", ")}it.var=ct,it.expr_list=function(r){var t=ft(r.value),e=r.parentheses,n=r.separator;if(!e&&!n)return t;var o=n||", ",s=t.join(o);return e?"(".concat(s,")"):s},it.select=function(r){var t="object"===at(r._next)?or(r):q(r);return r.parentheses?"(".concat(t,")"):t},it.unary_expr=function(r){var t=r.operator,e=r.parentheses,n=r.expr,o="-"===t||"+"===t||"~"===t||"!"===t?"":" ",s="".concat(t).concat(o).concat(lt(n));return e?"(".concat(s,")"):s},it.map_object=function(r){var t=r.keyword,e=r.expr.map((function(r){return[h(r.key),h(r.value)].join(", ")})).join(", ");return[w(t),"[".concat(e,"]")].join("")};var xt=e(0);function kt(r){return(kt="function"==typeof Symbol&&"symbol"==typeof Symbol.iterator?function(r){return typeof r}:function(r){return r&&"function"==typeof Symbol&&r.constructor===Symbol&&r!==Symbol.prototype?"symbol":typeof r})(r)}var Ut,Dt,Mt,Pt=(Ut={},Dt="mysql",Mt=xt.parse,(Dt=function(r){var t=function(r,t){if("object"!=kt(r)||!r)return r;var e=r[Symbol.toPrimitive];if(void 0!==e){var n=e.call(r,t||"default");if("object"!=kt(n))return n;throw new TypeError("@@toPrimitive must return a primitive value.")}return("string"===t?String:Number)(r)}(r,"string");return"symbol"==kt(t)?t:t+""}(Dt))in Ut?Object.defineProperty(Ut,Dt,{value:Mt,enumerable:!0,configurable:!0,writable:!0}):Ut[Dt]=Mt,Ut);function Gt(r){return(Gt="function"==typeof Symbol&&"symbol"==typeof Symbol.iterator?function(r){return typeof r}:function(r){return r&&"function"==typeof Symbol&&r.constructor===Symbol&&r!==Symbol.prototype?"symbol":typeof r})(r)}function Ft(r,t){var e="undefined"!=typeof Symbol&&r[Symbol.iterator]||r["@@iterator"];if(!e){if(Array.isArray(r)||(e=function(r,t){if(r){if("string"==typeof r)return Ht(r,t);var e={}.toString.call(r).slice(8,-1);return"Object"===e&&r.constructor&&(e=r.constructor.name),"Map"===e||"Set"===e?Array.from(r):"Arguments"===e||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e)?Ht(r,t):void 0}}(r))||t&&r&&"number"==typeof r.length){e&&(r=e);var n=0,o=function(){};return{s:o,n:function(){return n>=r.length?{done:!0}:{done:!1,value:r[n++]}},e:function(r){throw r},f:o}}throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}var s,u=!0,a=!1;return{s:function(){e=e.call(r)},n:function(){var r=e.next();return u=r.done,r},e:function(r){a=!0,s=r},f:function(){try{u||null==e.return||e.return()}finally{if(a)throw s}}}}function Ht(r,t){(null==t||t>r.length)&&(t=r.length);for(var e=0,n=Array(t);e<t;e++)n[e]=r[e];return n}function Yt(r,t){for(var e=0;e<t.length;e++){var n=t[e];n.enumerable=n.enumerable||!1,n.configurable=!0,"value"in n&&(n.writable=!0),Object.defineProperty(r,Bt(n.key),n)}}function Bt(r){var t=function(r,t){if("object"!=Gt(r)||!r)return r;var e=r[Symbol.toPrimitive];if(void 0!==e){var n=e.call(r,t||"default");if("object"!=Gt(n))return n;throw new TypeError("@@toPrimitive must return a primitive value.")}return("string"===t?String:Number)(r)}(r,"string");return"symbol"==Gt(t)?t:t+""}var $t=function(){return function(r,t,e){return t&&Yt(r.prototype,t),e&&Yt(r,e),Object.defineProperty(r,"prototype",{writable:!1}),r}((function r(){!function(r,t){if(!(r instanceof t))throw new TypeError("Cannot call a class as a function")}(this,r)}),[{key:"astify",value:function(r){var t=arguments.length>1&&void 0!==arguments[1]?arguments[1]:s,e=this.parse(r,t);return e&&e.ast}},{key:"sqlify",value:function(r){var t=arguments.length>1&&void 0!==arguments[1]?arguments[1]:s;return p(t),gr(r)}},{key:"exprToSQL",value:function(r){var t=arguments.length>1&&void 0!==arguments[1]?arguments[1]:s;return p(t),lt(r)}},{key:"columnsToSQL",value:function(r,t){var e=arguments.length>2&&void 0!==arguments[2]?arguments[2]:s;if(p(e),!r||"*"===r)return[];var n=Rt(t);return r.map((function(r){return Ot(r,n)}))}},{key:"parse",value:function(r){var t=arguments.length>1&&void 0!==arguments[1]?arguments[1]:s,e=t.database,n=void 0===e?"mysql":e;p(t);var o=n.toLowerCase();if(Pt[o])return Pt[o](!1===t.trimQuery?r:r.trim(),t.parseOptions||s.parseOptions);throw new Error("".concat(n," is not supported currently"))}},{key:"whiteListCheck",value:function(r,t){var e=arguments.length>2&&void 0!==arguments[2]?arguments[2]:s;if(t&&0!==t.length){var n=e.type,o=void 0===n?"table":n;if(!this["".concat(o,"List")]||"function"!=typeof this["".concat(o,"List")])throw new Error("".concat(o," is not valid check mode"));var u,a=this["".concat(o,"List")].bind(this),i=a(r,e),c=!0,l="",f=Ft(i);try{for(f.s();!(u=f.n()).done;){var b,p=u.value,v=!1,d=Ft(t);try{for(d.s();!(b=d.n()).done;){var y=b.value,w=new RegExp("^".concat(y,"$"),"i");if(w.test(p)){v=!0;break}}}catch(r){d.e(r)}finally{d.f()}if(!v){l=p,c=!1;break}}}catch(r){f.e(r)}finally{f.f()}if(!c)throw new Error("authority = '".concat(l,"' is required in ").concat(o," whiteList to execute SQL = '").concat(r,"'"))}}},{key:"tableList",value:function(r,t){var e=this.parse(r,t);return e&&e.tableList}},{key:"columnList",value:function(r,t){var e=this.parse(r,t);return e&&e.columnList}}])}();function Wt(r){return(Wt="function"==typeof Symbol&&"symbol"==typeof Symbol.iterator?function(r){return typeof r}:function(r){return r&&"function"==typeof Symbol&&r.constructor===Symbol&&r!==Symbol.prototype?"symbol":typeof r})(r)}"object"===("undefined"==typeof self?"undefined":Wt(self))&&self&&(self.NodeSQLParser={Parser:$t,util:n}),"undefined"==typeof global&&"object"===("undefined"==typeof window?"undefined":Wt(window))&&window&&(window.global=window),"object"===("undefined"==typeof global?"undefined":Wt(global))&&global&&global.window&&(global.window.NodeSQLParser={Parser:$t,util:n})}]));
//# sourceMappingURL=mysql.js.map

/***/ }),

/***/ 56689:
/***/ ((module) => {



const pathKey = (options = {}) => {
	const environment = options.env || process.env;
	const platform = options.platform || process.platform;

	if (platform !== 'win32') {
		return 'PATH';
	}

	return Object.keys(environment).reverse().find(key => key.toUpperCase() === 'PATH') || 'Path';
};

module.exports = pathKey;
// TODO: Remove this for the next major release
module.exports["default"] = pathKey;


/***/ }),

/***/ 785:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// This is an empty module that is served up when outside of a workerd environment
// See the `exports` field in package.json
exports["default"] = {};
//# sourceMappingURL=empty.js.map

/***/ }),

/***/ 26122:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



//Parse method copied from https://github.com/brianc/node-postgres
//Copyright (c) 2010-2014 Brian Carlson (brian.m.carlson@gmail.com)
//MIT License

//parses a connection string
function parse(str, options = {}) {
  //unix socket
  if (str.charAt(0) === '/') {
    const config = str.split(' ')
    return { host: config[0], database: config[1] }
  }

  // Check for empty host in URL

  const config = Object.create(null)
  let result
  let dummyHost = false
  if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str)) {
    // Ensure spaces are encoded as %20
    str = encodeURI(str).replace(/%25(\d\d)/g, '%$1')
  }

  try {
    try {
      result = new URL(str, 'postgres://base')
    } catch (e) {
      // The URL is invalid so try again with a dummy host
      result = new URL(str.replace('@/', '@___DUMMY___/'), 'postgres://base')
      dummyHost = true
    }
  } catch (err) {
    // Remove the input from the error message to avoid leaking sensitive information
    err.input && (err.input = '*****REDACTED*****')
    throw err
  }

  // We'd like to use Object.fromEntries() here but Node.js 10 does not support it
  for (const entry of result.searchParams.entries()) {
    config[entry[0]] = entry[1]
  }

  config.user = config.user || decodeURIComponent(result.username)
  config.password = config.password || decodeURIComponent(result.password)

  if (result.protocol == 'socket:') {
    config.host = decodeURI(result.pathname)
    config.database = result.searchParams.get('db')
    config.client_encoding = result.searchParams.get('encoding')
    return config
  }
  const hostname = (dummyHost ? '' : result.hostname).replace(/^\[(.+)\]$/, '$1')
  if (!config.host) {
    // Only set the host if there is no equivalent query param.
    config.host = decodeURIComponent(hostname)
  } else if (hostname && /^%2f/i.test(hostname)) {
    // Only prepend the hostname to the pathname if it is not a URL encoded Unix socket host.
    result.pathname = hostname + result.pathname
  }
  if (!config.port) {
    // Only set the port if there is no equivalent query param.
    config.port = result.port
  }

  const pathname = result.pathname.slice(1) || null
  config.database = pathname ? decodeURI(pathname) : null

  if (config.ssl === 'true' || config.ssl === '1') {
    config.ssl = true
  }

  if (config.ssl === '0') {
    config.ssl = false
  }

  if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
    config.ssl = {}
  }

  // sslnegotiation=direct implies SSL is in use (libpq requires sslmode>=require),
  // so enable SSL if the connection string did not otherwise configure it.
  if (config.sslnegotiation === 'direct' && config.ssl === undefined) {
    config.ssl = true
  }

  // Only try to load fs if we expect to read from the disk
  const fs = config.sslcert || config.sslkey || config.sslrootcert ? __webpack_require__(79896) : null

  if (config.sslcert) {
    config.ssl.cert = fs.readFileSync(config.sslcert).toString()
  }

  if (config.sslkey) {
    config.ssl.key = fs.readFileSync(config.sslkey).toString()
  }

  if (config.sslrootcert) {
    config.ssl.ca = fs.readFileSync(config.sslrootcert).toString()
  }

  if (options.useLibpqCompat && config.uselibpqcompat) {
    throw new Error('Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.')
  }

  if (config.uselibpqcompat === 'true' || options.useLibpqCompat) {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer': {
        config.ssl.rejectUnauthorized = false
        break
      }
      case 'require': {
        if (config.sslrootcert) {
          // If a root CA is specified, behavior of `sslmode=require` will be the same as that of `verify-ca`
          config.ssl.checkServerIdentity = function () {}
        } else {
          config.ssl.rejectUnauthorized = false
        }
        break
      }
      case 'verify-ca': {
        if (!config.ssl.ca) {
          throw new Error(
            'SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security.'
          )
        }
        config.ssl.checkServerIdentity = function () {}
        break
      }
      case 'verify-full': {
        break
      }
    }
  } else {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer':
      case 'require':
      case 'verify-ca':
      case 'verify-full': {
        if (config.sslmode !== 'verify-full') {
          deprecatedSslModeWarning(config.sslmode)
        }
        break
      }
      case 'no-verify': {
        config.ssl.rejectUnauthorized = false
        break
      }
    }
  }

  return config
}

// convert pg-connection-string ssl config to a ClientConfig.ConnectionOptions
function toConnectionOptions(sslConfig) {
  const connectionOptions = Object.entries(sslConfig).reduce((c, [key, value]) => {
    // we explicitly check for undefined and null instead of `if (value)` because some
    // options accept falsy values. Example: `ssl.rejectUnauthorized = false`
    if (value !== undefined && value !== null) {
      c[key] = value
    }

    return c
  }, Object.create(null))

  return connectionOptions
}

// convert pg-connection-string config to a ClientConfig
function toClientConfig(config) {
  const poolConfig = Object.entries(config).reduce((c, [key, value]) => {
    if (key === 'ssl') {
      const sslConfig = value

      if (typeof sslConfig === 'boolean') {
        c[key] = sslConfig
      }

      if (typeof sslConfig === 'object') {
        c[key] = toConnectionOptions(sslConfig)
      }
    } else if (value !== undefined && value !== null) {
      if (key === 'port') {
        // when port is not specified, it is converted into an empty string
        // we want to avoid NaN or empty string as a values in ClientConfig
        if (value !== '') {
          const v = parseInt(value, 10)
          if (isNaN(v)) {
            throw new Error(`Invalid ${key}: ${value}`)
          }

          c[key] = v
        }
      } else {
        c[key] = value
      }
    }

    return c
  }, Object.create(null))

  return poolConfig
}

// parses a connection string into ClientConfig
function parseIntoClientConfig(str) {
  return toClientConfig(parse(str))
}

function deprecatedSslModeWarning(sslmode) {
  if (!deprecatedSslModeWarning.warned && typeof process !== 'undefined' && process.emitWarning) {
    deprecatedSslModeWarning.warned = true
    process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`)
  }
}

module.exports = parse

parse.parse = parse
parse.toClientConfig = toClientConfig
parse.parseIntoClientConfig = parseIntoClientConfig


/***/ }),

/***/ 62299:
/***/ ((module) => {



// selected so (BASE - 1) * 0x100000000 + 0xffffffff is a safe integer
var BASE = 1000000;

function readInt8(buffer) {
	var high = buffer.readInt32BE(0);
	var low = buffer.readUInt32BE(4);
	var sign = '';

	if (high < 0) {
		high = ~high + (low === 0);
		low = (~low + 1) >>> 0;
		sign = '-';
	}

	var result = '';
	var carry;
	var t;
	var digits;
	var pad;
	var l;
	var i;

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		t = 0x100000000 * carry + low;
		digits = '' + t % BASE;

		return sign + digits + result;
	}
}

module.exports = readInt8;


/***/ }),

/***/ 17558:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


const EventEmitter = (__webpack_require__(24434).EventEmitter)

const NOOP = function () {}

const removeWhere = (list, predicate) => {
  const i = list.findIndex(predicate)

  return i === -1 ? undefined : list.splice(i, 1)[0]
}

class IdleItem {
  constructor(client, idleListener, timeoutId) {
    this.client = client
    this.idleListener = idleListener
    this.timeoutId = timeoutId
  }
}

class PendingItem {
  constructor(callback) {
    this.callback = callback
  }
}

function throwOnDoubleRelease() {
  throw new Error('Release called on client which has already been released to the pool.')
}

function promisify(Promise, callback) {
  if (callback) {
    return { callback: callback, result: undefined }
  }
  let rej
  let res
  const cb = function (err, client) {
    err ? rej(err) : res(client)
  }
  const result = new Promise(function (resolve, reject) {
    res = resolve
    rej = reject
  }).catch((err) => {
    // replace the stack trace that leads to `TCP.onStreamRead` with one that leads back to the
    // application that created the query
    Error.captureStackTrace(err)
    throw err
  })
  return { callback: cb, result: result }
}

function makeIdleListener(pool, client) {
  return function idleListener(err) {
    err.client = client

    client.removeListener('error', idleListener)
    client.on('error', () => {
      pool.log('additional client error after disconnection due to error', err)
    })
    pool._remove(client)
    // TODO - document that once the pool emits an error
    // the client has already been closed & purged and is unusable
    pool.emit('error', err, client)
  }
}

class Pool extends EventEmitter {
  constructor(options, Client) {
    super()
    this.options = Object.assign({}, options)

    if (options != null && 'password' in options) {
      // "hiding" the password so it doesn't show up in stack traces
      // or if the client is console.logged
      Object.defineProperty(this.options, 'password', {
        configurable: true,
        enumerable: false,
        writable: true,
        value: options.password,
      })
    }
    if (options != null && options.ssl && options.ssl.key) {
      // "hiding" the ssl->key so it doesn't show up in stack traces
      // or if the client is console.logged
      Object.defineProperty(this.options.ssl, 'key', {
        enumerable: false,
      })
    }

    this.options.max = this.options.max || this.options.poolSize || 10
    this.options.min = this.options.min || 0
    this.options.maxUses = this.options.maxUses || Infinity
    this.options.allowExitOnIdle = this.options.allowExitOnIdle || false
    this.options.maxLifetimeSeconds = this.options.maxLifetimeSeconds || 0
    this.log = this.options.log || function () {}
    this.Client = this.options.Client || Client || (__webpack_require__(13273).Client)
    this.Promise = this.options.Promise || global.Promise

    if (typeof this.options.idleTimeoutMillis === 'undefined') {
      this.options.idleTimeoutMillis = 10000
    }

    this._clients = []
    this._idle = []
    this._expired = new WeakSet()
    this._pendingQueue = []
    this._endCallback = undefined
    this.ending = false
    this.ended = false
  }

  _promiseTry(f) {
    const Promise = this.Promise
    if (typeof Promise.try === 'function') {
      return Promise.try(f)
    }
    return new Promise((resolve) => resolve(f()))
  }

  _isFull() {
    return this._clients.length >= this.options.max
  }

  _isAboveMin() {
    return this._clients.length > this.options.min
  }

  _pulseQueue() {
    this.log('pulse queue')
    if (this.ended) {
      this.log('pulse queue ended')
      return
    }
    if (this.ending) {
      this.log('pulse queue on ending')
      if (this._idle.length) {
        this._idle.slice().map((item) => {
          this._remove(item.client)
        })
      }
      if (!this._clients.length) {
        this.ended = true
        this._endCallback()
      }
      return
    }

    // if we don't have any waiting, do nothing
    if (!this._pendingQueue.length) {
      this.log('no queued requests')
      return
    }
    // if we don't have any idle clients and we have no more room do nothing
    if (!this._idle.length && this._isFull()) {
      return
    }
    const pendingItem = this._pendingQueue.shift()
    if (this._idle.length) {
      const idleItem = this._idle.pop()
      clearTimeout(idleItem.timeoutId)
      const client = idleItem.client
      client.ref && client.ref()
      const idleListener = idleItem.idleListener

      return this._acquireClient(client, pendingItem, idleListener, false)
    }
    if (!this._isFull()) {
      return this.newClient(pendingItem)
    }
    throw new Error('unexpected condition')
  }

  _remove(client, callback) {
    const removed = removeWhere(this._idle, (item) => item.client === client)

    if (removed !== undefined) {
      clearTimeout(removed.timeoutId)
    }

    this._clients = this._clients.filter((c) => c !== client)
    const context = this
    client.end(() => {
      context.emit('remove', client)

      if (typeof callback === 'function') {
        callback()
      }
    })
  }

  connect(cb) {
    if (this.ending) {
      const err = new Error('Cannot use a pool after calling end on the pool')
      return cb ? cb(err) : this.Promise.reject(err)
    }

    const response = promisify(this.Promise, cb)
    const result = response.result

    // if we don't have to connect a new client, don't do so
    if (this._isFull() || this._idle.length) {
      // if we have idle clients schedule a pulse immediately
      if (this._idle.length) {
        process.nextTick(() => this._pulseQueue())
      }

      if (!this.options.connectionTimeoutMillis) {
        this._pendingQueue.push(new PendingItem(response.callback))
        return result
      }

      const queueCallback = (err, res, done) => {
        clearTimeout(tid)
        response.callback(err, res, done)
      }

      const pendingItem = new PendingItem(queueCallback)

      // set connection timeout on checking out an existing client
      const tid = setTimeout(() => {
        // remove the callback from pending waiters because
        // we're going to call it with a timeout error
        removeWhere(this._pendingQueue, (i) => i.callback === queueCallback)
        pendingItem.timedOut = true
        response.callback(new Error('timeout exceeded when trying to connect'))
      }, this.options.connectionTimeoutMillis)

      if (tid.unref) {
        tid.unref()
      }

      this._pendingQueue.push(pendingItem)
      return result
    }

    this.newClient(new PendingItem(response.callback))

    return result
  }

  newClient(pendingItem) {
    const client = new this.Client(this.options)
    this._clients.push(client)
    const idleListener = makeIdleListener(this, client)

    this.log('checking client timeout')

    // connection timeout logic
    let tid
    let timeoutHit = false
    if (this.options.connectionTimeoutMillis) {
      tid = setTimeout(() => {
        if (client.connection) {
          this.log('ending client due to timeout')
          timeoutHit = true
          client.connection.stream.destroy()
        } else if (!client.isConnected()) {
          this.log('ending client due to timeout')
          timeoutHit = true
          // force kill the node driver, and let libpq do its teardown
          client.end()
        }
      }, this.options.connectionTimeoutMillis)
    }

    this.log('connecting new client')
    client.connect((err) => {
      if (tid) {
        clearTimeout(tid)
      }
      client.on('error', idleListener)
      if (err) {
        this.log('client failed to connect', err)
        // remove the dead client from our list of clients
        this._clients = this._clients.filter((c) => c !== client)
        if (timeoutHit) {
          err = new Error('Connection terminated due to connection timeout', { cause: err })
        }

        // this client won’t be released, so move on immediately
        this._pulseQueue()

        if (!pendingItem.timedOut) {
          pendingItem.callback(err, undefined, NOOP)
        }
      } else {
        this.log('new client connected')

        if (this.options.onConnect) {
          this._promiseTry(() => this.options.onConnect(client)).then(
            () => {
              this._afterConnect(client, pendingItem, idleListener)
            },
            (hookErr) => {
              this._clients = this._clients.filter((c) => c !== client)
              client.end(() => {
                this._pulseQueue()
                if (!pendingItem.timedOut) {
                  pendingItem.callback(hookErr, undefined, NOOP)
                }
              })
            }
          )
          return
        }

        return this._afterConnect(client, pendingItem, idleListener)
      }
    })
  }

  _afterConnect(client, pendingItem, idleListener) {
    if (this.options.maxLifetimeSeconds !== 0) {
      const maxLifetimeTimeout = setTimeout(() => {
        this.log('ending client due to expired lifetime')
        this._expired.add(client)
        const idleIndex = this._idle.findIndex((idleItem) => idleItem.client === client)
        if (idleIndex !== -1) {
          this._acquireClient(
            client,
            new PendingItem((err, client, clientRelease) => clientRelease()),
            idleListener,
            false
          )
        }
      }, this.options.maxLifetimeSeconds * 1000)

      maxLifetimeTimeout.unref()
      client.once('end', () => clearTimeout(maxLifetimeTimeout))
    }

    return this._acquireClient(client, pendingItem, idleListener, true)
  }

  // acquire a client for a pending work item
  _acquireClient(client, pendingItem, idleListener, isNew) {
    if (isNew) {
      this.emit('connect', client)
    }

    this.emit('acquire', client)

    client.release = this._releaseOnce(client, idleListener)

    client.removeListener('error', idleListener)

    if (!pendingItem.timedOut) {
      if (isNew && this.options.verify) {
        this.options.verify(client, (err) => {
          if (err) {
            client.release(err)
            return pendingItem.callback(err, undefined, NOOP)
          }

          pendingItem.callback(undefined, client, client.release)
        })
      } else {
        pendingItem.callback(undefined, client, client.release)
      }
    } else {
      if (isNew && this.options.verify) {
        this.options.verify(client, client.release)
      } else {
        client.release()
      }
    }
  }

  // returns a function that wraps _release and throws if called more than once
  _releaseOnce(client, idleListener) {
    let released = false

    return (err) => {
      if (released) {
        throwOnDoubleRelease()
      }

      released = true
      this._release(client, idleListener, err)
    }
  }

  // release a client back to the poll, include an error
  // to remove it from the pool
  _release(client, idleListener, err) {
    client.on('error', idleListener)

    client._poolUseCount = (client._poolUseCount || 0) + 1

    this.emit('release', err, client)

    // TODO(bmc): expose a proper, public interface _queryable and _ending
    if (err || this.ending || !client._queryable || client._ending || client._poolUseCount >= this.options.maxUses) {
      if (client._poolUseCount >= this.options.maxUses) {
        this.log('remove expended client')
      }

      return this._remove(client, this._pulseQueue.bind(this))
    }

    const isExpired = this._expired.has(client)
    if (isExpired) {
      this.log('remove expired client')
      this._expired.delete(client)
      return this._remove(client, this._pulseQueue.bind(this))
    }

    // idle timeout
    let tid
    if (this.options.idleTimeoutMillis && this._isAboveMin()) {
      tid = setTimeout(() => {
        if (this._isAboveMin()) {
          this.log('remove idle client')
          this._remove(client, this._pulseQueue.bind(this))
        }
      }, this.options.idleTimeoutMillis)

      if (this.options.allowExitOnIdle) {
        // allow Node to exit if this is all that's left
        tid.unref()
      }
    }

    if (this.options.allowExitOnIdle) {
      client.unref()
    }

    this._idle.push(new IdleItem(client, idleListener, tid))
    this._pulseQueue()
  }

  query(text, values, cb) {
    // guard clause against passing a function as the first parameter
    if (typeof text === 'function') {
      const response = promisify(this.Promise, text)
      setImmediate(function () {
        return response.callback(new Error('Passing a function as the first parameter to pool.query is not supported'))
      })
      return response.result
    }

    // allow plain text query without values, but callback
    if (typeof values === 'function') {
      cb = values
      values = undefined
    }
    const response = promisify(this.Promise, cb)
    cb = response.callback

    this.connect((err, client) => {
      if (err) {
        return cb(err)
      }

      let clientReleased = false
      const onError = (err) => {
        if (clientReleased) {
          return
        }
        clientReleased = true
        client.release(err)
        cb(err)
      }

      client.once('error', onError)
      this.log('dispatching query')
      try {
        client.query(text, values, (err, res) => {
          this.log('query dispatched')
          client.removeListener('error', onError)
          if (clientReleased) {
            return
          }
          clientReleased = true
          client.release(err)
          if (err) {
            return cb(err)
          }
          return cb(undefined, res)
        })
      } catch (err) {
        client.release(err)
        return cb(err)
      }
    })
    return response.result
  }

  end(cb) {
    this.log('ending')
    if (this.ending) {
      const err = new Error('Called end on pool more than once')
      return cb ? cb(err) : this.Promise.reject(err)
    }
    this.ending = true
    const promised = promisify(this.Promise, cb)
    this._endCallback = promised.callback
    this._pulseQueue()
    return promised.result
  }

  get waitingCount() {
    return this._pendingQueue.length
  }

  get idleCount() {
    return this._idle.length
  }

  get expiredCount() {
    return this._clients.reduce((acc, client) => acc + (this._expired.has(client) ? 1 : 0), 0)
  }

  get totalCount() {
    return this._clients.length
  }
}
module.exports = Pool


/***/ }),

/***/ 19971:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BufferReader = void 0;
class BufferReader {
    constructor(offset = 0) {
        this.offset = offset;
        this.buffer = Buffer.allocUnsafe(0);
        // TODO(bmc): support non-utf8 encoding?
        this.encoding = 'utf-8';
    }
    setBuffer(offset, buffer) {
        this.offset = offset;
        this.buffer = buffer;
    }
    int16() {
        const result = this.buffer.readInt16BE(this.offset);
        this.offset += 2;
        return result;
    }
    byte() {
        const result = this.buffer[this.offset];
        this.offset++;
        return result;
    }
    int32() {
        const result = this.buffer.readInt32BE(this.offset);
        this.offset += 4;
        return result;
    }
    uint32() {
        const result = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return result;
    }
    string(length) {
        const result = this.buffer.toString(this.encoding, this.offset, this.offset + length);
        this.offset += length;
        return result;
    }
    cstring() {
        const start = this.offset;
        let end = start;
        // eslint-disable-next-line no-empty
        while (this.buffer[end++]) { }
        this.offset = end;
        return this.buffer.toString(this.encoding, start, end - 1);
    }
    bytes(length) {
        const result = this.buffer.slice(this.offset, this.offset + length);
        this.offset += length;
        return result;
    }
}
exports.BufferReader = BufferReader;
//# sourceMappingURL=buffer-reader.js.map

/***/ }),

/***/ 49315:
/***/ ((__unused_webpack_module, exports) => {


//binary data writer tuned for encoding binary specific to the postgres binary protocol
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Writer = void 0;
class Writer {
    constructor(size = 256) {
        this.size = size;
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(size);
    }
    ensure(size) {
        const remaining = this.buffer.length - this.offset;
        if (remaining < size) {
            const oldBuffer = this.buffer;
            // exponential growth factor of around ~ 1.5
            // https://stackoverflow.com/questions/2269063/buffer-growth-strategy
            const newSize = oldBuffer.length + (oldBuffer.length >> 1) + size;
            this.buffer = Buffer.allocUnsafe(newSize);
            oldBuffer.copy(this.buffer, 0, 0, this.offset);
        }
    }
    addInt32(num) {
        this.ensure(4);
        this.buffer[this.offset++] = (num >>> 24) & 0xff;
        this.buffer[this.offset++] = (num >>> 16) & 0xff;
        this.buffer[this.offset++] = (num >>> 8) & 0xff;
        this.buffer[this.offset++] = (num >>> 0) & 0xff;
        return this;
    }
    addInt16(num) {
        this.ensure(2);
        this.buffer[this.offset++] = (num >>> 8) & 0xff;
        this.buffer[this.offset++] = (num >>> 0) & 0xff;
        return this;
    }
    addCString(string) {
        if (!string) {
            this.ensure(1);
        }
        else {
            const len = Buffer.byteLength(string);
            this.ensure(len + 1); // +1 for null terminator
            this.buffer.write(string, this.offset, 'utf-8');
            this.offset += len;
        }
        this.buffer[this.offset++] = 0; // null terminator
        return this;
    }
    addString(string = '') {
        const len = Buffer.byteLength(string);
        this.ensure(len);
        this.buffer.write(string, this.offset);
        this.offset += len;
        return this;
    }
    // Write an Int32 byte-length prefix immediately followed by the string's UTF-8
    // bytes. Postgres' Bind wire format prefixes every parameter with its length,
    // and doing it in one method computes Buffer.byteLength ONCE — the previous
    // `addInt32(Buffer.byteLength(s)).addString(s)` pairing scanned the string
    // three times (byteLength for the prefix, byteLength again inside addString,
    // then the encode), which is costly for large text parameters.
    addInt32PrefixedString(string) {
        const len = Buffer.byteLength(string);
        this.ensure(4 + len);
        const buffer = this.buffer;
        let offset = this.offset;
        buffer[offset++] = (len >>> 24) & 0xff;
        buffer[offset++] = (len >>> 16) & 0xff;
        buffer[offset++] = (len >>> 8) & 0xff;
        buffer[offset++] = (len >>> 0) & 0xff;
        buffer.write(string, offset, 'utf-8');
        this.offset = offset + len;
        return this;
    }
    add(otherBuffer) {
        this.ensure(otherBuffer.length);
        otherBuffer.copy(this.buffer, this.offset);
        this.offset += otherBuffer.length;
        return this;
    }
    /**
     * Appends an uninitialized block of {@link size} bytes to the buffer and returns its offset.
     */
    reserveUnsafe(size) {
        const offset = this.offset;
        this.ensure(size);
        this.offset += size;
        return offset;
    }
    join(code) {
        if (code) {
            this.buffer[this.headerPosition] = code;
            //length is everything in this packet minus the code
            const length = this.offset - (this.headerPosition + 1);
            this.buffer.writeInt32BE(length, this.headerPosition + 1);
        }
        return this.buffer.slice(code ? 0 : 5, this.offset);
    }
    flush(code) {
        const result = this.join(code);
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(this.size);
        return result;
    }
    clear() {
        this.offset = 5;
        this.headerPosition = 0;
    }
}
exports.Writer = Writer;
//# sourceMappingURL=buffer-writer.js.map

/***/ }),

/***/ 74233:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DatabaseError = exports.serialize = void 0;
exports.parse = parse;
const messages_1 = __webpack_require__(85809);
Object.defineProperty(exports, "DatabaseError", ({ enumerable: true, get: function () { return messages_1.DatabaseError; } }));
const serializer_1 = __webpack_require__(76513);
Object.defineProperty(exports, "serialize", ({ enumerable: true, get: function () { return serializer_1.serialize; } }));
const parser_1 = __webpack_require__(43318);
function parse(stream, callback) {
    const parser = new parser_1.Parser();
    stream.on('data', (buffer) => parser.parse(buffer, callback));
    return new Promise((resolve) => stream.on('end', () => resolve()));
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 85809:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoticeMessage = exports.DataRowMessage = exports.CommandCompleteMessage = exports.ReadyForQueryMessage = exports.NotificationResponseMessage = exports.BackendKeyDataMessage = exports.AuthenticationMD5Password = exports.ParameterStatusMessage = exports.ParameterDescriptionMessage = exports.RowDescriptionMessage = exports.Field = exports.CopyResponse = exports.CopyDataMessage = exports.DatabaseError = exports.copyDone = exports.emptyQuery = exports.replicationStart = exports.portalSuspended = exports.noData = exports.closeComplete = exports.bindComplete = exports.parseComplete = void 0;
exports.parseComplete = {
    name: 'parseComplete',
    length: 5,
};
exports.bindComplete = {
    name: 'bindComplete',
    length: 5,
};
exports.closeComplete = {
    name: 'closeComplete',
    length: 5,
};
exports.noData = {
    name: 'noData',
    length: 5,
};
exports.portalSuspended = {
    name: 'portalSuspended',
    length: 5,
};
exports.replicationStart = {
    name: 'replicationStart',
    length: 4,
};
exports.emptyQuery = {
    name: 'emptyQuery',
    length: 4,
};
exports.copyDone = {
    name: 'copyDone',
    length: 4,
};
class DatabaseError extends Error {
    constructor(message, length, name) {
        super(message);
        this.length = length;
        this.name = name;
    }
}
exports.DatabaseError = DatabaseError;
class CopyDataMessage {
    constructor(length, chunk) {
        this.length = length;
        this.chunk = chunk;
        this.name = 'copyData';
    }
}
exports.CopyDataMessage = CopyDataMessage;
class CopyResponse {
    constructor(length, name, binary, columnCount) {
        this.length = length;
        this.name = name;
        this.binary = binary;
        this.columnTypes = new Array(columnCount);
    }
}
exports.CopyResponse = CopyResponse;
class Field {
    constructor(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, format) {
        this.name = name;
        this.tableID = tableID;
        this.columnID = columnID;
        this.dataTypeID = dataTypeID;
        this.dataTypeSize = dataTypeSize;
        this.dataTypeModifier = dataTypeModifier;
        this.format = format;
    }
}
exports.Field = Field;
class RowDescriptionMessage {
    constructor(length, fieldCount) {
        this.length = length;
        this.fieldCount = fieldCount;
        this.name = 'rowDescription';
        this.fields = new Array(this.fieldCount);
    }
}
exports.RowDescriptionMessage = RowDescriptionMessage;
class ParameterDescriptionMessage {
    constructor(length, parameterCount) {
        this.length = length;
        this.parameterCount = parameterCount;
        this.name = 'parameterDescription';
        this.dataTypeIDs = new Array(this.parameterCount);
    }
}
exports.ParameterDescriptionMessage = ParameterDescriptionMessage;
class ParameterStatusMessage {
    constructor(length, parameterName, parameterValue) {
        this.length = length;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
        this.name = 'parameterStatus';
    }
}
exports.ParameterStatusMessage = ParameterStatusMessage;
class AuthenticationMD5Password {
    constructor(length, salt) {
        this.length = length;
        this.salt = salt;
        this.name = 'authenticationMD5Password';
    }
}
exports.AuthenticationMD5Password = AuthenticationMD5Password;
class BackendKeyDataMessage {
    constructor(length, processID, secretKey) {
        this.length = length;
        this.processID = processID;
        this.secretKey = secretKey;
        this.name = 'backendKeyData';
    }
}
exports.BackendKeyDataMessage = BackendKeyDataMessage;
class NotificationResponseMessage {
    constructor(length, processId, channel, payload) {
        this.length = length;
        this.processId = processId;
        this.channel = channel;
        this.payload = payload;
        this.name = 'notification';
    }
}
exports.NotificationResponseMessage = NotificationResponseMessage;
class ReadyForQueryMessage {
    constructor(length, status) {
        this.length = length;
        this.status = status;
        this.name = 'readyForQuery';
    }
}
exports.ReadyForQueryMessage = ReadyForQueryMessage;
class CommandCompleteMessage {
    constructor(length, text) {
        this.length = length;
        this.text = text;
        this.name = 'commandComplete';
    }
}
exports.CommandCompleteMessage = CommandCompleteMessage;
class DataRowMessage {
    constructor(length, fields) {
        this.length = length;
        this.fields = fields;
        this.name = 'dataRow';
        this.fieldCount = fields.length;
    }
}
exports.DataRowMessage = DataRowMessage;
class NoticeMessage {
    constructor(length, message) {
        this.length = length;
        this.message = message;
        this.name = 'notice';
    }
}
exports.NoticeMessage = NoticeMessage;
//# sourceMappingURL=messages.js.map

/***/ }),

/***/ 43318:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const messages_1 = __webpack_require__(85809);
const buffer_reader_1 = __webpack_require__(19971);
// every message is prefixed with a single byte
const CODE_LENGTH = 1;
// every message has an int32 length which includes itself but does
// NOT include the code in the length
const LEN_LENGTH = 4;
const HEADER_LENGTH = CODE_LENGTH + LEN_LENGTH;
// A placeholder for a `BackendMessage`’s length value that will be set after construction.
const LATEINIT_LENGTH = -1;
const emptyBuffer = Buffer.allocUnsafe(0);
class Parser {
    constructor(opts) {
        this.buffer = emptyBuffer;
        this.bufferLength = 0;
        this.bufferOffset = 0;
        this.reader = new buffer_reader_1.BufferReader();
        if ((opts === null || opts === void 0 ? void 0 : opts.mode) === 'binary') {
            throw new Error('Binary mode not supported yet');
        }
        this.mode = (opts === null || opts === void 0 ? void 0 : opts.mode) || 'text';
    }
    parse(buffer, callback) {
        this.mergeBuffer(buffer);
        const bufferFullLength = this.bufferOffset + this.bufferLength;
        let offset = this.bufferOffset;
        while (offset + HEADER_LENGTH <= bufferFullLength) {
            // code is 1 byte long - it identifies the message type
            const code = this.buffer[offset];
            // length is 1 Uint32BE - it is the length of the message EXCLUDING the code
            const length = this.buffer.readUInt32BE(offset + CODE_LENGTH);
            const fullMessageLength = CODE_LENGTH + length;
            if (fullMessageLength + offset <= bufferFullLength) {
                const message = this.handlePacket(offset + HEADER_LENGTH, code, length, this.buffer);
                callback(message);
                offset += fullMessageLength;
            }
            else {
                break;
            }
        }
        if (offset === bufferFullLength) {
            // No more use for the buffer
            this.buffer = emptyBuffer;
            this.bufferLength = 0;
            this.bufferOffset = 0;
        }
        else {
            // Adjust the cursors of remainingBuffer
            this.bufferLength = bufferFullLength - offset;
            this.bufferOffset = offset;
        }
    }
    mergeBuffer(buffer) {
        if (this.bufferLength > 0) {
            const newLength = this.bufferLength + buffer.byteLength;
            const newFullLength = newLength + this.bufferOffset;
            if (newFullLength > this.buffer.byteLength) {
                // We can't concat the new buffer with the remaining one
                let newBuffer;
                if (newLength <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) {
                    // We can move the relevant part to the beginning of the buffer instead of allocating a new buffer
                    newBuffer = this.buffer;
                }
                else {
                    // Allocate a new larger buffer
                    let newBufferLength = this.buffer.byteLength * 2;
                    while (newLength >= newBufferLength) {
                        newBufferLength *= 2;
                    }
                    newBuffer = Buffer.allocUnsafe(newBufferLength);
                }
                // Move the remaining buffer to the new one
                this.buffer.copy(newBuffer, 0, this.bufferOffset, this.bufferOffset + this.bufferLength);
                this.buffer = newBuffer;
                this.bufferOffset = 0;
            }
            // Concat the new buffer with the remaining one
            buffer.copy(this.buffer, this.bufferOffset + this.bufferLength);
            this.bufferLength = newLength;
        }
        else {
            this.buffer = buffer;
            this.bufferOffset = 0;
            this.bufferLength = buffer.byteLength;
        }
    }
    handlePacket(offset, code, length, bytes) {
        const { reader } = this;
        // NOTE: This undesirably retains the buffer in `this.reader` if the `parse*Message` calls below throw. However, those should only throw in the case of a protocol error, which normally results in the reader being discarded.
        reader.setBuffer(offset, bytes);
        let message;
        switch (code) {
            case 50 /* MessageCodes.BindComplete */:
                message = messages_1.bindComplete;
                break;
            case 49 /* MessageCodes.ParseComplete */:
                message = messages_1.parseComplete;
                break;
            case 51 /* MessageCodes.CloseComplete */:
                message = messages_1.closeComplete;
                break;
            case 110 /* MessageCodes.NoData */:
                message = messages_1.noData;
                break;
            case 115 /* MessageCodes.PortalSuspended */:
                message = messages_1.portalSuspended;
                break;
            case 99 /* MessageCodes.CopyDone */:
                message = messages_1.copyDone;
                break;
            case 87 /* MessageCodes.ReplicationStart */:
                message = messages_1.replicationStart;
                break;
            case 73 /* MessageCodes.EmptyQuery */:
                message = messages_1.emptyQuery;
                break;
            case 68 /* MessageCodes.DataRow */:
                message = parseDataRowMessage(reader);
                break;
            case 67 /* MessageCodes.CommandComplete */:
                message = parseCommandCompleteMessage(reader);
                break;
            case 90 /* MessageCodes.ReadyForQuery */:
                message = parseReadyForQueryMessage(reader);
                break;
            case 65 /* MessageCodes.NotificationResponse */:
                message = parseNotificationMessage(reader);
                break;
            case 82 /* MessageCodes.AuthenticationResponse */:
                message = parseAuthenticationResponse(reader, length);
                break;
            case 83 /* MessageCodes.ParameterStatus */:
                message = parseParameterStatusMessage(reader);
                break;
            case 75 /* MessageCodes.BackendKeyData */:
                message = parseBackendKeyData(reader);
                break;
            case 69 /* MessageCodes.ErrorMessage */:
                message = parseErrorMessage(reader, 'error');
                break;
            case 78 /* MessageCodes.NoticeMessage */:
                message = parseErrorMessage(reader, 'notice');
                break;
            case 84 /* MessageCodes.RowDescriptionMessage */:
                message = parseRowDescriptionMessage(reader);
                break;
            case 116 /* MessageCodes.ParameterDescriptionMessage */:
                message = parseParameterDescriptionMessage(reader);
                break;
            case 71 /* MessageCodes.CopyIn */:
                message = parseCopyInMessage(reader);
                break;
            case 72 /* MessageCodes.CopyOut */:
                message = parseCopyOutMessage(reader);
                break;
            case 100 /* MessageCodes.CopyData */:
                message = parseCopyData(reader, length);
                break;
            default:
                return new messages_1.DatabaseError('received invalid response: ' + code.toString(16), length, 'error');
        }
        reader.setBuffer(0, emptyBuffer);
        message.length = length;
        return message;
    }
}
exports.Parser = Parser;
const parseReadyForQueryMessage = (reader) => {
    const status = reader.string(1);
    return new messages_1.ReadyForQueryMessage(LATEINIT_LENGTH, status);
};
const parseCommandCompleteMessage = (reader) => {
    const text = reader.cstring();
    return new messages_1.CommandCompleteMessage(LATEINIT_LENGTH, text);
};
const parseCopyData = (reader, length) => {
    const chunk = reader.bytes(length - 4);
    return new messages_1.CopyDataMessage(LATEINIT_LENGTH, chunk);
};
const parseCopyInMessage = (reader) => parseCopyMessage(reader, 'copyInResponse');
const parseCopyOutMessage = (reader) => parseCopyMessage(reader, 'copyOutResponse');
const parseCopyMessage = (reader, messageName) => {
    const isBinary = reader.byte() !== 0;
    const columnCount = reader.int16();
    const message = new messages_1.CopyResponse(LATEINIT_LENGTH, messageName, isBinary, columnCount);
    for (let i = 0; i < columnCount; i++) {
        message.columnTypes[i] = reader.int16();
    }
    return message;
};
const parseNotificationMessage = (reader) => {
    const processId = reader.int32();
    const channel = reader.cstring();
    const payload = reader.cstring();
    return new messages_1.NotificationResponseMessage(LATEINIT_LENGTH, processId, channel, payload);
};
const parseRowDescriptionMessage = (reader) => {
    const fieldCount = reader.int16();
    const message = new messages_1.RowDescriptionMessage(LATEINIT_LENGTH, fieldCount);
    for (let i = 0; i < fieldCount; i++) {
        message.fields[i] = parseField(reader);
    }
    return message;
};
const parseField = (reader) => {
    const name = reader.cstring();
    const tableID = reader.uint32();
    const columnID = reader.int16();
    const dataTypeID = reader.uint32();
    const dataTypeSize = reader.int16();
    const dataTypeModifier = reader.int32();
    const mode = reader.int16() === 0 ? 'text' : 'binary';
    return new messages_1.Field(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, mode);
};
const parseParameterDescriptionMessage = (reader) => {
    const parameterCount = reader.int16();
    const message = new messages_1.ParameterDescriptionMessage(LATEINIT_LENGTH, parameterCount);
    for (let i = 0; i < parameterCount; i++) {
        // OIDs are unsigned, same as dataTypeID in parseField above
        message.dataTypeIDs[i] = reader.uint32();
    }
    return message;
};
const parseDataRowMessage = (reader) => {
    const fieldCount = reader.int16();
    const fields = new Array(fieldCount);
    for (let i = 0; i < fieldCount; i++) {
        const len = reader.int32();
        // a -1 for length means the value of the field is null
        fields[i] = len === -1 ? null : reader.string(len);
    }
    return new messages_1.DataRowMessage(LATEINIT_LENGTH, fields);
};
const parseParameterStatusMessage = (reader) => {
    const name = reader.cstring();
    const value = reader.cstring();
    return new messages_1.ParameterStatusMessage(LATEINIT_LENGTH, name, value);
};
const parseBackendKeyData = (reader) => {
    const processID = reader.int32();
    const secretKey = reader.int32();
    return new messages_1.BackendKeyDataMessage(LATEINIT_LENGTH, processID, secretKey);
};
const parseAuthenticationResponse = (reader, length) => {
    const code = reader.int32();
    // TODO(bmc): maybe better types here
    const message = {
        name: 'authenticationOk',
        length,
    };
    switch (code) {
        case 0: // AuthenticationOk
            break;
        case 3: // AuthenticationCleartextPassword
            if (message.length === 8) {
                message.name = 'authenticationCleartextPassword';
            }
            break;
        case 5: // AuthenticationMD5Password
            if (message.length === 12) {
                message.name = 'authenticationMD5Password';
                const salt = reader.bytes(4);
                return new messages_1.AuthenticationMD5Password(LATEINIT_LENGTH, salt);
            }
            break;
        case 10: // AuthenticationSASL
            {
                message.name = 'authenticationSASL';
                message.mechanisms = [];
                let mechanism;
                do {
                    mechanism = reader.cstring();
                    if (mechanism) {
                        message.mechanisms.push(mechanism);
                    }
                } while (mechanism);
            }
            break;
        case 11: // AuthenticationSASLContinue
            message.name = 'authenticationSASLContinue';
            message.data = reader.string(length - 8);
            break;
        case 12: // AuthenticationSASLFinal
            message.name = 'authenticationSASLFinal';
            message.data = reader.string(length - 8);
            break;
        default:
            throw new Error('Unknown authenticationOk message type ' + code);
    }
    return message;
};
const parseErrorMessage = (reader, name) => {
    const fields = {};
    let fieldType = reader.string(1);
    while (fieldType !== '\0') {
        fields[fieldType] = reader.cstring();
        fieldType = reader.string(1);
    }
    const messageValue = fields.M;
    const message = name === 'notice'
        ? new messages_1.NoticeMessage(LATEINIT_LENGTH, messageValue)
        : new messages_1.DatabaseError(messageValue, LATEINIT_LENGTH, name);
    message.severity = fields.S;
    message.code = fields.C;
    message.detail = fields.D;
    message.hint = fields.H;
    message.position = fields.P;
    message.internalPosition = fields.p;
    message.internalQuery = fields.q;
    message.where = fields.W;
    message.schema = fields.s;
    message.table = fields.t;
    message.column = fields.c;
    message.dataType = fields.d;
    message.constraint = fields.n;
    message.file = fields.F;
    message.line = fields.L;
    message.routine = fields.R;
    return message;
};
//# sourceMappingURL=parser.js.map

/***/ }),

/***/ 76513:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.serialize = void 0;
const buffer_writer_1 = __webpack_require__(49315);
const writer = new buffer_writer_1.Writer();
const startup = (opts) => {
    // protocol version
    writer.addInt16(3).addInt16(0);
    for (const key of Object.keys(opts)) {
        writer.addCString(key).addCString(opts[key]);
    }
    writer.addCString('client_encoding').addCString('UTF8');
    const bodyBuffer = writer.addCString('').flush();
    // this message is sent without a code
    const length = bodyBuffer.length + 4;
    return new buffer_writer_1.Writer().addInt32(length).add(bodyBuffer).flush();
};
const requestSsl = () => {
    const response = Buffer.allocUnsafe(8);
    response.writeInt32BE(8, 0);
    response.writeInt32BE(80877103, 4);
    return response;
};
const password = (password) => {
    return writer.addCString(password).flush(112 /* code.startup */);
};
const sendSASLInitialResponseMessage = function (mechanism, initialResponse) {
    // 0x70 = 'p'
    writer.addCString(mechanism).addInt32PrefixedString(initialResponse);
    return writer.flush(112 /* code.startup */);
};
const sendSCRAMClientFinalMessage = function (additionalData) {
    return writer.addString(additionalData).flush(112 /* code.startup */);
};
const query = (text) => {
    return writer.addCString(text).flush(81 /* code.query */);
};
const emptyArray = [];
const parse = (query) => {
    // expect something like this:
    // { name: 'queryName',
    //   text: 'select * from blah',
    //   types: ['int8', 'bool'] }
    // normalize missing query names to allow for null
    const name = query.name || '';
    if (name.length > 63) {
        console.error('Warning! Postgres only supports 63 characters for query names.');
        console.error('You supplied %s (%s)', name, name.length);
        console.error('This can cause conflicts and silent errors executing queries');
    }
    const types = query.types || emptyArray;
    const len = types.length;
    const buffer = writer
        .addCString(name) // name of query
        .addCString(query.text) // actual query text
        .addInt16(len);
    for (let i = 0; i < len; i++) {
        buffer.addInt32(types[i]);
    }
    return writer.flush(80 /* code.parse */);
};
const writeValues = function (values, valueMapper, formatsOffset) {
    const len = values.length;
    for (let i = 0; i < len; i++) {
        const mappedVal = valueMapper ? valueMapper(values[i], i) : values[i];
        let formatByte = 0 /* ParamType.STRING */;
        if (mappedVal == null) {
            // write -1 to indicate null
            writer.addInt32(-1);
        }
        else if (mappedVal instanceof Buffer) {
            formatByte = 1 /* ParamType.BINARY */;
            // add the buffer to the param writer
            writer.addInt32(mappedVal.length);
            writer.add(mappedVal);
        }
        else {
            // length prefix + UTF-8 bytes in one pass (Buffer.byteLength computed once)
            writer.addInt32PrefixedString(mappedVal);
        }
        // beware: `writer` operations can replace `writer.buffer` with a new buffer
        const buf = writer.buffer;
        buf[formatsOffset++] = 0;
        buf[formatsOffset++] = formatByte;
    }
};
const bind = (config = {}) => {
    // normalize config
    const portal = config.portal || '';
    const statement = config.statement || '';
    const binary = config.binary || false;
    const values = config.values || emptyArray;
    const len = values.length;
    writer.addCString(portal).addCString(statement);
    // number of parameter format codes
    writer.addInt16(len);
    // space for those codes, filled by `writeValues`
    const formatsOffset = writer.reserveUnsafe(len * 2);
    // number of parameter values
    writer.addInt16(len);
    try {
        writeValues(values, config.valueMapper, formatsOffset);
    }
    catch (err) {
        writer.clear();
        throw err;
    }
    // all results use the same format code
    writer.addInt16(1);
    // format code
    writer.addInt16(binary ? 1 /* ParamType.BINARY */ : 0 /* ParamType.STRING */);
    return writer.flush(66 /* code.bind */);
};
const emptyExecute = Buffer.from([69 /* code.execute */, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00]);
const execute = (config) => {
    // this is the happy path for most queries
    if (!config || (!config.portal && !config.rows)) {
        return emptyExecute;
    }
    const portal = config.portal || '';
    const rows = config.rows || 0;
    const portalLength = Buffer.byteLength(portal);
    const len = 4 + portalLength + 1 + 4;
    // one extra bit for code
    const buff = Buffer.allocUnsafe(1 + len);
    buff[0] = 69 /* code.execute */;
    buff.writeInt32BE(len, 1);
    buff.write(portal, 5, 'utf-8');
    buff[portalLength + 5] = 0; // null terminate portal cString
    buff.writeUInt32BE(rows, buff.length - 4);
    return buff;
};
const cancel = (processID, secretKey) => {
    const buffer = Buffer.allocUnsafe(16);
    buffer.writeInt32BE(16, 0);
    buffer.writeInt16BE(1234, 4);
    buffer.writeInt16BE(5678, 6);
    buffer.writeInt32BE(processID, 8);
    buffer.writeInt32BE(secretKey, 12);
    return buffer;
};
const cstringMessage = (code, string) => {
    const stringLen = Buffer.byteLength(string);
    const len = 4 + stringLen + 1;
    // one extra bit for code
    const buffer = Buffer.allocUnsafe(1 + len);
    buffer[0] = code;
    buffer.writeInt32BE(len, 1);
    buffer.write(string, 5, 'utf-8');
    buffer[len] = 0; // null terminate cString
    return buffer;
};
const emptyDescribePortal = writer.addCString('P').flush(68 /* code.describe */);
const emptyDescribeStatement = writer.addCString('S').flush(68 /* code.describe */);
const describe = (msg) => {
    return msg.name
        ? cstringMessage(68 /* code.describe */, `${msg.type}${msg.name || ''}`)
        : msg.type === 'P'
            ? emptyDescribePortal
            : emptyDescribeStatement;
};
const close = (msg) => {
    const text = `${msg.type}${msg.name || ''}`;
    return cstringMessage(67 /* code.close */, text);
};
const copyData = (chunk) => {
    return writer.add(chunk).flush(100 /* code.copyFromChunk */);
};
const copyFail = (message) => {
    return cstringMessage(102 /* code.copyFail */, message);
};
const codeOnlyBuffer = (code) => Buffer.from([code, 0x00, 0x00, 0x00, 0x04]);
const flushBuffer = codeOnlyBuffer(72 /* code.flush */);
const syncBuffer = codeOnlyBuffer(83 /* code.sync */);
const endBuffer = codeOnlyBuffer(88 /* code.end */);
const copyDoneBuffer = codeOnlyBuffer(99 /* code.copyDone */);
const serialize = {
    startup,
    password,
    requestSsl,
    sendSASLInitialResponseMessage,
    sendSCRAMClientFinalMessage,
    query,
    parse,
    bind,
    execute,
    describe,
    close,
    flush: () => flushBuffer,
    sync: () => syncBuffer,
    end: () => endBuffer,
    copyData,
    copyDone: () => copyDoneBuffer,
    copyFail,
    cancel,
};
exports.serialize = serialize;
//# sourceMappingURL=serializer.js.map

/***/ }),

/***/ 11549:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var textParsers = __webpack_require__(74784);
var binaryParsers = __webpack_require__(87522);
var arrayParser = __webpack_require__(76471);
var builtinTypes = __webpack_require__(16345);

exports.getTypeParser = getTypeParser;
exports.setTypeParser = setTypeParser;
exports.arrayParser = arrayParser;
exports.builtins = builtinTypes;

var typeParsers = {
  text: {},
  binary: {}
};

//the empty parse function
function noParse (val) {
  return String(val);
};

//returns a function used to convert a specific type (specified by
//oid) into a result javascript type
//note: the oid can be obtained via the following sql query:
//SELECT oid FROM pg_type WHERE typname = 'TYPE_NAME_HERE';
function getTypeParser (oid, format) {
  format = format || 'text';
  if (!typeParsers[format]) {
    return noParse;
  }
  return typeParsers[format][oid] || noParse;
};

function setTypeParser (oid, format, parseFn) {
  if(typeof format == 'function') {
    parseFn = format;
    format = 'text';
  }
  typeParsers[format][oid] = parseFn;
};

textParsers.init(function(oid, converter) {
  typeParsers.text[oid] = converter;
});

binaryParsers.init(function(oid, converter) {
  typeParsers.binary[oid] = converter;
});


/***/ }),

/***/ 76471:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var array = __webpack_require__(3879);

module.exports = {
  create: function (source, transform) {
    return {
      parse: function() {
        return array.parse(source, transform);
      }
    };
  }
};


/***/ }),

/***/ 87522:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var parseInt64 = __webpack_require__(62299);

var parseBits = function(data, bits, offset, invert, callback) {
  offset = offset || 0;
  invert = invert || false;
  callback = callback || function(lastValue, newValue, bits) { return (lastValue * Math.pow(2, bits)) + newValue; };
  var offsetBytes = offset >> 3;

  var inv = function(value) {
    if (invert) {
      return ~value & 0xff;
    }

    return value;
  };

  // read first (maybe partial) byte
  var mask = 0xff;
  var firstBits = 8 - (offset % 8);
  if (bits < firstBits) {
    mask = (0xff << (8 - bits)) & 0xff;
    firstBits = bits;
  }

  if (offset) {
    mask = mask >> (offset % 8);
  }

  var result = 0;
  if ((offset % 8) + bits >= 8) {
    result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
  }

  // read bytes
  var bytes = (bits + offset) >> 3;
  for (var i = offsetBytes + 1; i < bytes; i++) {
    result = callback(result, inv(data[i]), 8);
  }

  // bits to read, that are not a complete byte
  var lastBits = (bits + offset) % 8;
  if (lastBits > 0) {
    result = callback(result, inv(data[bytes]) >> (8 - lastBits), lastBits);
  }

  return result;
};

var parseFloatFromBits = function(data, precisionBits, exponentBits) {
  var bias = Math.pow(2, exponentBits - 1) - 1;
  var sign = parseBits(data, 1);
  var exponent = parseBits(data, exponentBits, 1);

  if (exponent === 0) {
    return 0;
  }

  // parse mantissa
  var precisionBitsCounter = 1;
  var parsePrecisionBits = function(lastValue, newValue, bits) {
    if (lastValue === 0) {
      lastValue = 1;
    }

    for (var i = 1; i <= bits; i++) {
      precisionBitsCounter /= 2;
      if ((newValue & (0x1 << (bits - i))) > 0) {
        lastValue += precisionBitsCounter;
      }
    }

    return lastValue;
  };

  var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);

  // special cases
  if (exponent == (Math.pow(2, exponentBits + 1) - 1)) {
    if (mantissa === 0) {
      return (sign === 0) ? Infinity : -Infinity;
    }

    return NaN;
  }

  // normale number
  return ((sign === 0) ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
};

var parseInt16 = function(value) {
  if (parseBits(value, 1) == 1) {
    return -1 * (parseBits(value, 15, 1, true) + 1);
  }

  return parseBits(value, 15, 1);
};

var parseInt32 = function(value) {
  if (parseBits(value, 1) == 1) {
    return -1 * (parseBits(value, 31, 1, true) + 1);
  }

  return parseBits(value, 31, 1);
};

var parseFloat32 = function(value) {
  return parseFloatFromBits(value, 23, 8);
};

var parseFloat64 = function(value) {
  return parseFloatFromBits(value, 52, 11);
};

var parseNumeric = function(value) {
  var sign = parseBits(value, 16, 32);
  if (sign == 0xc000) {
    return NaN;
  }

  var weight = Math.pow(10000, parseBits(value, 16, 16));
  var result = 0;

  var digits = [];
  var ndigits = parseBits(value, 16);
  for (var i = 0; i < ndigits; i++) {
    result += parseBits(value, 16, 64 + (16 * i)) * weight;
    weight /= 10000;
  }

  var scale = Math.pow(10, parseBits(value, 16, 48));
  return ((sign === 0) ? 1 : -1) * Math.round(result * scale) / scale;
};

var parseDate = function(isUTC, value) {
  var sign = parseBits(value, 1);
  var rawValue = parseBits(value, 63, 1);

  // discard usecs and shift from 2000 to 1970
  var result = new Date((((sign === 0) ? 1 : -1) * rawValue / 1000) + 946684800000);

  if (!isUTC) {
    result.setTime(result.getTime() + result.getTimezoneOffset() * 60000);
  }

  // add microseconds to the date
  result.usec = rawValue % 1000;
  result.getMicroSeconds = function() {
    return this.usec;
  };
  result.setMicroSeconds = function(value) {
    this.usec = value;
  };
  result.getUTCMicroSeconds = function() {
    return this.usec;
  };

  return result;
};

var parseArray = function(value) {
  var dim = parseBits(value, 32);

  var flags = parseBits(value, 32, 32);
  var elementType = parseBits(value, 32, 64);

  var offset = 96;
  var dims = [];
  for (var i = 0; i < dim; i++) {
    // parse dimension
    dims[i] = parseBits(value, 32, offset);
    offset += 32;

    // ignore lower bounds
    offset += 32;
  }

  var parseElement = function(elementType) {
    // parse content length
    var length = parseBits(value, 32, offset);
    offset += 32;

    // parse null values
    if (length == 0xffffffff) {
      return null;
    }

    var result;
    if ((elementType == 0x17) || (elementType == 0x14)) {
      // int/bigint
      result = parseBits(value, length * 8, offset);
      offset += length * 8;
      return result;
    }
    else if (elementType == 0x19) {
      // string
      result = value.toString(this.encoding, offset >> 3, (offset += (length << 3)) >> 3);
      return result;
    }
    else {
      console.log("ERROR: ElementType not implemented: " + elementType);
    }
  };

  var parse = function(dimension, elementType) {
    var array = [];
    var i;

    if (dimension.length > 1) {
      var count = dimension.shift();
      for (i = 0; i < count; i++) {
        array[i] = parse(dimension, elementType);
      }
      dimension.unshift(count);
    }
    else {
      for (i = 0; i < dimension[0]; i++) {
        array[i] = parseElement(elementType);
      }
    }

    return array;
  };

  return parse(dims, elementType);
};

var parseText = function(value) {
  return value.toString('utf8');
};

var parseBool = function(value) {
  if(value === null) return null;
  return (parseBits(value, 8) > 0);
};

var init = function(register) {
  register(20, parseInt64);
  register(21, parseInt16);
  register(23, parseInt32);
  register(26, parseInt32);
  register(1700, parseNumeric);
  register(700, parseFloat32);
  register(701, parseFloat64);
  register(16, parseBool);
  register(1114, parseDate.bind(null, false));
  register(1184, parseDate.bind(null, true));
  register(1000, parseArray);
  register(1007, parseArray);
  register(1016, parseArray);
  register(1008, parseArray);
  register(1009, parseArray);
  register(25, parseText);
};

module.exports = {
  init: init
};


/***/ }),

/***/ 16345:
/***/ ((module) => {

/**
 * Following query was used to generate this file:

 SELECT json_object_agg(UPPER(PT.typname), PT.oid::int4 ORDER BY pt.oid)
 FROM pg_type PT
 WHERE typnamespace = (SELECT pgn.oid FROM pg_namespace pgn WHERE nspname = 'pg_catalog') -- Take only builting Postgres types with stable OID (extension types are not guaranted to be stable)
 AND typtype = 'b' -- Only basic types
 AND typelem = 0 -- Ignore aliases
 AND typisdefined -- Ignore undefined types
 */

module.exports = {
    BOOL: 16,
    BYTEA: 17,
    CHAR: 18,
    INT8: 20,
    INT2: 21,
    INT4: 23,
    REGPROC: 24,
    TEXT: 25,
    OID: 26,
    TID: 27,
    XID: 28,
    CID: 29,
    JSON: 114,
    XML: 142,
    PG_NODE_TREE: 194,
    SMGR: 210,
    PATH: 602,
    POLYGON: 604,
    CIDR: 650,
    FLOAT4: 700,
    FLOAT8: 701,
    ABSTIME: 702,
    RELTIME: 703,
    TINTERVAL: 704,
    CIRCLE: 718,
    MACADDR8: 774,
    MONEY: 790,
    MACADDR: 829,
    INET: 869,
    ACLITEM: 1033,
    BPCHAR: 1042,
    VARCHAR: 1043,
    DATE: 1082,
    TIME: 1083,
    TIMESTAMP: 1114,
    TIMESTAMPTZ: 1184,
    INTERVAL: 1186,
    TIMETZ: 1266,
    BIT: 1560,
    VARBIT: 1562,
    NUMERIC: 1700,
    REFCURSOR: 1790,
    REGPROCEDURE: 2202,
    REGOPER: 2203,
    REGOPERATOR: 2204,
    REGCLASS: 2205,
    REGTYPE: 2206,
    UUID: 2950,
    TXID_SNAPSHOT: 2970,
    PG_LSN: 3220,
    PG_NDISTINCT: 3361,
    PG_DEPENDENCIES: 3402,
    TSVECTOR: 3614,
    TSQUERY: 3615,
    GTSVECTOR: 3642,
    REGCONFIG: 3734,
    REGDICTIONARY: 3769,
    JSONB: 3802,
    REGNAMESPACE: 4089,
    REGROLE: 4096
};


/***/ }),

/***/ 74784:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var array = __webpack_require__(3879)
var arrayParser = __webpack_require__(76471);
var parseDate = __webpack_require__(92690);
var parseInterval = __webpack_require__(68755);
var parseByteA = __webpack_require__(463);

function allowNull (fn) {
  return function nullAllowed (value) {
    if (value === null) return value
    return fn(value)
  }
}

function parseBool (value) {
  if (value === null) return value
  return value === 'TRUE' ||
    value === 't' ||
    value === 'true' ||
    value === 'y' ||
    value === 'yes' ||
    value === 'on' ||
    value === '1';
}

function parseBoolArray (value) {
  if (!value) return null
  return array.parse(value, parseBool)
}

function parseBaseTenInt (string) {
  return parseInt(string, 10)
}

function parseIntegerArray (value) {
  if (!value) return null
  return array.parse(value, allowNull(parseBaseTenInt))
}

function parseBigIntegerArray (value) {
  if (!value) return null
  return array.parse(value, allowNull(function (entry) {
    return parseBigInteger(entry).trim()
  }))
}

var parsePointArray = function(value) {
  if(!value) { return null; }
  var p = arrayParser.create(value, function(entry) {
    if(entry !== null) {
      entry = parsePoint(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseFloatArray = function(value) {
  if(!value) { return null; }
  var p = arrayParser.create(value, function(entry) {
    if(entry !== null) {
      entry = parseFloat(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseStringArray = function(value) {
  if(!value) { return null; }

  var p = arrayParser.create(value);
  return p.parse();
};

var parseDateArray = function(value) {
  if (!value) { return null; }

  var p = arrayParser.create(value, function(entry) {
    if (entry !== null) {
      entry = parseDate(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseIntervalArray = function(value) {
  if (!value) { return null; }

  var p = arrayParser.create(value, function(entry) {
    if (entry !== null) {
      entry = parseInterval(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseByteAArray = function(value) {
  if (!value) { return null; }

  return array.parse(value, allowNull(parseByteA));
};

var parseInteger = function(value) {
  return parseInt(value, 10);
};

var parseBigInteger = function(value) {
  var valStr = String(value);
  if (/^\d+$/.test(valStr)) { return valStr; }
  return value;
};

var parseJsonArray = function(value) {
  if (!value) { return null; }

  return array.parse(value, allowNull(JSON.parse));
};

var parsePoint = function(value) {
  if (value[0] !== '(') { return null; }

  value = value.substring( 1, value.length - 1 ).split(',');

  return {
    x: parseFloat(value[0])
  , y: parseFloat(value[1])
  };
};

var parseCircle = function(value) {
  if (value[0] !== '<' && value[1] !== '(') { return null; }

  var point = '(';
  var radius = '';
  var pointParsed = false;
  for (var i = 2; i < value.length - 1; i++){
    if (!pointParsed) {
      point += value[i];
    }

    if (value[i] === ')') {
      pointParsed = true;
      continue;
    } else if (!pointParsed) {
      continue;
    }

    if (value[i] === ','){
      continue;
    }

    radius += value[i];
  }
  var result = parsePoint(point);
  result.radius = parseFloat(radius);

  return result;
};

var init = function(register) {
  register(20, parseBigInteger); // int8
  register(21, parseInteger); // int2
  register(23, parseInteger); // int4
  register(26, parseInteger); // oid
  register(700, parseFloat); // float4/real
  register(701, parseFloat); // float8/double
  register(16, parseBool);
  register(1082, parseDate); // date
  register(1114, parseDate); // timestamp without timezone
  register(1184, parseDate); // timestamp
  register(600, parsePoint); // point
  register(651, parseStringArray); // cidr[]
  register(718, parseCircle); // circle
  register(1000, parseBoolArray);
  register(1001, parseByteAArray);
  register(1005, parseIntegerArray); // _int2
  register(1007, parseIntegerArray); // _int4
  register(1028, parseIntegerArray); // oid[]
  register(1016, parseBigIntegerArray); // _int8
  register(1017, parsePointArray); // point[]
  register(1021, parseFloatArray); // _float4
  register(1022, parseFloatArray); // _float8
  register(1231, parseFloatArray); // _numeric
  register(1014, parseStringArray); //char
  register(1015, parseStringArray); //varchar
  register(1008, parseStringArray);
  register(1009, parseStringArray);
  register(1040, parseStringArray); // macaddr[]
  register(1041, parseStringArray); // inet[]
  register(1115, parseDateArray); // timestamp without time zone[]
  register(1182, parseDateArray); // _date
  register(1185, parseDateArray); // timestamp with time zone[]
  register(1186, parseInterval);
  register(1187, parseIntervalArray);
  register(17, parseByteA);
  register(114, JSON.parse.bind(JSON)); // json
  register(3802, JSON.parse.bind(JSON)); // jsonb
  register(199, parseJsonArray); // json[]
  register(3807, parseJsonArray); // jsonb[]
  register(3907, parseStringArray); // numrange[]
  register(2951, parseStringArray); // uuid[]
  register(791, parseStringArray); // money[]
  register(1183, parseStringArray); // time[]
  register(1270, parseStringArray); // timetz[]
};

module.exports = {
  init: init
};


/***/ }),

/***/ 75042:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const EventEmitter = (__webpack_require__(24434).EventEmitter)
const utils = __webpack_require__(69652)
const nodeUtils = __webpack_require__(39023)
const sasl = __webpack_require__(20948)
const TypeOverrides = __webpack_require__(50365)

const ConnectionParameters = __webpack_require__(646)
const Query = __webpack_require__(84473)
const defaults = __webpack_require__(68995)
const Connection = __webpack_require__(9809)
const crypto = __webpack_require__(84150)

const activeQueryDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Client.activeQuery is deprecated and will be removed in pg@9.0'
)

const queryQueueDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Client.queryQueue is deprecated and will be removed in pg@9.0.'
)

const pgPassDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'pgpass support is deprecated and will be removed in pg@9.0. ' +
    'You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code.'
)

const byoPromiseDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0.'
)

const queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.'
)

function coerceNumberOrDefault(value, defaultValue) {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : defaultValue
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value)
    return Number.isFinite(n) ? n : defaultValue
  }
  return defaultValue
}

class Client extends EventEmitter {
  constructor(config) {
    super()

    this.connectionParameters = new ConnectionParameters(config)
    this.user = this.connectionParameters.user
    this.database = this.connectionParameters.database
    this.port = this.connectionParameters.port
    this.host = this.connectionParameters.host

    // "hiding" the password so it doesn't show up in stack traces
    // or if the client is console.logged
    Object.defineProperty(this, 'password', {
      configurable: true,
      enumerable: false,
      writable: true,
      value: this.connectionParameters.password,
    })

    this.replication = this.connectionParameters.replication

    const c = config || {}

    if (c.Promise) {
      byoPromiseDeprecationNotice()
    }
    this._Promise = c.Promise || global.Promise
    this._types = new TypeOverrides(c.types)
    this._ending = false
    this._ended = false
    this._connecting = false
    this._connected = false
    this._connectionError = false
    this._queryable = true
    this._activeQuery = null
    this._txStatus = null

    this.enableChannelBinding = Boolean(c.enableChannelBinding) // set true to use SCRAM-SHA-256-PLUS when offered
    this.scramMaxIterations = coerceNumberOrDefault(c.scramMaxIterations, sasl.DEFAULT_MAX_SCRAM_ITERATIONS)
    this.connection =
      c.connection ||
      new Connection({
        stream: c.stream,
        ssl: this.connectionParameters.ssl,
        sslNegotiation: this.connectionParameters.sslnegotiation,
        keepAlive: c.keepAlive || false,
        keepAliveInitialDelayMillis: c.keepAliveInitialDelayMillis || 0,
        encoding: this.connectionParameters.client_encoding || 'utf8',
      })
    this._queryQueue = []
    this._sentQueryQueue = []
    this.pipeline = Boolean(c.pipeline)
    this.binary = c.binary || defaults.binary
    this.processID = null
    this.secretKey = null
    this.ssl = this.connectionParameters.ssl || false
    this.sslNegotiation = this.connectionParameters.sslnegotiation || 'postgres'
    // As with Password, make SSL->Key (the private key) non-enumerable.
    // It won't show up in stack traces
    // or if the client is console.logged
    if (this.ssl && this.ssl.key) {
      Object.defineProperty(this.ssl, 'key', {
        enumerable: false,
      })
    }

    this._connectionTimeoutMillis = c.connectionTimeoutMillis || 0
  }

  get activeQuery() {
    activeQueryDeprecationNotice()
    return this._activeQuery
  }

  set activeQuery(val) {
    activeQueryDeprecationNotice()
    this._activeQuery = val
  }

  _getActiveQuery() {
    return this._activeQuery
  }

  _errorAllQueries(err) {
    const enqueueError = (query) => {
      process.nextTick(() => {
        query.handleError(err, this.connection)
      })
    }

    const activeQuery = this._getActiveQuery()
    if (activeQuery) {
      enqueueError(activeQuery)
      this._activeQuery = null
    }

    this._sentQueryQueue.forEach(enqueueError)
    this._sentQueryQueue.length = 0

    this._queryQueue.forEach(enqueueError)
    this._queryQueue.length = 0
  }

  _connect(callback) {
    const self = this
    const con = this.connection
    this._connectionCallback = callback

    if (this._connecting || this._connected) {
      const err = new Error('Client has already been connected. You cannot reuse a client.')
      process.nextTick(() => {
        callback(err)
      })
      return
    }
    this._connecting = true

    if (this._connectionTimeoutMillis > 0) {
      this.connectionTimeoutHandle = setTimeout(() => {
        con._ending = true
        con.stream.destroy(new Error('timeout expired'))
      }, this._connectionTimeoutMillis)

      if (this.connectionTimeoutHandle.unref) {
        this.connectionTimeoutHandle.unref()
      }
    }

    if (this.host && this.host.indexOf('/') === 0) {
      con.connect(this.host + '/.s.PGSQL.' + this.port)
    } else {
      con.connect(this.port, this.host)
    }

    // once connection is established send startup message
    con.on('connect', function () {
      if (self.ssl) {
        // With direct SSL negotiation the connection upgrades to TLS without an
        // SSLRequest packet, so the startup message is sent after 'sslconnect'.
        if (self.sslNegotiation !== 'direct') {
          con.requestSsl()
        }
      } else {
        con.startup(self.getStartupConf())
      }
    })

    con.on('sslconnect', function () {
      con.startup(self.getStartupConf())
    })

    this._attachListeners(con)

    con.once('end', () => {
      const error = this._ending ? new Error('Connection terminated') : new Error('Connection terminated unexpectedly')

      clearTimeout(this.connectionTimeoutHandle)
      this._errorAllQueries(error)
      this._ended = true

      if (!this._ending) {
        // if the connection is ended without us calling .end()
        // on this client then we have an unexpected disconnection
        // treat this as an error unless we've already emitted an error
        // during connection.
        if (this._connecting && !this._connectionError) {
          if (this._connectionCallback) {
            this._connectionCallback(error)
          } else {
            this._handleErrorEvent(error)
          }
        } else if (!this._connectionError) {
          this._handleErrorEvent(error)
        }
      }

      process.nextTick(() => {
        this.emit('end')
      })
    })
  }

  connect(callback) {
    if (callback) {
      this._connect(callback)
      return
    }

    return new this._Promise((resolve, reject) => {
      this._connect((error) => {
        if (error) {
          reject(error)
        } else {
          resolve(this)
        }
      })
    })
  }

  _attachListeners(con) {
    // password request handling
    con.on('authenticationCleartextPassword', this._handleAuthCleartextPassword.bind(this))
    // password request handling
    con.on('authenticationMD5Password', this._handleAuthMD5Password.bind(this))
    // password request handling (SASL)
    con.on('authenticationSASL', this._handleAuthSASL.bind(this))
    con.on('authenticationSASLContinue', this._handleAuthSASLContinue.bind(this))
    con.on('authenticationSASLFinal', this._handleAuthSASLFinal.bind(this))
    con.on('backendKeyData', this._handleBackendKeyData.bind(this))
    con.on('error', this._handleErrorEvent.bind(this))
    con.on('errorMessage', this._handleErrorMessage.bind(this))
    con.on('readyForQuery', this._handleReadyForQuery.bind(this))
    con.on('notice', this._handleNotice.bind(this))
    con.on('rowDescription', this._handleRowDescription.bind(this))
    con.on('dataRow', this._handleDataRow.bind(this))
    con.on('portalSuspended', this._handlePortalSuspended.bind(this))
    con.on('emptyQuery', this._handleEmptyQuery.bind(this))
    con.on('commandComplete', this._handleCommandComplete.bind(this))
    con.on('parseComplete', this._handleParseComplete.bind(this))
    con.on('copyInResponse', this._handleCopyInResponse.bind(this))
    con.on('copyData', this._handleCopyData.bind(this))
    con.on('notification', this._handleNotification.bind(this))
  }

  _getPassword(cb) {
    const con = this.connection
    if (typeof this.password === 'function') {
      this._Promise
        .resolve()
        .then(() => this.password(this.connectionParameters))
        .then((pass) => {
          if (pass !== undefined) {
            if (typeof pass !== 'string') {
              con.emit('error', new TypeError('Password must be a string'))
              return
            }
            this.connectionParameters.password = this.password = pass
          } else {
            this.connectionParameters.password = this.password = null
          }
          cb()
        })
        .catch((err) => {
          con.emit('error', err)
        })
    } else if (this.password !== null) {
      cb()
    } else {
      try {
        const pgPass = __webpack_require__(13272)
        pgPass(this.connectionParameters, (pass) => {
          if (undefined !== pass) {
            pgPassDeprecationNotice()
            this.connectionParameters.password = this.password = pass
          }
          cb()
        })
      } catch (e) {
        this.emit('error', e)
      }
    }
  }

  _handleAuthCleartextPassword(msg) {
    this._getPassword(() => {
      this.connection.password(this.password)
    })
  }

  _handleAuthMD5Password(msg) {
    this._getPassword(async () => {
      try {
        const hashedPassword = await crypto.postgresMd5PasswordHash(this.user, this.password, msg.salt)
        this.connection.password(hashedPassword)
      } catch (e) {
        this.emit('error', e)
      }
    })
  }

  _handleAuthSASL(msg) {
    this._getPassword(() => {
      try {
        this.saslSession = sasl.startSession(
          msg.mechanisms,
          this.enableChannelBinding && this.connection.stream,
          this.scramMaxIterations
        )
        this.connection.sendSASLInitialResponseMessage(this.saslSession.mechanism, this.saslSession.response)
      } catch (err) {
        this.connection.emit('error', err)
      }
    })
  }

  async _handleAuthSASLContinue(msg) {
    try {
      await sasl.continueSession(
        this.saslSession,
        this.password,
        msg.data,
        this.enableChannelBinding && this.connection.stream
      )
      this.connection.sendSCRAMClientFinalMessage(this.saslSession.response)
    } catch (err) {
      this.connection.emit('error', err)
    }
  }

  _handleAuthSASLFinal(msg) {
    try {
      sasl.finalizeSession(this.saslSession, msg.data)
      this.saslSession = null
    } catch (err) {
      this.connection.emit('error', err)
    }
  }

  _handleBackendKeyData(msg) {
    this.processID = msg.processID
    this.secretKey = msg.secretKey
  }

  _handleReadyForQuery(msg) {
    if (this._connecting) {
      this._connecting = false
      this._connected = true
      clearTimeout(this.connectionTimeoutHandle)

      // process possible callback argument to Client#connect
      if (this._connectionCallback) {
        this._connectionCallback(null, this)
        // remove callback for proper error handling
        // after the connect event
        this._connectionCallback = null
      }
      this.emit('connect')
    }
    const activeQuery = this._getActiveQuery()
    this._activeQuery = null
    this._txStatus = msg?.status ?? null
    this.readyForQuery = true
    if (activeQuery) {
      activeQuery.handleReadyForQuery(this.connection)
    }
    this._pulseQueryQueue()
  }

  // if we receive an error event or error message
  // during the connection process we handle it here
  _handleErrorWhileConnecting(err) {
    if (this._connectionError) {
      // TODO(bmc): this is swallowing errors - we shouldn't do this
      return
    }
    this._connectionError = true
    clearTimeout(this.connectionTimeoutHandle)
    if (this._connectionCallback) {
      return this._connectionCallback(err)
    }
    this.emit('error', err)
  }

  // if we're connected and we receive an error event from the connection
  // this means the socket is dead - do a hard abort of all queries and emit
  // the socket error on the client as well
  _handleErrorEvent(err) {
    if (this._connecting) {
      return this._handleErrorWhileConnecting(err)
    }
    this._queryable = false
    this._errorAllQueries(err)
    this.emit('error', err)
  }

  // handle error messages from the postgres backend
  _handleErrorMessage(msg) {
    if (this._connecting) {
      return this._handleErrorWhileConnecting(msg)
    }
    const activeQuery = this._getActiveQuery()

    if (!activeQuery) {
      this._handleErrorEvent(msg)
      return
    }

    this._activeQuery = null
    if (activeQuery.name) {
      delete this.connection.submittedNamedStatements[activeQuery.name]
    }
    activeQuery.handleError(msg, this.connection)
  }

  _handleRowDescription(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected rowDescription message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate rowDescription to active query
    activeQuery.handleRowDescription(msg)
  }

  _handleDataRow(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected dataRow message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate dataRow to active query
    activeQuery.handleDataRow(msg)
  }

  _handlePortalSuspended(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected portalSuspended message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate portalSuspended to active query
    activeQuery.handlePortalSuspended(this.connection)
  }

  _handleEmptyQuery(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected emptyQuery message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate emptyQuery to active query
    activeQuery.handleEmptyQuery(this.connection)
  }

  _handleCommandComplete(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected commandComplete message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate commandComplete to active query
    activeQuery.handleCommandComplete(msg, this.connection)
  }

  _handleParseComplete() {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected parseComplete message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // if a prepared statement has a name and properly parses
    // we track that its already been executed so we don't parse
    // it again on the same client
    if (activeQuery.name) {
      this.connection.parsedStatements[activeQuery.name] = activeQuery.text
      delete this.connection.submittedNamedStatements[activeQuery.name]
    }
  }

  _handleCopyInResponse(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected copyInResponse message from backend.')
      this._handleErrorEvent(error)
      return
    }
    activeQuery.handleCopyInResponse(this.connection)
  }

  _handleCopyData(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected copyData message from backend.')
      this._handleErrorEvent(error)
      return
    }
    activeQuery.handleCopyData(msg, this.connection)
  }

  _handleNotification(msg) {
    this.emit('notification', msg)
  }

  _handleNotice(msg) {
    this.emit('notice', msg)
  }

  getStartupConf() {
    const params = this.connectionParameters

    const data = {
      user: params.user,
      database: params.database,
    }

    const appName = params.application_name || params.fallback_application_name
    if (appName) {
      data.application_name = appName
    }
    if (params.replication) {
      data.replication = '' + params.replication
    }
    if (params.statement_timeout) {
      data.statement_timeout = String(parseInt(params.statement_timeout, 10))
    }
    if (params.lock_timeout) {
      data.lock_timeout = String(parseInt(params.lock_timeout, 10))
    }
    if (params.idle_in_transaction_session_timeout) {
      data.idle_in_transaction_session_timeout = String(parseInt(params.idle_in_transaction_session_timeout, 10))
    }
    if (params.options) {
      data.options = params.options
    }

    return data
  }

  cancel(client, query) {
    if (client.activeQuery === query) {
      const con = this.connection

      if (this.host && this.host.indexOf('/') === 0) {
        con.connect(this.host + '/.s.PGSQL.' + this.port)
      } else {
        con.connect(this.port, this.host)
      }

      // once connection is established send cancel message
      con.on('connect', function () {
        con.cancel(client.processID, client.secretKey)
      })
    } else if (client._queryQueue.indexOf(query) !== -1) {
      client._queryQueue.splice(client._queryQueue.indexOf(query), 1)
    } else if (client._sentQueryQueue.indexOf(query) !== -1) {
      // Query already sent on wire — can't remove it without corrupting the
      // pipeline. No-op the callback so the result is silently discarded.
      query.callback = () => {}
    }
  }

  setTypeParser(oid, format, parseFn) {
    return this._types.setTypeParser(oid, format, parseFn)
  }

  getTypeParser(oid, format) {
    return this._types.getTypeParser(oid, format)
  }

  // escapeIdentifier and escapeLiteral moved to utility functions & exported
  // on PG
  // re-exported here for backwards compatibility
  escapeIdentifier(str) {
    return utils.escapeIdentifier(str)
  }

  escapeLiteral(str) {
    return utils.escapeLiteral(str)
  }

  _pulseQueryQueue() {
    if (this.pipeline) {
      this._pulsePipelinedQueryQueue()
      return
    }
    if (this.readyForQuery === true) {
      this._activeQuery = this._queryQueue.shift()
      const activeQuery = this._getActiveQuery()
      if (activeQuery) {
        this.readyForQuery = false
        this.hasExecuted = true

        const queryError = activeQuery.submit(this.connection)
        if (queryError) {
          process.nextTick(() => {
            activeQuery.handleError(queryError, this.connection)
            this.readyForQuery = true
            this._pulseQueryQueue()
          })
        }
      } else if (this.hasExecuted) {
        this._activeQuery = null
        this.emit('drain')
      }
    }
  }

  _pulsePipelinedQueryQueue() {
    if (!this._connected || !this._queryable) {
      return
    }
    while (this._queryQueue.length > 0) {
      const query = this._queryQueue.shift()
      this.hasExecuted = true
      const queryError = query.submit(this.connection)
      if (queryError) {
        process.nextTick(() => {
          query.handleError(queryError, this.connection)
        })
        continue
      }
      this._sentQueryQueue.push(query)
    }
    if (this.readyForQuery && !this._activeQuery && this._sentQueryQueue.length > 0) {
      this._activeQuery = this._sentQueryQueue.shift()
      this.readyForQuery = false
    }
    if (!this._activeQuery && this._sentQueryQueue.length === 0 && this._queryQueue.length === 0 && this.hasExecuted) {
      this.emit('drain')
    }
  }

  query(config, values, callback) {
    // can take in strings, config object or query object
    let query
    let result

    if (config == null) {
      throw new TypeError('Client was passed a null or undefined query')
    }

    if (typeof config.submit === 'function') {
      result = query = config
      if (!query.callback) {
        if (typeof values === 'function') {
          query.callback = values
        } else if (callback) {
          query.callback = callback
        }
      }
    } else {
      query = new Query(config, values, callback)
      if (!query.callback) {
        result = new this._Promise((resolve, reject) => {
          query.callback = (err, res) => (err ? reject(err) : resolve(res))
        }).catch((err) => {
          // replace the stack trace that leads to `TCP.onStreamRead` with one that leads back to the
          // application that created the query
          Error.captureStackTrace(err)
          throw err
        })
      } else if (typeof query.callback !== 'function') {
        throw new TypeError('callback is not a function')
      }
    }

    const readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    if (readTimeout) {
      const queryCallback = query.callback || (() => {})

      const readTimeoutTimer = setTimeout(() => {
        const error = new Error('Query read timeout')

        process.nextTick(() => {
          query.handleError(error, this.connection)
        })

        queryCallback(error)

        // we already returned an error,
        // just do nothing if query completes
        query.callback = () => {}

        // Remove from queue (only safe if not yet sent)
        const index = this._queryQueue.indexOf(query)
        if (index > -1) {
          this._queryQueue.splice(index, 1)
        } else if (this.pipeline) {
          // Query already sent — the pipeline is blocked until it completes.
          // Destroy the connection to unblock all remaining pipelined queries.
          this.connection.stream.destroy()
          return
        }

        this._pulseQueryQueue()
      }, readTimeout)

      query.callback = (err, res) => {
        clearTimeout(readTimeoutTimer)
        queryCallback(err, res)
      }
    }

    if (this.binary && !query.binary) {
      query.binary = true
    }

    if (query._result && !query._result._types) {
      query._result._types = this._types
    }

    // A query that keeps a portal open across round trips cannot share a pipelined connection: the
    // queries written behind it are answered out of its portal, so rows land on the wrong query and
    // the reads that follow fail with 'portal does not exist'. Refuse it instead of corrupting.
    if (this.pipeline) {
      const portalQuery =
        typeof config.submit === 'function' && !(query instanceof Query)
          ? 'Custom query classes such as pg-cursor and pg-query-stream are'
          : query.rows
          ? 'The `rows` option is'
          : null
      if (portalQuery) {
        process.nextTick(() => {
          query.handleError(new Error(`${portalQuery} not supported in pipeline mode`), this.connection)
        })
        return result
      }
    }

    if (!this._queryable) {
      process.nextTick(() => {
        query.handleError(new Error('Client has encountered a connection error and is not queryable'), this.connection)
      })
      return result
    }

    if (this._ending) {
      process.nextTick(() => {
        query.handleError(new Error('Client was closed and is not queryable'), this.connection)
      })
      return result
    }

    if (this._queryQueue.length > 0 && !this.pipeline) {
      queryQueueLengthDeprecationNotice()
    }
    this._queryQueue.push(query)
    this._pulseQueryQueue()
    return result
  }

  ref() {
    this.connection.ref()
  }

  unref() {
    this.connection.unref()
  }

  getTransactionStatus() {
    return this._txStatus
  }

  end(cb) {
    this._ending = true

    // if we have never connected, then end is a noop, callback immediately
    if (!this.connection._connecting || this._ended) {
      if (cb) {
        cb()
        return
      } else {
        return this._Promise.resolve()
      }
    }

    if (!this._queryable) {
      // socket is dead — force close
      this.connection.stream.destroy()
    } else if (
      this.pipeline &&
      (this._getActiveQuery() || this._sentQueryQueue.length > 0 || this._queryQueue.length > 0)
    ) {
      // pipelined queries are already on the wire (or queued to send) and will
      // complete normally; wait for drain then do a graceful goodbye
      this.once('drain', () => this.connection.end())
    } else if (this._getActiveQuery()) {
      // non-pipeline: a hung query could block end forever — force disconnect
      this.connection.stream.destroy()
    } else {
      this.connection.end()
    }

    if (cb) {
      this.connection.once('end', cb)
    } else {
      return new this._Promise((resolve) => {
        this.connection.once('end', resolve)
      })
    }
  }
  get queryQueue() {
    queryQueueDeprecationNotice()
    return this._queryQueue
  }
}

// expose a Query constructor
Client.Query = Query

module.exports = Client


/***/ }),

/***/ 646:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const dns = __webpack_require__(72250)

const defaults = __webpack_require__(68995)

const parse = (__webpack_require__(26122).parse) // parses a connection string

const val = function (key, config, envVar) {
  if (config[key]) {
    return config[key]
  }

  if (envVar === undefined) {
    envVar = process.env['PG' + key.toUpperCase()]
  } else if (envVar === false) {
    // do nothing ... use false
  } else {
    envVar = process.env[envVar]
  }

  return envVar || defaults[key]
}

const readSSLConfigFromEnvironment = function () {
  switch (process.env.PGSSLMODE) {
    case 'disable':
      return false
    case 'prefer':
    case 'require':
    case 'verify-ca':
    case 'verify-full':
      return true
    case 'no-verify':
      return { rejectUnauthorized: false }
  }
  return defaults.ssl
}

// Convert arg to a string, surround in single quotes, and escape single quotes and backslashes
const quoteParamValue = function (value) {
  return "'" + ('' + value).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'"
}

const add = function (params, config, paramName) {
  const value = config[paramName]
  if (value !== undefined && value !== null) {
    params.push(paramName + '=' + quoteParamValue(value))
  }
}

class ConnectionParameters {
  constructor(config) {
    // if a string is passed, it is a raw connection string so we parse it into a config
    config = typeof config === 'string' ? parse(config) : config || {}

    // if the config has a connectionString defined, parse IT into the config we use
    // this will override other default values with what is stored in connectionString
    if (config.connectionString) {
      config = Object.assign({}, config, parse(config.connectionString))
    }

    this.user = val('user', config)
    this.database = val('database', config)

    if (this.database === undefined) {
      this.database = this.user
    }

    this.port = parseInt(val('port', config), 10)
    this.host = val('host', config)

    // "hiding" the password so it doesn't show up in stack traces
    // or if the client is console.logged
    Object.defineProperty(this, 'password', {
      configurable: true,
      enumerable: false,
      writable: true,
      value: val('password', config),
    })

    this.binary = val('binary', config)
    this.options = val('options', config)

    this.ssl = typeof config.ssl === 'undefined' ? readSSLConfigFromEnvironment() : config.ssl

    if (typeof this.ssl === 'string') {
      if (this.ssl === 'true') {
        this.ssl = true
      }
    }
    // support passing in ssl=no-verify via connection string
    if (this.ssl === 'no-verify') {
      this.ssl = { rejectUnauthorized: false }
    }
    if (this.ssl && this.ssl.key) {
      Object.defineProperty(this.ssl, 'key', {
        enumerable: false,
      })
    }

    // How to negotiate SSL: 'postgres' (default, the traditional SSLRequest
    // handshake) or 'direct' (start the TLS handshake immediately on connect).
    this.sslnegotiation = val('sslnegotiation', config, 'PGSSLNEGOTIATION')
    if (this.sslnegotiation !== undefined && this.sslnegotiation !== 'postgres' && this.sslnegotiation !== 'direct') {
      throw new Error(
        `Invalid sslnegotiation value: "${this.sslnegotiation}". Valid values are "postgres" and "direct".`
      )
    }
    if (this.sslnegotiation === 'direct' && !this.ssl) {
      throw new Error('sslnegotiation=direct requires SSL to be enabled')
    }

    this.client_encoding = val('client_encoding', config)
    this.replication = val('replication', config)
    // a domain socket begins with '/'
    this.isDomainSocket = !(this.host || '').indexOf('/')

    this.application_name = val('application_name', config, 'PGAPPNAME')
    this.fallback_application_name = val('fallback_application_name', config, false)
    this.statement_timeout = val('statement_timeout', config, false)
    this.lock_timeout = val('lock_timeout', config, false)
    this.idle_in_transaction_session_timeout = val('idle_in_transaction_session_timeout', config, false)
    this.query_timeout = val('query_timeout', config, false)

    if (config.connectionTimeoutMillis === undefined) {
      this.connect_timeout = process.env.PGCONNECT_TIMEOUT || 0
    } else {
      this.connect_timeout = Math.floor(config.connectionTimeoutMillis / 1000)
    }

    if (config.keepAlive === false) {
      this.keepalives = 0
    } else if (config.keepAlive === true) {
      this.keepalives = 1
    }

    if (typeof config.keepAliveInitialDelayMillis === 'number') {
      this.keepalives_idle = Math.floor(config.keepAliveInitialDelayMillis / 1000)
    }
  }

  getLibpqConnectionString(cb) {
    const params = []
    add(params, this, 'user')
    add(params, this, 'password')
    add(params, this, 'port')
    add(params, this, 'application_name')
    add(params, this, 'fallback_application_name')
    add(params, this, 'connect_timeout')
    add(params, this, 'options')

    const ssl = typeof this.ssl === 'object' ? this.ssl : this.ssl ? { sslmode: this.ssl } : {}
    add(params, ssl, 'sslmode')
    add(params, ssl, 'sslca')
    add(params, ssl, 'sslkey')
    add(params, ssl, 'sslcert')
    add(params, ssl, 'sslrootcert')
    add(params, this, 'sslnegotiation')

    if (this.database) {
      params.push('dbname=' + quoteParamValue(this.database))
    }
    if (this.replication) {
      params.push('replication=' + quoteParamValue(this.replication))
    }
    if (this.host) {
      params.push('host=' + quoteParamValue(this.host))
    }
    if (this.isDomainSocket) {
      return cb(null, params.join(' '))
    }
    if (this.client_encoding) {
      params.push('client_encoding=' + quoteParamValue(this.client_encoding))
    }
    dns.lookup(this.host, function (err, address) {
      if (err) return cb(err, null)
      params.push('hostaddr=' + quoteParamValue(address))
      return cb(null, params.join(' '))
    })
  }
}

module.exports = ConnectionParameters


/***/ }),

/***/ 9809:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const EventEmitter = (__webpack_require__(24434).EventEmitter)

const { parse, serialize } = __webpack_require__(74233)
const stream = __webpack_require__(30829)
const { getStream } = stream

const flushBuffer = serialize.flush()
const syncBuffer = serialize.sync()
const endBuffer = serialize.end()

// TODO(bmc) support binary mode at some point
class Connection extends EventEmitter {
  constructor(config) {
    super()
    config = config || {}

    this.stream = config.stream || getStream(config.ssl)
    if (typeof this.stream === 'function') {
      this.stream = this.stream(config)
    }

    this._keepAlive = config.keepAlive
    this._keepAliveInitialDelayMillis = config.keepAliveInitialDelayMillis
    this.parsedStatements = {}
    this.submittedNamedStatements = {}
    this.ssl = config.ssl || false
    this.sslNegotiation = config.sslNegotiation || 'postgres'
    this._ending = false
    this._emitMessage = false
    const self = this
    this.on('newListener', function (eventName) {
      if (eventName === 'message') {
        self._emitMessage = true
      }
    })
  }

  connect(port, host) {
    const self = this

    this._connecting = true
    this.stream.setNoDelay(true)
    this.stream.connect(port, host)

    this.stream.once('connect', function () {
      if (self._keepAlive) {
        self.stream.setKeepAlive(true, self._keepAliveInitialDelayMillis)
      }
      self.emit('connect')
    })

    const reportStreamError = function (error) {
      // errors about disconnections should be ignored during disconnect
      if (self._ending && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        return
      }
      self.emit('error', error)
    }
    this.stream.on('error', reportStreamError)

    this.stream.on('close', function () {
      self.emit('end')
    })

    if (!this.ssl) {
      return this.attachListeners(this.stream)
    }

    // With direct SSL negotiation the TLS handshake starts immediately on the
    // raw socket, skipping the SSLRequest packet and the server's 'S'/'N' reply.
    if (this.sslNegotiation === 'direct') {
      return this.stream.once('connect', function () {
        self.upgradeToSSL(host, reportStreamError)
      })
    }

    this.stream.once('data', function (buffer) {
      const responseCode = buffer.toString('utf8')
      switch (responseCode) {
        case 'S': // Server supports SSL connections, continue with a secure connection
          break
        case 'N': // Server does not support SSL connections
          self.stream.end()
          return self.emit('error', new Error('The server does not support SSL connections'))
        default:
          // Any other response byte, including 'E' (ErrorResponse) indicating a server error
          self.stream.end()
          return self.emit('error', new Error('There was an error establishing an SSL connection'))
      }
      self.upgradeToSSL(host, reportStreamError)
    })
  }

  upgradeToSSL(host, reportStreamError) {
    const self = this
    const options = {
      socket: self.stream,
      // tls.connect checks the server identity against `servername`, falling
      // back to `host` and then to 'localhost'. `servername` must stay unset
      // for IP addresses (see below), so `host` is needed to keep certificate
      // validation working when connecting to an IP address.
      host,
    }

    if (self.ssl !== true) {
      Object.assign(options, self.ssl)

      if ('key' in self.ssl) {
        options.key = self.ssl.key
      }
    }

    // Direct SSL negotiation requires ALPN so the server can confirm it is
    // speaking the PostgreSQL protocol over the TLS connection.
    if (self.sslNegotiation === 'direct') {
      options.ALPNProtocols = ['postgresql']
    }

    // SNI must not be set to an IP address (RFC 6066 section 3)
    const net = __webpack_require__(69278)
    if (net.isIP && net.isIP(host) === 0) {
      options.servername = host
    }
    try {
      self.stream = stream.getSecureStream(options)
    } catch (err) {
      return self.emit('error', err)
    }
    self.attachListeners(self.stream)
    self.stream.on('error', reportStreamError)

    self.emit('sslconnect')
  }

  attachListeners(stream) {
    parse(stream, (msg) => {
      const eventName = msg.name === 'error' ? 'errorMessage' : msg.name
      if (this._emitMessage) {
        this.emit('message', msg)
      }
      this.emit(eventName, msg)
    })
  }

  requestSsl() {
    this.stream.write(serialize.requestSsl())
  }

  startup(config) {
    this.stream.write(serialize.startup(config))
  }

  cancel(processID, secretKey) {
    this._send(serialize.cancel(processID, secretKey))
  }

  password(password) {
    this._send(serialize.password(password))
  }

  sendSASLInitialResponseMessage(mechanism, initialResponse) {
    this._send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse))
  }

  sendSCRAMClientFinalMessage(additionalData) {
    this._send(serialize.sendSCRAMClientFinalMessage(additionalData))
  }

  _send(buffer) {
    if (!this.stream.writable) {
      return false
    }
    return this.stream.write(buffer)
  }

  query(text) {
    this._send(serialize.query(text))
  }

  // send parse message
  parse(query) {
    this._send(serialize.parse(query))
  }

  // send bind message
  bind(config) {
    this._send(serialize.bind(config))
  }

  // send execute message
  execute(config) {
    this._send(serialize.execute(config))
  }

  flush() {
    if (this.stream.writable) {
      this.stream.write(flushBuffer)
    }
  }

  sync() {
    // Sync is the extended-query protocol barrier, not a disconnect.
    // Only end()/Terminate (and connect-timeout teardown) should set _ending.
    this._send(syncBuffer)
  }

  ref() {
    this.stream.ref()
  }

  unref() {
    this.stream.unref()
  }

  end() {
    // 0x58 = 'X'
    this._ending = true
    if (!this._connecting || !this.stream.writable) {
      this.stream.end()
      return
    }
    return this.stream.write(endBuffer, () => {
      this.stream.end()
    })
  }

  close(msg) {
    this._send(serialize.close(msg))
  }

  describe(msg) {
    this._send(serialize.describe(msg))
  }

  sendCopyFromChunk(chunk) {
    this._send(serialize.copyData(chunk))
  }

  endCopyFrom() {
    this._send(serialize.copyDone())
  }

  sendCopyFail(msg) {
    this._send(serialize.copyFail(msg))
  }
}

module.exports = Connection


/***/ }),

/***/ 9765:
/***/ ((module) => {

function x509Error(msg, cert) {
  return new Error('SASL channel binding: ' + msg + ' when parsing public certificate ' + cert.toString('base64'))
}

function readASN1Length(data, index) {
  let length = data[index++]
  if (length < 0x80) return { length, index }

  const lengthBytes = length & 0x7f
  if (lengthBytes > 4) throw x509Error('bad length', data)

  length = 0
  for (let i = 0; i < lengthBytes; i++) {
    length = (length << 8) | data[index++]
  }

  return { length, index }
}

function readASN1OID(data, index) {
  if (data[index++] !== 0x6) throw x509Error('non-OID data', data) // 6 = OID

  const { length: OIDLength, index: indexAfterOIDLength } = readASN1Length(data, index)
  index = indexAfterOIDLength
  const lastIndex = index + OIDLength

  const byte1 = data[index++]
  let oid = ((byte1 / 40) >> 0) + '.' + (byte1 % 40)

  while (index < lastIndex) {
    // loop over numbers in OID
    let value = 0
    while (index < lastIndex) {
      // loop over bytes in number
      const nextByte = data[index++]
      value = (value << 7) | (nextByte & 0x7f)
      if (nextByte < 0x80) break
    }
    oid += '.' + value
  }

  return { oid, index }
}

function expectASN1Seq(data, index) {
  if (data[index++] !== 0x30) throw x509Error('non-sequence data', data) // 30 = Sequence
  return readASN1Length(data, index)
}

function signatureAlgorithmHashFromCertificate(data, index) {
  // read this thread: https://www.postgresql.org/message-id/17760-b6c61e752ec07060%40postgresql.org
  if (index === undefined) index = 0
  index = expectASN1Seq(data, index).index
  const { length: certInfoLength, index: indexAfterCertInfoLength } = expectASN1Seq(data, index)
  index = indexAfterCertInfoLength + certInfoLength // skip over certificate info
  index = expectASN1Seq(data, index).index // skip over signature length field
  const { oid, index: indexAfterOID } = readASN1OID(data, index)
  switch (oid) {
    // RSA
    case '1.2.840.113549.1.1.4':
      return 'MD5'
    case '1.2.840.113549.1.1.5':
      return 'SHA-1'
    case '1.2.840.113549.1.1.11':
      return 'SHA-256'
    case '1.2.840.113549.1.1.12':
      return 'SHA-384'
    case '1.2.840.113549.1.1.13':
      return 'SHA-512'
    case '1.2.840.113549.1.1.14':
      return 'SHA-224'
    case '1.2.840.113549.1.1.15':
      return 'SHA512-224'
    case '1.2.840.113549.1.1.16':
      return 'SHA512-256'
    // ECDSA
    case '1.2.840.10045.4.1':
      return 'SHA-1'
    case '1.2.840.10045.4.3.1':
      return 'SHA-224'
    case '1.2.840.10045.4.3.2':
      return 'SHA-256'
    case '1.2.840.10045.4.3.3':
      return 'SHA-384'
    case '1.2.840.10045.4.3.4':
      return 'SHA-512'
    // RSASSA-PSS: hash is indicated separately
    case '1.2.840.113549.1.1.10': {
      index = indexAfterOID
      index = expectASN1Seq(data, index).index
      if (data[index++] !== 0xa0) throw x509Error('non-tag data', data) // a0 = constructed tag 0
      index = readASN1Length(data, index).index // skip over tag length field
      index = expectASN1Seq(data, index).index // skip over sequence length field
      const { oid: hashOID } = readASN1OID(data, index)
      switch (hashOID) {
        // standalone hash OIDs
        case '1.2.840.113549.2.5':
          return 'MD5'
        case '1.3.14.3.2.26':
          return 'SHA-1'
        case '2.16.840.1.101.3.4.2.1':
          return 'SHA-256'
        case '2.16.840.1.101.3.4.2.2':
          return 'SHA-384'
        case '2.16.840.1.101.3.4.2.3':
          return 'SHA-512'
      }
      throw x509Error('unknown hash OID ' + hashOID, data)
    }
    // Ed25519 -- see https://github.com/openssl/openssl/issues/15477
    case '1.3.101.110':
    case '1.3.101.112': // ph
      return 'SHA-512'
    // Ed448 -- still not in pg 17.2 (if supported, digest would be SHAKE256 x 64 bytes)
    case '1.3.101.111':
    case '1.3.101.113': // ph
      throw x509Error('Ed448 certificate channel binding is not currently supported by Postgres')
  }
  throw x509Error('unknown OID ' + oid, data)
}

module.exports = { signatureAlgorithmHashFromCertificate }


/***/ }),

/***/ 20948:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


const crypto = __webpack_require__(84150)
const { signatureAlgorithmHashFromCertificate } = __webpack_require__(9765)

// SASLprep (RFC 4013) — minimal in-tree implementation.
//
// Per RFC 5802 §2.2, the SCRAM-SHA-256 client must normalize the password via
// SASLprep before feeding it into PBKDF2. PostgreSQL's server applies the same
// SASLprep when computing the stored verifier, and libpq does the same client
// side, so passwords whose NFKC form differs from the raw form
// would otherwise authenticate against psql/libpq but fail against pg with `28P01`.
//
// We deliberately implement only the three steps that change the byte content:
//   1. RFC 3454 Table C.1.2 (non-ASCII space) → U+0020 SPACE.
//   2. RFC 3454 Table B.1 (commonly mapped to nothing) → empty.
//   3. NFKC normalization.
// We skip the prohibition (RFC 4013 §2.3) and bidi (RFC 3454 §6) checks.
// libpq is forgiving on those paths and Postgres's own SASLprep matches that
// leniency for legacy roles, so omitting the rejection logic keeps existing
// roles working without adding complexity.
function saslprep(password) {
  // RFC 3454 Table C.1.2 — non-ASCII space characters, mapped to U+0020.
  const nonAsciiSpace = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g
  // RFC 3454 Table B.1 — "commonly mapped to nothing". The set intentionally
  // contains zero-width joiners and variation selectors — the very characters
  // ESLint's no-misleading-character-class warns about — because they combine
  // with their neighbors and the RFC strips them for that reason.
  // eslint-disable-next-line no-misleading-character-class
  const mappedToNothing = /[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g
  return password.replace(nonAsciiSpace, ' ').replace(mappedToNothing, '').normalize('NFKC')
}

const DEFAULT_MAX_SCRAM_ITERATIONS = 100000

function startSession(mechanisms, stream, scramMaxIterations = DEFAULT_MAX_SCRAM_ITERATIONS) {
  const candidates = ['SCRAM-SHA-256']
  if (stream) candidates.unshift('SCRAM-SHA-256-PLUS') // higher-priority, so placed first

  const mechanism = candidates.find((candidate) => mechanisms.includes(candidate))

  if (!mechanism) {
    throw new Error('SASL: Only mechanism(s) ' + candidates.join(' and ') + ' are supported')
  }

  if (mechanism === 'SCRAM-SHA-256-PLUS' && typeof stream.getPeerCertificate !== 'function') {
    // this should never happen if we are really talking to a Postgres server
    throw new Error('SASL: Mechanism SCRAM-SHA-256-PLUS requires a certificate')
  }

  const clientNonce = crypto.randomBytes(18).toString('base64')
  const gs2Header = mechanism === 'SCRAM-SHA-256-PLUS' ? 'p=tls-server-end-point' : stream ? 'y' : 'n'

  return {
    mechanism,
    clientNonce,
    response: gs2Header + ',,n=*,r=' + clientNonce,
    message: 'SASLInitialResponse',
    scramMaxIterations,
  }
}

async function continueSession(session, password, serverData, stream) {
  if (session.message !== 'SASLInitialResponse') {
    throw new Error('SASL: Last message was not SASLInitialResponse')
  }
  if (typeof password !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string')
  }
  if (password === '') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string')
  }
  if (typeof serverData !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: serverData must be a string')
  }

  const sv = parseServerFirstMessage(serverData)

  if (!sv.nonce.startsWith(session.clientNonce)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce does not start with client nonce')
  } else if (sv.nonce.length === session.clientNonce.length) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce is too short')
  }

  const scramMaxIterations =
    typeof session.scramMaxIterations === 'number' ? session.scramMaxIterations : DEFAULT_MAX_SCRAM_ITERATIONS
  // a value of 0 disables the iteration count check
  if (scramMaxIterations !== 0 && sv.iteration > scramMaxIterations) {
    throw new Error(
      'SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration count ' +
        sv.iteration +
        ' exceeds scramMaxIterations of ' +
        scramMaxIterations
    )
  }

  const clientFirstMessageBare = 'n=*,r=' + session.clientNonce
  const serverFirstMessage = 'r=' + sv.nonce + ',s=' + sv.salt + ',i=' + sv.iteration

  // without channel binding:
  let channelBinding = stream ? 'eSws' : 'biws' // 'y,,' or 'n,,', base64-encoded

  // override if channel binding is in use:
  if (session.mechanism === 'SCRAM-SHA-256-PLUS') {
    const peerCert = stream.getPeerCertificate().raw
    let hashName = signatureAlgorithmHashFromCertificate(peerCert)
    if (hashName === 'MD5' || hashName === 'SHA-1') hashName = 'SHA-256'
    const certHash = await crypto.hashByName(hashName, peerCert)
    const bindingData = Buffer.concat([Buffer.from('p=tls-server-end-point,,'), Buffer.from(certHash)])
    channelBinding = bindingData.toString('base64')
  }

  const clientFinalMessageWithoutProof = 'c=' + channelBinding + ',r=' + sv.nonce
  const authMessage = clientFirstMessageBare + ',' + serverFirstMessage + ',' + clientFinalMessageWithoutProof

  const saltBytes = Buffer.from(sv.salt, 'base64')
  const saltedPassword = await crypto.deriveKey(saslprep(password), saltBytes, sv.iteration)
  const clientKey = await crypto.hmacSha256(saltedPassword, 'Client Key')
  const storedKey = await crypto.sha256(clientKey)
  const clientSignature = await crypto.hmacSha256(storedKey, authMessage)
  const clientProof = xorBuffers(Buffer.from(clientKey), Buffer.from(clientSignature)).toString('base64')
  const serverKey = await crypto.hmacSha256(saltedPassword, 'Server Key')
  const serverSignatureBytes = await crypto.hmacSha256(serverKey, authMessage)

  session.message = 'SASLResponse'
  session.serverSignature = Buffer.from(serverSignatureBytes).toString('base64')
  session.response = clientFinalMessageWithoutProof + ',p=' + clientProof
}

function finalizeSession(session, serverData) {
  if (session.message !== 'SASLResponse') {
    throw new Error('SASL: Last message was not SASLResponse')
  }
  if (typeof serverData !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: serverData must be a string')
  }

  const { serverSignature } = parseServerFinalMessage(serverData)

  if (serverSignature !== session.serverSignature) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature does not match')
  }
}

/**
 * printable       = %x21-2B / %x2D-7E
 *                   ;; Printable ASCII except ",".
 *                   ;; Note that any "printable" is also
 *                   ;; a valid "value".
 */
function isPrintableChars(text) {
  if (typeof text !== 'string') {
    throw new TypeError('SASL: text must be a string')
  }
  return text
    .split('')
    .map((_, i) => text.charCodeAt(i))
    .every((c) => (c >= 0x21 && c <= 0x2b) || (c >= 0x2d && c <= 0x7e))
}

/**
 * base64-char     = ALPHA / DIGIT / "/" / "+"
 *
 * base64-4        = 4base64-char
 *
 * base64-3        = 3base64-char "="
 *
 * base64-2        = 2base64-char "=="
 *
 * base64          = *base64-4 [base64-3 / base64-2]
 */
function isBase64(text) {
  return /^(?:[a-zA-Z0-9+/]{4})*(?:[a-zA-Z0-9+/]{2}==|[a-zA-Z0-9+/]{3}=)?$/.test(text)
}

function parseAttributePairs(text) {
  if (typeof text !== 'string') {
    throw new TypeError('SASL: attribute pairs text must be a string')
  }

  return new Map(
    text.split(',').map((attrValue) => {
      if (!/^.=/.test(attrValue)) {
        throw new Error('SASL: Invalid attribute pair entry')
      }
      const name = attrValue[0]
      const value = attrValue.substring(2)
      return [name, value]
    })
  )
}

function parseServerFirstMessage(data) {
  const attrPairs = parseAttributePairs(data)

  const nonce = attrPairs.get('r')
  if (!nonce) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce missing')
  } else if (!isPrintableChars(nonce)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce must only contain printable characters')
  }
  const salt = attrPairs.get('s')
  if (!salt) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: salt missing')
  } else if (!isBase64(salt)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: salt must be base64')
  }
  const iterationText = attrPairs.get('i')
  if (!iterationText) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration missing')
  } else if (!/^[1-9][0-9]*$/.test(iterationText)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: invalid iteration count')
  }
  const iteration = parseInt(iterationText, 10)

  return {
    nonce,
    salt,
    iteration,
  }
}

function parseServerFinalMessage(serverData) {
  const attrPairs = parseAttributePairs(serverData)
  const error = attrPairs.get('e')
  const serverSignature = attrPairs.get('v')

  if (error) {
    throw new Error(`SASL: SCRAM-SERVER-FINAL-MESSAGE: server returned error: "${error}"`)
  }

  if (!serverSignature) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature is missing')
  } else if (!isBase64(serverSignature)) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature must be base64')
  }
  return {
    serverSignature,
  }
}

function xorBuffers(a, b) {
  if (!Buffer.isBuffer(a)) {
    throw new TypeError('first argument must be a Buffer')
  }
  if (!Buffer.isBuffer(b)) {
    throw new TypeError('second argument must be a Buffer')
  }
  if (a.length !== b.length) {
    throw new Error('Buffer lengths must match')
  }
  if (a.length === 0) {
    throw new Error('Buffers cannot be empty')
  }
  return Buffer.from(a.map((_, i) => a[i] ^ b[i]))
}

module.exports = {
  startSession,
  continueSession,
  finalizeSession,
  DEFAULT_MAX_SCRAM_ITERATIONS,
}


/***/ }),

/***/ 84150:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const nodeCrypto = __webpack_require__(76982)

module.exports = {
  postgresMd5PasswordHash,
  randomBytes,
  deriveKey,
  sha256,
  hashByName,
  hmacSha256,
  md5,
}

/**
 * The Web Crypto API - grabbed from the Node.js library or the global
 * @type Crypto
 */
// eslint-disable-next-line no-undef
const webCrypto = nodeCrypto.webcrypto || globalThis.crypto
/**
 * The SubtleCrypto API for low level crypto operations.
 * @type SubtleCrypto
 */
const subtleCrypto = webCrypto.subtle
const textEncoder = new TextEncoder()

/**
 *
 * @param {*} length
 * @returns
 */
function randomBytes(length) {
  return webCrypto.getRandomValues(Buffer.alloc(length))
}

async function md5(string) {
  try {
    return nodeCrypto.createHash('md5').update(string, 'utf-8').digest('hex')
  } catch (e) {
    // `createHash()` failed so we are probably not in Node.js, use the WebCrypto API instead.
    // Note that the MD5 algorithm on WebCrypto is not available in Node.js.
    // This is why we cannot just use WebCrypto in all environments.
    const data = typeof string === 'string' ? textEncoder.encode(string) : string
    const hash = await subtleCrypto.digest('MD5', data)
    return Array.from(new Uint8Array(hash))
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')
  }
}

// See AuthenticationMD5Password at https://www.postgresql.org/docs/current/static/protocol-flow.html
async function postgresMd5PasswordHash(user, password, salt) {
  const inner = await md5(password + user)
  const outer = await md5(Buffer.concat([Buffer.from(inner), salt]))
  return 'md5' + outer
}

/**
 * Create a SHA-256 digest of the given data
 * @param {Buffer} data
 */
async function sha256(text) {
  return await subtleCrypto.digest('SHA-256', text)
}

async function hashByName(hashName, text) {
  return await subtleCrypto.digest(hashName, text)
}

/**
 * Sign the message with the given key
 * @param {ArrayBuffer} keyBuffer
 * @param {string} msg
 */
async function hmacSha256(keyBuffer, msg) {
  const key = await subtleCrypto.importKey('raw', keyBuffer, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return await subtleCrypto.sign('HMAC', key, textEncoder.encode(msg))
}

/**
 * Derive a key from the password and salt
 * @param {string} password
 * @param {Uint8Array} salt
 * @param {number} iterations
 */
async function deriveKey(password, salt, iterations) {
  const key = await subtleCrypto.importKey('raw', textEncoder.encode(password), 'PBKDF2', false, ['deriveBits'])
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations }
  return await subtleCrypto.deriveBits(params, key, 32 * 8, ['deriveBits'])
}


/***/ }),

/***/ 68995:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



let user
try {
  user = process.platform === 'win32' ? process.env.USERNAME : process.env.USER
} catch {
  // ignore, e.g., Deno without --allow-env
}

module.exports = {
  // database host. defaults to localhost
  host: 'localhost',

  // database user's name
  user,

  // name of database to connect
  database: undefined,

  // database user's password
  password: null,

  // a Postgres connection string to be used instead of setting individual connection items
  // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
  // in the defaults object.
  connectionString: undefined,

  // database port
  port: 5432,

  // number of rows to return at a time from a prepared statement's
  // portal. 0 will return all rows at once
  rows: 0,

  // binary result mode
  binary: false,

  // Connection pool options - see https://github.com/brianc/node-pg-pool

  // number of connections to use in connection pool
  // 0 will disable connection pooling
  max: 10,

  // max milliseconds a client can go unused before it is removed
  // from the pool and destroyed
  idleTimeoutMillis: 30000,

  client_encoding: '',

  ssl: false,

  // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
  sslnegotiation: undefined,

  application_name: undefined,

  fallback_application_name: undefined,

  options: undefined,

  parseInputDatesAsUTC: false,

  // max milliseconds any query using this connection will execute for before timing out in error.
  // false=unlimited
  statement_timeout: false,

  // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
  // false=unlimited
  lock_timeout: false,

  // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
  // false=unlimited
  idle_in_transaction_session_timeout: false,

  // max milliseconds to wait for query to complete (client side)
  query_timeout: false,

  connect_timeout: 0,

  keepalives: 1,

  keepalives_idle: 0,
}

const pgTypes = __webpack_require__(11549)
// save default parsers
const parseBigInteger = pgTypes.getTypeParser(20, 'text')
const parseBigIntegerArray = pgTypes.getTypeParser(1016, 'text')

// parse int8 so you can get your count values as actual numbers
module.exports.__defineSetter__('parseInt8', function (val) {
  pgTypes.setTypeParser(20, 'text', val ? pgTypes.getTypeParser(23, 'text') : parseBigInteger)
  pgTypes.setTypeParser(1016, 'text', val ? pgTypes.getTypeParser(1007, 'text') : parseBigIntegerArray)
})


/***/ }),

/***/ 13273:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const Client = __webpack_require__(75042)
const defaults = __webpack_require__(68995)
const Connection = __webpack_require__(9809)
const Result = __webpack_require__(26424)
const utils = __webpack_require__(69652)
const Pool = __webpack_require__(17558)
const TypeOverrides = __webpack_require__(50365)
const { DatabaseError } = __webpack_require__(74233)
const { escapeIdentifier, escapeLiteral } = __webpack_require__(69652)

const poolFactory = (Client) => {
  return class BoundPool extends Pool {
    constructor(options) {
      super(options, Client)
    }
  }
}

const PG = function (clientConstructor) {
  this.defaults = defaults
  this.Client = clientConstructor
  this.Query = this.Client.Query
  this.Pool = poolFactory(this.Client)
  this._pools = []
  this.Connection = Connection
  this.types = __webpack_require__(11549)
  this.DatabaseError = DatabaseError
  this.TypeOverrides = TypeOverrides
  this.escapeIdentifier = escapeIdentifier
  this.escapeLiteral = escapeLiteral
  this.Result = Result
  this.utils = utils
}

let clientConstructor = Client

let forceNative = false
try {
  forceNative = !!process.env.NODE_PG_FORCE_NATIVE
} catch {
  // ignore, e.g., Deno without --allow-env
}

if (forceNative) {
  clientConstructor = __webpack_require__(45301)
}

module.exports = new PG(clientConstructor)

// lazy require native module...the native module may not have installed
Object.defineProperty(module.exports, "native", ({
  configurable: true,
  enumerable: false,
  get() {
    let native = null
    try {
      native = new PG(__webpack_require__(45301))
    } catch (err) {
      if (err.code !== 'MODULE_NOT_FOUND') {
        throw err
      }
    }

    // overwrite module.exports.native so that getter is never called again
    Object.defineProperty(module.exports, "native", ({
      value: native,
    }))

    return native
  },
}))


/***/ }),

/***/ 28942:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const nodeUtils = __webpack_require__(39023)
// eslint-disable-next-line
var Native
// eslint-disable-next-line no-useless-catch
try {
  // Wrap this `require()` in a try-catch to avoid upstream bundlers from complaining that this might not be available since it is an optional import
  Native = __webpack_require__(84390)
} catch (e) {
  throw e
}
const TypeOverrides = __webpack_require__(50365)
const EventEmitter = (__webpack_require__(24434).EventEmitter)
const util = __webpack_require__(39023)
const ConnectionParameters = __webpack_require__(646)

const NativeQuery = __webpack_require__(17581)

const queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.'
)

const Client = (module.exports = function (config) {
  EventEmitter.call(this)
  config = config || {}

  this._Promise = config.Promise || global.Promise
  this._types = new TypeOverrides(config.types)

  this.native = new Native({
    types: this._types,
  })

  this._queryQueue = []
  this._ending = false
  this._connecting = false
  this._connected = false
  this._queryable = true
  this.pipeline = Boolean(config.pipeline)
  this._pipelineInFlight = false

  // keep these on the object for legacy reasons
  // for the time being. TODO: deprecate all this jazz
  const cp = (this.connectionParameters = new ConnectionParameters(config))
  if (config.nativeConnectionString) cp.nativeConnectionString = config.nativeConnectionString
  this.user = cp.user

  // "hiding" the password so it doesn't show up in stack traces
  // or if the client is console.logged
  Object.defineProperty(this, 'password', {
    configurable: true,
    enumerable: false,
    writable: true,
    value: cp.password,
  })
  this.database = cp.database
  this.host = cp.host
  this.port = cp.port

  // a hash to hold named queries
  this.namedQueries = {}
})

Client.Query = NativeQuery

util.inherits(Client, EventEmitter)

Client.prototype._errorAllQueries = function (err) {
  const enqueueError = (query) => {
    process.nextTick(() => {
      query.native = this.native
      query.handleError(err)
    })
  }

  if (this._hasActiveQuery()) {
    enqueueError(this._activeQuery)
    this._activeQuery = null
  }

  this._queryQueue.forEach(enqueueError)
  this._queryQueue.length = 0
}

// connect to the backend
// pass an optional callback to be called once connected
// or with an error if there was a connection error
Client.prototype._connect = function (cb) {
  const self = this

  if (this._connecting) {
    process.nextTick(() => cb(new Error('Client has already been connected. You cannot reuse a client.')))
    return
  }

  this._connecting = true

  this.connectionParameters.getLibpqConnectionString(function (err, conString) {
    if (self.connectionParameters.nativeConnectionString) conString = self.connectionParameters.nativeConnectionString
    if (err) return cb(err)
    self.native.connect(conString, function (err) {
      if (err) {
        self.native.end()
        return cb(err)
      }

      // set internal states to connected
      self._connected = true

      // handle connection errors from the native layer
      self.native.on('error', function (err) {
        self._queryable = false
        self._errorAllQueries(err)
        self.emit('error', err)
      })

      self.native.on('notification', function (msg) {
        self.emit('notification', {
          channel: msg.relname,
          payload: msg.extra,
        })
      })

      // signal we are connected now
      self.emit('connect')
      self._pulseQueryQueue(true)

      cb(null, this)
    })
  })
}

Client.prototype.connect = function (callback) {
  if (callback) {
    this._connect(callback)
    return
  }

  return new this._Promise((resolve, reject) => {
    this._connect((error) => {
      if (error) {
        reject(error)
      } else {
        resolve(this)
      }
    })
  })
}

// send a query to the server
// this method is highly overloaded to take
// 1) string query, optional array of parameters, optional function callback
// 2) object query with {
//    string query
//    optional array values,
//    optional function callback instead of as a separate parameter
//    optional string name to name & cache the query plan
//    optional string rowMode = 'array' for an array of results
//  }
Client.prototype.query = function (config, values, callback) {
  let query
  let result
  let readTimeout
  let readTimeoutTimer
  let queryCallback

  if (config === null || config === undefined) {
    throw new TypeError('Client was passed a null or undefined query')
  } else if (typeof config.submit === 'function') {
    readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    result = query = config
    // accept query(new Query(...), (err, res) => { }) style
    if (typeof values === 'function') {
      config.callback = values
    }
  } else {
    readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    query = new NativeQuery(config, values, callback)
    if (!query.callback) {
      let resolveOut, rejectOut
      result = new this._Promise((resolve, reject) => {
        resolveOut = resolve
        rejectOut = reject
      }).catch((err) => {
        Error.captureStackTrace(err)
        throw err
      })
      query.callback = (err, res) => (err ? rejectOut(err) : resolveOut(res))
    }
  }

  if (readTimeout) {
    queryCallback = query.callback || (() => {})

    readTimeoutTimer = setTimeout(() => {
      const error = new Error('Query read timeout')

      process.nextTick(() => {
        query.handleError(error, this.connection)
      })

      queryCallback(error)

      // we already returned an error,
      // just do nothing if query completes
      query.callback = () => {}

      // Remove from queue
      const index = this._queryQueue.indexOf(query)
      if (index > -1) {
        this._queryQueue.splice(index, 1)
      }

      this._pulseQueryQueue()
    }, readTimeout)

    query.callback = (err, res) => {
      clearTimeout(readTimeoutTimer)
      queryCallback(err, res)
    }
  }

  if (!this._queryable) {
    query.native = this.native
    process.nextTick(() => {
      query.handleError(new Error('Client has encountered a connection error and is not queryable'))
    })
    return result
  }

  if (this._ending) {
    query.native = this.native
    process.nextTick(() => {
      query.handleError(new Error('Client was closed and is not queryable'))
    })
    return result
  }

  if (this._queryQueue.length > 0 && !this.pipeline) {
    queryQueueLengthDeprecationNotice()
  }

  this._queryQueue.push(query)
  this._pulseQueryQueue()
  return result
}

// disconnect from the backend server
Client.prototype.end = function (cb) {
  const self = this

  this._ending = true

  if (this._connecting && !this._connected) {
    this.once('connect', () => {
      this.end(() => {})
    })
  }
  let result
  if (!cb) {
    result = new this._Promise(function (resolve, reject) {
      cb = (err) => (err ? reject(err) : resolve())
    })
  }

  const doEnd = function () {
    self.native.end(function () {
      self._connected = false

      self._errorAllQueries(new Error('Connection terminated'))

      process.nextTick(() => {
        self.emit('end')
        if (cb) cb()
      })
    })
  }

  // If pipeline has in-flight or queued queries, wait for them to drain before closing
  if (this.pipeline && (this._pipelineInFlight || this._queryQueue.length > 0)) {
    this.once('drain', doEnd)
  } else {
    doEnd()
  }
  return result
}

Client.prototype._hasActiveQuery = function () {
  return this._activeQuery && this._activeQuery.state !== 'error' && this._activeQuery.state !== 'end'
}

Client.prototype._pulseQueryQueue = function (initialConnection) {
  if (!this._connected) {
    return
  }
  if (this.pipeline && !initialConnection) {
    return this._pulsePipelinedQueryQueue()
  }
  if (this._hasActiveQuery()) {
    return
  }
  const query = this._queryQueue.shift()
  if (!query) {
    if (!initialConnection) {
      this.emit('drain')
    }
    return
  }
  this._activeQuery = query
  query.submit(this)
  const self = this
  query.once('_done', function () {
    self._pulseQueryQueue()
  })
}

Client.prototype._pulsePipelinedQueryQueue = function () {
  if (!this._connected || this._pipelineInFlight) {
    return
  }
  if (this._queryQueue.length === 0) {
    if (this.hasExecuted) {
      this.emit('drain')
    }
    return
  }

  this._pipelineInFlight = true
  const self = this
  const queries = []
  const nativeQueries = []
  const utils = __webpack_require__(69652)

  while (this._queryQueue.length > 0) {
    const query = this._queryQueue.shift()
    this.hasExecuted = true
    nativeQueries.push(query)

    const values = query.values ? query.values.map(utils.prepareValue) : null
    const pipelineEntry = { text: query.text, name: query.name, arrayMode: query._arrayMode }
    if (values) {
      pipelineEntry.values = values
    }
    if (query.name && this.namedQueries[query.name]) {
      pipelineEntry._alreadyPrepared = true
    }
    queries.push(pipelineEntry)
  }

  this.native.pipeline(queries, function (err, results) {
    self._pipelineInFlight = false

    if (err) {
      // Total pipeline failure. Per-query errors arrive on results[i].err, so reaching here means
      // the connection itself is gone: mark it unusable and say so, the way the JS client and the
      // non-pipelined native path both do. Without this the client looks healthy after losing its
      // backend, a Pool never discards it, and everything routed to it fails one query at a time
      // for the life of the process.
      self._connected = false
      self._queryable = false
      for (let i = 0; i < nativeQueries.length; i++) {
        const q = nativeQueries[i]
        q.native = self.native
        q.handleError(err)
      }
      self._errorAllQueries(err)
      self.emit('error', err)
      self.emit('end')
      return
    }

    // Deliver results to each query
    for (let i = 0; i < nativeQueries.length; i++) {
      const q = nativeQueries[i]
      const r = results[i]
      q.native = self.native

      if (r.err) {
        q.handleError(r.err)
      } else {
        // Track named queries on success
        if (q.name) {
          self.namedQueries[q.name] = q.text
        }
        q.state = 'end'
        q.emit('end', r.result)
        if (q.callback) {
          q.callback(null, r.result)
        }
      }

      setImmediate(function () {
        q.emit('_done')
      })
    }

    // Process any queries that arrived while we were reading
    self._pulsePipelinedQueryQueue()
  })
}

// attempt to cancel an in-progress query
Client.prototype.cancel = function (query) {
  if (this._activeQuery === query) {
    this.native.cancel(function () {})
  } else if (this._queryQueue.indexOf(query) !== -1) {
    this._queryQueue.splice(this._queryQueue.indexOf(query), 1)
  }
}

Client.prototype.ref = function () {}
Client.prototype.unref = function () {}

Client.prototype.setTypeParser = function (oid, format, parseFn) {
  return this._types.setTypeParser(oid, format, parseFn)
}

Client.prototype.getTypeParser = function (oid, format) {
  return this._types.getTypeParser(oid, format)
}

Client.prototype.isConnected = function () {
  return this._connected
}

Client.prototype.getTransactionStatus = function () {
  return this.native.getTransactionStatus()
}


/***/ }),

/***/ 45301:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


module.exports = __webpack_require__(28942)


/***/ }),

/***/ 17581:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const EventEmitter = (__webpack_require__(24434).EventEmitter)
const util = __webpack_require__(39023)
const utils = __webpack_require__(69652)

const NativeQuery = (module.exports = function (config, values, callback) {
  EventEmitter.call(this)
  config = utils.normalizeQueryConfig(config, values, callback)
  this.text = config.text
  this.values = config.values
  this.name = config.name
  this.queryMode = config.queryMode
  this.callback = config.callback
  this.state = 'new'
  this._arrayMode = config.rowMode === 'array'

  // if the 'row' event is listened for
  // then emit them as they come in
  // without setting singleRowMode to true
  // this has almost no meaning because libpq
  // reads all rows into memory before returning any
  this._emitRowEvents = false
  this.on(
    'newListener',
    function (event) {
      if (event === 'row') this._emitRowEvents = true
    }.bind(this)
  )
})

util.inherits(NativeQuery, EventEmitter)

const errorFieldMap = {
  sqlState: 'code',
  statementPosition: 'position',
  messagePrimary: 'message',
  messageDetail: 'detail',
  messageHint: 'hint',
  context: 'where',
  schemaName: 'schema',
  tableName: 'table',
  columnName: 'column',
  dataTypeName: 'dataType',
  constraintName: 'constraint',
  sourceFile: 'file',
  sourceLine: 'line',
  sourceFunction: 'routine',
}

NativeQuery.prototype.handleError = function (err) {
  // copy pq error fields into the error object
  const fields = this.native && this.native.pq.resultErrorFields()
  if (fields) {
    for (const key in fields) {
      const normalizedFieldName = errorFieldMap[key] || key
      err[normalizedFieldName] = fields[key]
    }
  }
  if (this.callback) {
    this.callback(err)
  } else {
    this.emit('error', err)
  }
  this.state = 'error'
}

NativeQuery.prototype.then = function (onSuccess, onFailure) {
  return this._getPromise().then(onSuccess, onFailure)
}

NativeQuery.prototype.catch = function (callback) {
  return this._getPromise().catch(callback)
}

NativeQuery.prototype._getPromise = function () {
  if (this._promise) return this._promise
  this._promise = new Promise(
    function (resolve, reject) {
      this._once('end', resolve)
      this._once('error', reject)
    }.bind(this)
  )
  return this._promise
}

NativeQuery.prototype.submit = function (client) {
  this.state = 'running'
  const self = this
  this.native = client.native
  client.native.arrayMode = this._arrayMode

  let after = function (err, rows, results) {
    client.native.arrayMode = false
    setImmediate(function () {
      self.emit('_done')
    })

    // handle possible query error
    if (err) {
      return self.handleError(err)
    }

    // emit row events for each row in the result
    if (self._emitRowEvents) {
      if (results.length > 1) {
        rows.forEach((rowOfRows, i) => {
          rowOfRows.forEach((row) => {
            self.emit('row', row, results[i])
          })
        })
      } else {
        rows.forEach(function (row) {
          self.emit('row', row, results)
        })
      }
    }

    // handle successful result
    self.state = 'end'
    self.emit('end', results)
    if (self.callback) {
      self.callback(null, results)
    }
  }

  if (process.domain) {
    after = process.domain.bind(after)
  }

  // named query
  if (this.name) {
    if (this.name.length > 63) {
      console.error('Warning! Postgres only supports 63 characters for query names.')
      console.error('You supplied %s (%s)', this.name, this.name.length)
      console.error('This can cause conflicts and silent errors executing queries')
    }
    const values = (this.values || []).map(utils.prepareValue)

    // check if the client has already executed this named query
    // if so...just execute it again - skip the planning phase
    if (client.namedQueries[this.name] !== undefined) {
      if (this.text && client.namedQueries[this.name] !== this.text) {
        const err = new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`)
        return after(err)
      }
      return client.native.execute(this.name, values, after)
    }
    // plan the named query the first time, then execute it
    return client.native.prepare(this.name, this.text, values.length, function (err) {
      if (err) return after(err)
      client.namedQueries[self.name] = self.text
      return self.native.execute(self.name, values, after)
    })
  } else if (this.values) {
    if (!Array.isArray(this.values)) {
      const err = new Error('Query values must be an array')
      return after(err)
    }
    const vals = this.values.map(utils.prepareValue)
    client.native.query(this.text, vals, after)
  } else if (this.queryMode === 'extended') {
    client.native.query(this.text, [], after)
  } else {
    client.native.query(this.text, after)
  }
}


/***/ }),

/***/ 84473:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { EventEmitter } = __webpack_require__(24434)

const Result = __webpack_require__(26424)
const utils = __webpack_require__(69652)

class Query extends EventEmitter {
  constructor(config, values, callback) {
    super()

    config = utils.normalizeQueryConfig(config, values, callback)

    this.text = config.text
    this.values = config.values
    this.rows = config.rows
    this.types = config.types
    this.name = config.name
    this.queryMode = config.queryMode
    this.binary = config.binary
    // use unique portal name each time
    this.portal = config.portal || ''
    this.callback = config.callback
    this._rowMode = config.rowMode
    if (process.domain && config.callback) {
      this.callback = process.domain.bind(config.callback)
    }
    this._result = new Result(this._rowMode, this.types)

    // potential for multiple results
    this._results = this._result
    this._canceledDueToError = false
  }

  requiresPreparation() {
    if (this.queryMode === 'extended') {
      return true
    }

    // named queries must always be prepared
    if (this.name) {
      return true
    }
    // always prepare if there are max number of rows expected per
    // portal execution
    if (this.rows) {
      return true
    }
    // don't prepare empty text queries
    if (!this.text) {
      return false
    }
    // prepare if there are values
    if (!this.values) {
      return false
    }
    return this.values.length > 0
  }

  _checkForMultirow() {
    // if we already have a result with a command property
    // then we've already executed one query in a multi-statement simple query
    // turn our results into an array of results
    if (this._result.command) {
      if (!Array.isArray(this._results)) {
        this._results = [this._result]
      }
      this._result = new Result(this._rowMode, this._result._types)
      this._results.push(this._result)
    }
  }

  // associates row metadata from the supplied
  // message with this query object
  // metadata used when parsing row results
  handleRowDescription(msg) {
    this._checkForMultirow()
    this._result.addFields(msg.fields)
    this._accumulateRows = this.callback || !this.listeners('row').length
  }

  handleDataRow(msg) {
    let row

    if (this._canceledDueToError) {
      return
    }

    try {
      row = this._result.parseRow(msg.fields)
    } catch (err) {
      this._canceledDueToError = err
      return
    }

    this.emit('row', row, this._result)
    if (this._accumulateRows) {
      this._result.addRow(row)
    }
  }

  handleCommandComplete(msg, connection) {
    this._checkForMultirow()
    this._result.addCommandComplete(msg)
    // need to sync after each command complete of a prepared statement
    // if we were using a row count which results in multiple calls to _getRows
    if (this.rows) {
      connection.sync()
    }
  }

  // if a named prepared statement is created with empty query text
  // the backend will send an emptyQuery message but *not* a command complete message
  // since we pipeline sync immediately after execute we don't need to do anything here
  // unless we have rows specified, in which case we did not pipeline the initial sync call
  handleEmptyQuery(connection) {
    if (this.rows) {
      connection.sync()
    }
  }

  handleError(err, connection) {
    // need to sync after error during a prepared statement
    if (this._canceledDueToError) {
      err = this._canceledDueToError
      this._canceledDueToError = false
    }
    // if callback supplied do not emit error event as uncaught error
    // events will bubble up to node process
    if (this.callback) {
      return this.callback(err)
    }
    this.emit('error', err)
  }

  handleReadyForQuery(con) {
    if (this._canceledDueToError) {
      return this.handleError(this._canceledDueToError, con)
    }
    if (this.callback) {
      try {
        this.callback(null, this._results)
      } catch (err) {
        process.nextTick(() => {
          throw err
        })
      }
    }
    this.emit('end', this._results)
  }

  submit(connection) {
    if (typeof this.text !== 'string' && typeof this.name !== 'string') {
      return new Error('A query must have either text or a name. Supplying neither is unsupported.')
    }
    const previous = connection.parsedStatements[this.name] || connection.submittedNamedStatements[this.name]
    if (this.text && previous && this.text !== previous) {
      return new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`)
    }
    if (this.values && !Array.isArray(this.values)) {
      return new Error('Query values must be an array')
    }
    if (this.requiresPreparation()) {
      // If we're using the extended query protocol we fire off several separate commands
      // to the backend. On some versions of node & some operating system versions
      // the network stack writes each message separately instead of buffering them together
      // causing the client & network to send more slowly. Corking & uncorking the stream
      // allows node to buffer up the messages internally before sending them all off at once.
      // note: we're checking for existence of cork/uncork because some versions of streams
      // might not have this (cloudflare?)
      connection.stream.cork && connection.stream.cork()
      try {
        this.prepare(connection)
      } finally {
        // while unlikely for this.prepare to throw, if it does & we don't uncork this stream
        // this client becomes unresponsive, so put in finally block "just in case"
        connection.stream.uncork && connection.stream.uncork()
      }
    } else {
      connection.query(this.text)
    }
    return null
  }

  hasBeenParsed(connection) {
    return (
      this.name &&
      (connection.parsedStatements[this.name] !== undefined ||
        connection.submittedNamedStatements[this.name] !== undefined)
    )
  }

  handlePortalSuspended(connection) {
    this._getRows(connection, this.rows)
  }

  _getRows(connection, rows) {
    connection.execute({
      portal: this.portal,
      rows: rows,
    })
    // if we're not reading pages of rows send the sync command
    // to indicate the pipeline is finished
    if (!rows) {
      connection.sync()
    } else {
      // otherwise flush the call out to read more rows
      connection.flush()
    }
  }

  // http://developer.postgresql.org/pgdocs/postgres/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY
  prepare(connection) {
    // TODO refactor this poor encapsulation
    if (!this.hasBeenParsed(connection)) {
      connection.parse({
        text: this.text,
        name: this.name,
        types: this.types,
      })
      if (this.name) {
        connection.submittedNamedStatements[this.name] = this.text
      }
    }

    // because we're mapping user supplied values to
    // postgres wire protocol compatible values it could
    // throw an exception, so try/catch this section
    try {
      connection.bind({
        portal: this.portal,
        statement: this.name,
        values: this.values,
        binary: this.binary,
        valueMapper: utils.prepareValue,
      })
    } catch (err) {
      // we should close parse to avoid leaking connections
      connection.close({ type: 'S', name: this.name })
      connection.sync()

      this.handleError(err, connection)
      return
    }

    connection.describe({
      type: 'P',
      name: this.portal || '',
    })

    this._getRows(connection, this.rows)
  }

  handleCopyInResponse(connection) {
    connection.sendCopyFail('No source stream defined')
  }

  handleCopyData(msg, connection) {
    // noop
  }
}

module.exports = Query


/***/ }),

/***/ 26424:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const types = __webpack_require__(11549)

const matchRegexp = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/

// result object returned from query
// in the 'end' event and also
// passed as second argument to provided callback
class Result {
  constructor(rowMode, types) {
    this.command = null
    this.rowCount = null
    this.oid = null
    this.rows = []
    this.fields = []
    this._parsers = undefined
    this._types = types
    this.RowCtor = null
    this.rowAsArray = rowMode === 'array'
    if (this.rowAsArray) {
      this.parseRow = this._parseRowAsArray
    }
    this._prebuiltEmptyResultObject = null
  }

  // adds a command complete message
  addCommandComplete(msg) {
    let match
    if (msg.text) {
      // pure javascript
      match = matchRegexp.exec(msg.text)
    } else {
      // native bindings
      match = matchRegexp.exec(msg.command)
    }
    if (match) {
      this.command = match[1]
      if (match[3]) {
        // COMMAND OID ROWS
        this.oid = parseInt(match[2], 10)
        this.rowCount = parseInt(match[3], 10)
      } else if (match[2]) {
        // COMMAND ROWS
        this.rowCount = parseInt(match[2], 10)
      }
    }
  }

  _parseRowAsArray(rowData) {
    const row = new Array(rowData.length)
    for (let i = 0, len = rowData.length; i < len; i++) {
      const rawValue = rowData[i]
      if (rawValue !== null) {
        row[i] = this._parsers[i](rawValue)
      } else {
        row[i] = null
      }
    }
    return row
  }

  parseRow(rowData) {
    const row = { ...this._prebuiltEmptyResultObject }
    for (let i = 0, len = rowData.length; i < len; i++) {
      const rawValue = rowData[i]
      const field = this.fields[i].name
      if (rawValue !== null) {
        const v = this.fields[i].format === 'binary' ? Buffer.from(rawValue) : rawValue
        row[field] = this._parsers[i](v)
      } else {
        row[field] = null
      }
    }
    return row
  }

  addRow(row) {
    this.rows.push(row)
  }

  addFields(fieldDescriptions) {
    // clears field definitions
    // multiple query statements in 1 action can result in multiple sets
    // of rowDescriptions...eg: 'select NOW(); select 1::int;'
    // you need to reset the fields
    this.fields = fieldDescriptions
    if (this.fields.length) {
      this._parsers = new Array(fieldDescriptions.length)
    }

    const row = Object.create(null)

    for (let i = 0; i < fieldDescriptions.length; i++) {
      const desc = fieldDescriptions[i]
      row[desc.name] = null

      if (this._types) {
        this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || 'text')
      } else {
        this._parsers[i] = types.getTypeParser(desc.dataTypeID, desc.format || 'text')
      }
    }

    this._prebuiltEmptyResultObject = { ...row }
  }
}

module.exports = Result


/***/ }),

/***/ 30829:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { getStream, getSecureStream } = getStreamFuncs()

module.exports = {
  /**
   * Get a socket stream compatible with the current runtime environment.
   * @returns {Duplex}
   */
  getStream,
  /**
   * Get a TLS secured socket, compatible with the current environment,
   * using the socket and other settings given in `options`.
   * @returns {Duplex}
   */
  getSecureStream,
}

/**
 * The stream functions that work in Node.js
 */
function getNodejsStreamFuncs() {
  function getStream(ssl) {
    const net = __webpack_require__(69278)
    return new net.Socket()
  }

  function getSecureStream(options) {
    const tls = __webpack_require__(64756)
    return tls.connect(options)
  }
  return {
    getStream,
    getSecureStream,
  }
}

/**
 * The stream functions that work in Cloudflare Workers
 */
function getCloudflareStreamFuncs() {
  function getStream(ssl) {
    const { CloudflareSocket } = __webpack_require__(785)
    return new CloudflareSocket(ssl)
  }

  function getSecureStream(options) {
    options.socket.startTls(options)
    return options.socket
  }
  return {
    getStream,
    getSecureStream,
  }
}

/**
 * Are we running in a Cloudflare Worker?
 *
 * @returns true if the code is currently running inside a Cloudflare Worker.
 */
function isCloudflareRuntime() {
  // Since 2022-03-21 the `global_navigator` compatibility flag is on for Cloudflare Workers
  // which means that `navigator.userAgent` will be defined.
  // eslint-disable-next-line no-undef
  if (typeof navigator === 'object' && navigator !== null && typeof navigator.userAgent === 'string') {
    // eslint-disable-next-line no-undef
    return navigator.userAgent === 'Cloudflare-Workers'
  }
  // In case `navigator` or `navigator.userAgent` is not defined then try a more sneaky approach
  if (typeof Response === 'function') {
    const resp = new Response(null, { cf: { thing: true } })
    if (typeof resp.cf === 'object' && resp.cf !== null && resp.cf.thing) {
      return true
    }
  }
  return false
}

function getStreamFuncs() {
  if (isCloudflareRuntime()) {
    return getCloudflareStreamFuncs()
  }
  return getNodejsStreamFuncs()
}


/***/ }),

/***/ 50365:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const types = __webpack_require__(11549)

function TypeOverrides(userTypes) {
  this._types = userTypes || types
  this.text = {}
  this.binary = {}
}

TypeOverrides.prototype.getOverrides = function (format) {
  switch (format) {
    case 'text':
      return this.text
    case 'binary':
      return this.binary
    default:
      return {}
  }
}

TypeOverrides.prototype.setTypeParser = function (oid, format, parseFn) {
  if (typeof format === 'function') {
    parseFn = format
    format = 'text'
  }
  this.getOverrides(format)[oid] = parseFn
}

TypeOverrides.prototype.getTypeParser = function (oid, format) {
  format = format || 'text'
  return this.getOverrides(format)[oid] || this._types.getTypeParser(oid, format)
}

module.exports = TypeOverrides


/***/ }),

/***/ 69652:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const defaults = __webpack_require__(68995)
const nodeUtils = __webpack_require__(39023)

const { isDate } = __webpack_require__(98253)

const invalidDateDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.',
  'PG_INVALID_DATE'
)

function escapeElement(elementRepresentation) {
  const escaped = elementRepresentation.replace(/\\/g, '\\\\').replace(/"/g, '\\"')

  return '"' + escaped + '"'
}

// convert a JS array to a postgres array literal
// uses comma separator so won't work for types like box that use
// a different array separator.
function arrayString(val) {
  let result = '{'
  for (let i = 0; i < val.length; i++) {
    if (i > 0) {
      result += ','
    }
    let item = val[i]
    if (item == null) {
      result += 'NULL'
    } else if (Array.isArray(item)) {
      result += arrayString(item)
    } else if (ArrayBuffer.isView(item)) {
      if (!(item instanceof Buffer)) {
        item = Buffer.from(item.buffer, item.byteOffset, item.byteLength)
      }
      result += '\\\\x' + item.toString('hex')
    } else {
      result += escapeElement(prepareValue(item))
    }
  }
  result += '}'
  return result
}

// converts values from javascript types
// to their 'raw' counterparts for use as a postgres parameter
// note: you can override this function to provide your own conversion mechanism
// for complex types, etc...
const prepareValue = function (val, seen) {
  // null and undefined are both null for postgres
  if (val == null) {
    return null
  }
  if (typeof val === 'object') {
    if (val instanceof Buffer) {
      return val
    }
    if (ArrayBuffer.isView(val)) {
      return Buffer.from(val.buffer, val.byteOffset, val.byteLength)
    }
    if (isDate(val)) {
      if (isNaN(val.getTime())) {
        invalidDateDeprecationNotice()
      }
      if (defaults.parseInputDatesAsUTC) {
        return dateToStringUTC(val)
      } else {
        return dateToString(val)
      }
    }
    if (Array.isArray(val)) {
      return arrayString(val)
    }

    return prepareObject(val, seen)
  }
  return val.toString()
}

function prepareObject(val, seen) {
  if (val && typeof val.toPostgres === 'function') {
    seen = seen || []
    if (seen.indexOf(val) !== -1) {
      throw new Error('circular reference detected while preparing "' + val + '" for query')
    }
    seen.push(val)

    return prepareValue(val.toPostgres(prepareValue), seen)
  }
  return JSON.stringify(val)
}

function dateToString(date) {
  let offset = -date.getTimezoneOffset()

  let year = date.getFullYear()
  const isBCYear = year < 1
  if (isBCYear) year = Math.abs(year) + 1 // negative years are 1 off their BC representation

  let ret =
    String(year).padStart(4, '0') +
    '-' +
    String(date.getMonth() + 1).padStart(2, '0') +
    '-' +
    String(date.getDate()).padStart(2, '0') +
    'T' +
    String(date.getHours()).padStart(2, '0') +
    ':' +
    String(date.getMinutes()).padStart(2, '0') +
    ':' +
    String(date.getSeconds()).padStart(2, '0') +
    '.' +
    String(date.getMilliseconds()).padStart(3, '0')

  if (offset < 0) {
    ret += '-'
    offset *= -1
  } else {
    ret += '+'
  }

  ret += String(Math.floor(offset / 60)).padStart(2, '0') + ':' + String(offset % 60).padStart(2, '0')
  if (isBCYear) ret += ' BC'
  return ret
}

function dateToStringUTC(date) {
  let year = date.getUTCFullYear()
  const isBCYear = year < 1
  if (isBCYear) year = Math.abs(year) + 1 // negative years are 1 off their BC representation

  let ret =
    String(year).padStart(4, '0') +
    '-' +
    String(date.getUTCMonth() + 1).padStart(2, '0') +
    '-' +
    String(date.getUTCDate()).padStart(2, '0') +
    'T' +
    String(date.getUTCHours()).padStart(2, '0') +
    ':' +
    String(date.getUTCMinutes()).padStart(2, '0') +
    ':' +
    String(date.getUTCSeconds()).padStart(2, '0') +
    '.' +
    String(date.getUTCMilliseconds()).padStart(3, '0')

  ret += '+00:00'
  if (isBCYear) ret += ' BC'
  return ret
}

function normalizeQueryConfig(config, values, callback) {
  // can take in strings or config objects
  // Copy config so normalization does not mutate the caller's object.
  config = typeof config === 'string' ? { text: config } : cloneQueryConfig(config)
  if (values) {
    if (typeof values === 'function') {
      config.callback = values
    } else {
      config.values = values
    }
  }
  if (callback) {
    config.callback = callback
  }
  return config
}

function cloneQueryConfig(config) {
  if (config == null) {
    return config
  }
  return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config))
}

// Ported from PostgreSQL 9.2.4 source code in src/interfaces/libpq/fe-exec.c
const escapeIdentifier = function (str) {
  return '"' + str.replace(/"/g, '""') + '"'
}

const escapeLiteral = function (str) {
  let hasBackslash = false
  let escaped = "'"

  if (str == null) {
    return "''"
  }

  if (typeof str !== 'string') {
    return "''"
  }

  for (let i = 0; i < str.length; i++) {
    const c = str[i]
    if (c === "'") {
      escaped += c + c
    } else if (c === '\\') {
      escaped += c + c
      hasBackslash = true
    } else {
      escaped += c
    }
  }

  escaped += "'"

  if (hasBackslash === true) {
    escaped = ' E' + escaped
  }

  return escaped
}

module.exports = {
  prepareValue: function prepareValueWrapper(value) {
    // this ensures that extra arguments do not get passed into prepareValue
    // by accident, eg: from calling values.map(utils.prepareValue)
    return prepareValue(value)
  },
  normalizeQueryConfig,
  escapeIdentifier,
  escapeLiteral,
}


/***/ }),

/***/ 98702:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var path = __webpack_require__(16928)
  , Stream = (__webpack_require__(2203).Stream)
  , split = __webpack_require__(35286)
  , util = __webpack_require__(39023)
  , defaultPort = 5432
  , isWin = (process.platform === 'win32')
  , warnStream = process.stderr
;


var S_IRWXG = 56     //    00070(8)
  , S_IRWXO = 7      //    00007(8)
  , S_IFMT  = 61440  // 00170000(8)
  , S_IFREG = 32768  //  0100000(8)
;
function isRegFile(mode) {
    return ((mode & S_IFMT) == S_IFREG);
}

var fieldNames = [ 'host', 'port', 'database', 'user', 'password' ];
var nrOfFields = fieldNames.length;
var passKey = fieldNames[ nrOfFields -1 ];


function warn() {
    var isWritable = (
        warnStream instanceof Stream &&
          true === warnStream.writable
    );

    if (isWritable) {
        var args = Array.prototype.slice.call(arguments).concat("\n");
        warnStream.write( util.format.apply(util, args) );
    }
}


Object.defineProperty(module.exports, "isWin", ({
    get : function() {
        return isWin;
    } ,
    set : function(val) {
        isWin = val;
    }
}));


module.exports.warnTo = function(stream) {
    var old = warnStream;
    warnStream = stream;
    return old;
};

module.exports.getFileName = function(rawEnv){
    var env = rawEnv || process.env;
    var file = env.PGPASSFILE || (
        isWin ?
          path.join( env.APPDATA || './' , 'postgresql', 'pgpass.conf' ) :
          path.join( env.HOME || './', '.pgpass' )
    );
    return file;
};

module.exports.usePgPass = function(stats, fname) {
    if (Object.prototype.hasOwnProperty.call(process.env, 'PGPASSWORD')) {
        return false;
    }

    if (isWin) {
        return true;
    }

    fname = fname || '<unkn>';

    if (! isRegFile(stats.mode)) {
        warn('WARNING: password file "%s" is not a plain file', fname);
        return false;
    }

    if (stats.mode & (S_IRWXG | S_IRWXO)) {
        /* If password file is insecure, alert the user and ignore it. */
        warn('WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less', fname);
        return false;
    }

    return true;
};


var matcher = module.exports.match = function(connInfo, entry) {
    return fieldNames.slice(0, -1).reduce(function(prev, field, idx){
        if (idx == 1) {
            // the port
            if ( Number( connInfo[field] || defaultPort ) === Number( entry[field] ) ) {
                return prev && true;
            }
        }
        return prev && (
            entry[field] === '*' ||
              entry[field] === connInfo[field]
        );
    }, true);
};


module.exports.getPassword = function(connInfo, stream, cb) {
    var pass;
    var lineStream = stream.pipe(split());

    function onLine(line) {
        var entry = parseLine(line);
        if (entry && isValidEntry(entry) && matcher(connInfo, entry)) {
            pass = entry[passKey];
            lineStream.end(); // -> calls onEnd(), but pass is set now
        }
    }

    var onEnd = function() {
        stream.destroy();
        cb(pass);
    };

    var onErr = function(err) {
        stream.destroy();
        warn('WARNING: error on reading file: %s', err);
        cb(undefined);
    };

    stream.on('error', onErr);
    lineStream
        .on('data', onLine)
        .on('end', onEnd)
        .on('error', onErr)
    ;

};


var parseLine = module.exports.parseLine = function(line) {
    if (line.length < 11 || line.match(/^\s+#/)) {
        return null;
    }

    var curChar = '';
    var prevChar = '';
    var fieldIdx = 0;
    var startIdx = 0;
    var endIdx = 0;
    var obj = {};
    var isLastField = false;
    var addToObj = function(idx, i0, i1) {
        var field = line.substring(i0, i1);

        if (! Object.hasOwnProperty.call(process.env, 'PGPASS_NO_DEESCAPE')) {
            field = field.replace(/\\([:\\])/g, '$1');
        }

        obj[ fieldNames[idx] ] = field;
    };

    for (var i = 0 ; i < line.length-1 ; i += 1) {
        curChar = line.charAt(i+1);
        prevChar = line.charAt(i);

        isLastField = (fieldIdx == nrOfFields-1);

        if (isLastField) {
            addToObj(fieldIdx, startIdx);
            break;
        }

        if (i >= 0 && curChar == ':' && prevChar !== '\\') {
            addToObj(fieldIdx, startIdx, i+1);

            startIdx = i+2;
            fieldIdx += 1;
        }
    }

    obj = ( Object.keys(obj).length === nrOfFields ) ? obj : null;

    return obj;
};


var isValidEntry = module.exports.isValidEntry = function(entry){
    var rules = {
        // host
        0 : function(x){
            return x.length > 0;
        } ,
        // port
        1 : function(x){
            if (x === '*') {
                return true;
            }
            x = Number(x);
            return (
                isFinite(x) &&
                  x > 0 &&
                  x < 9007199254740992 &&
                  Math.floor(x) === x
            );
        } ,
        // database
        2 : function(x){
            return x.length > 0;
        } ,
        // username
        3 : function(x){
            return x.length > 0;
        } ,
        // password
        4 : function(x){
            return x.length > 0;
        }
    };

    for (var idx = 0 ; idx < fieldNames.length ; idx += 1) {
        var rule = rules[idx];
        var value = entry[ fieldNames[idx] ] || '';

        var res = rule(value);
        if (!res) {
            return false;
        }
    }

    return true;
};



/***/ }),

/***/ 13272:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var path = __webpack_require__(16928)
  , fs = __webpack_require__(79896)
  , helper = __webpack_require__(98702)
;


module.exports = function(connInfo, cb) {
    var file = helper.getFileName();
    
    fs.stat(file, function(err, stat){
        if (err || !helper.usePgPass(stat, file)) {
            return cb(undefined);
        }

        var st = fs.createReadStream(file);

        helper.getPassword(connInfo, st, cb);
    });
};

module.exports.warnTo = helper.warnTo;


/***/ }),

/***/ 3879:
/***/ ((__unused_webpack_module, exports) => {



exports.parse = function (source, transform) {
  return new ArrayParser(source, transform).parse()
}

class ArrayParser {
  constructor (source, transform) {
    this.source = source
    this.transform = transform || identity
    this.position = 0
    this.entries = []
    this.recorded = []
    this.dimension = 0
  }

  isEof () {
    return this.position >= this.source.length
  }

  nextCharacter () {
    var character = this.source[this.position++]
    if (character === '\\') {
      return {
        value: this.source[this.position++],
        escaped: true
      }
    }
    return {
      value: character,
      escaped: false
    }
  }

  record (character) {
    this.recorded.push(character)
  }

  newEntry (includeEmpty) {
    var entry
    if (this.recorded.length > 0 || includeEmpty) {
      entry = this.recorded.join('')
      if (entry === 'NULL' && !includeEmpty) {
        entry = null
      }
      if (entry !== null) entry = this.transform(entry)
      this.entries.push(entry)
      this.recorded = []
    }
  }

  consumeDimensions () {
    if (this.source[0] === '[') {
      while (!this.isEof()) {
        var char = this.nextCharacter()
        if (char.value === '=') break
      }
    }
  }

  parse (nested) {
    var character, parser, quote
    this.consumeDimensions()
    while (!this.isEof()) {
      character = this.nextCharacter()
      if (character.value === '{' && !quote) {
        this.dimension++
        if (this.dimension > 1) {
          parser = new ArrayParser(this.source.substr(this.position - 1), this.transform)
          this.entries.push(parser.parse(true))
          this.position += parser.position - 2
        }
      } else if (character.value === '}' && !quote) {
        this.dimension--
        if (!this.dimension) {
          this.newEntry()
          if (nested) return this.entries
        }
      } else if (character.value === '"' && !character.escaped) {
        if (quote) this.newEntry(true)
        quote = !quote
      } else if (character.value === ',' && !quote) {
        this.newEntry()
      } else {
        this.record(character.value)
      }
    }
    if (this.dimension !== 0) {
      throw new Error('array dimension not balanced')
    }
    return this.entries
  }
}

function identity (value) {
  return value
}


/***/ }),

/***/ 463:
/***/ ((module) => {



var bufferFrom = Buffer.from || Buffer

module.exports = function parseBytea (input) {
  if (/^\\x/.test(input)) {
    // new 'hex' style response (pg >9.0)
    return bufferFrom(input.substr(2), 'hex')
  }
  var output = ''
  var i = 0
  while (i < input.length) {
    if (input[i] !== '\\') {
      output += input[i]
      ++i
    } else {
      if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
        output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8))
        i += 4
      } else {
        var backslashes = 1
        while (i + backslashes < input.length && input[i + backslashes] === '\\') {
          backslashes++
        }
        for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
          output += '\\'
        }
        i += Math.floor(backslashes / 2) * 2
      }
    }
  }
  return bufferFrom(output, 'binary')
}


/***/ }),

/***/ 92690:
/***/ ((module) => {



var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/
var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/
var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/
var INFINITY = /^-?infinity$/

module.exports = function parseDate (isoDate) {
  if (INFINITY.test(isoDate)) {
    // Capitalize to Infinity before passing to Number
    return Number(isoDate.replace('i', 'I'))
  }
  var matches = DATE_TIME.exec(isoDate)

  if (!matches) {
    // Force YYYY-MM-DD dates to be parsed as local time
    return getDate(isoDate) || null
  }

  var isBC = !!matches[8]
  var year = parseInt(matches[1], 10)
  if (isBC) {
    year = bcYearToNegativeYear(year)
  }

  var month = parseInt(matches[2], 10) - 1
  var day = matches[3]
  var hour = parseInt(matches[4], 10)
  var minute = parseInt(matches[5], 10)
  var second = parseInt(matches[6], 10)

  var ms = matches[7]
  ms = ms ? 1000 * parseFloat(ms) : 0

  var date
  var offset = timeZoneOffset(isoDate)
  if (offset != null) {
    date = new Date(Date.UTC(year, month, day, hour, minute, second, ms))

    // Account for years from 0 to 99 being interpreted as 1900-1999
    // by Date.UTC / the multi-argument form of the Date constructor
    if (is0To99(year)) {
      date.setUTCFullYear(year)
    }

    if (offset !== 0) {
      date.setTime(date.getTime() - offset)
    }
  } else {
    date = new Date(year, month, day, hour, minute, second, ms)

    if (is0To99(year)) {
      date.setFullYear(year)
    }
  }

  return date
}

function getDate (isoDate) {
  var matches = DATE.exec(isoDate)
  if (!matches) {
    return
  }

  var year = parseInt(matches[1], 10)
  var isBC = !!matches[4]
  if (isBC) {
    year = bcYearToNegativeYear(year)
  }

  var month = parseInt(matches[2], 10) - 1
  var day = matches[3]
  // YYYY-MM-DD will be parsed as local time
  var date = new Date(year, month, day)

  if (is0To99(year)) {
    date.setFullYear(year)
  }

  return date
}

// match timezones:
// Z (UTC)
// -05
// +06:30
function timeZoneOffset (isoDate) {
  if (isoDate.endsWith('+00')) {
    return 0
  }

  var zone = TIME_ZONE.exec(isoDate.split(' ')[1])
  if (!zone) return
  var type = zone[1]

  if (type === 'Z') {
    return 0
  }
  var sign = type === '-' ? -1 : 1
  var offset = parseInt(zone[2], 10) * 3600 +
    parseInt(zone[3] || 0, 10) * 60 +
    parseInt(zone[4] || 0, 10)

  return offset * sign * 1000
}

function bcYearToNegativeYear (year) {
  // Account for numerical difference between representations of BC years
  // See: https://github.com/bendrucker/postgres-date/issues/5
  return -(year - 1)
}

function is0To99 (num) {
  return num >= 0 && num < 100
}


/***/ }),

/***/ 68755:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var extend = __webpack_require__(80223)

module.exports = PostgresInterval

function PostgresInterval (raw) {
  if (!(this instanceof PostgresInterval)) {
    return new PostgresInterval(raw)
  }
  extend(this, parse(raw))
}
var properties = ['seconds', 'minutes', 'hours', 'days', 'months', 'years']
PostgresInterval.prototype.toPostgres = function () {
  var filtered = properties.filter(this.hasOwnProperty, this)

  // In addition to `properties`, we need to account for fractions of seconds.
  if (this.milliseconds && filtered.indexOf('seconds') < 0) {
    filtered.push('seconds')
  }

  if (filtered.length === 0) return '0'
  return filtered
    .map(function (property) {
      var value = this[property] || 0

      // Account for fractional part of seconds,
      // remove trailing zeroes.
      if (property === 'seconds' && this.milliseconds) {
        value = (value + this.milliseconds / 1000).toFixed(6).replace(/\.?0+$/, '')
      }

      return value + ' ' + property
    }, this)
    .join(' ')
}

var propertiesISOEquivalent = {
  years: 'Y',
  months: 'M',
  days: 'D',
  hours: 'H',
  minutes: 'M',
  seconds: 'S'
}
var dateProperties = ['years', 'months', 'days']
var timeProperties = ['hours', 'minutes', 'seconds']
// according to ISO 8601
PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function () {
  var datePart = dateProperties
    .map(buildProperty, this)
    .join('')

  var timePart = timeProperties
    .map(buildProperty, this)
    .join('')

  return 'P' + datePart + 'T' + timePart

  function buildProperty (property) {
    var value = this[property] || 0

    // Account for fractional part of seconds,
    // remove trailing zeroes.
    if (property === 'seconds' && this.milliseconds) {
      value = (value + this.milliseconds / 1000).toFixed(6).replace(/0+$/, '')
    }

    return value + propertiesISOEquivalent[property]
  }
}

var NUMBER = '([+-]?\\d+)'
var YEAR = NUMBER + '\\s+years?'
var MONTH = NUMBER + '\\s+mons?'
var DAY = NUMBER + '\\s+days?'
var TIME = '([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?'
var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function (regexString) {
  return '(' + regexString + ')?'
})
  .join('\\s*'))

// Positions of values in regex match
var positions = {
  years: 2,
  months: 4,
  days: 6,
  hours: 9,
  minutes: 10,
  seconds: 11,
  milliseconds: 12
}
// We can use negative time
var negatives = ['hours', 'minutes', 'seconds', 'milliseconds']

function parseMilliseconds (fraction) {
  // add omitted zeroes
  var microseconds = fraction + '000000'.slice(fraction.length)
  return parseInt(microseconds, 10) / 1000
}

function parse (interval) {
  if (!interval) return {}
  var matches = INTERVAL.exec(interval)
  var isNegative = matches[8] === '-'
  return Object.keys(positions)
    .reduce(function (parsed, property) {
      var position = positions[property]
      var value = matches[position]
      // no empty string
      if (!value) return parsed
      // milliseconds are actually microseconds (up to 6 digits)
      // with omitted trailing zeroes.
      value = property === 'milliseconds'
        ? parseMilliseconds(value)
        : parseInt(value, 10)
      // no zeros
      if (!value) return parsed
      if (isNegative && ~negatives.indexOf(property)) {
        value *= -1
      }
      parsed[property] = value
      return parsed
    }, {})
}


/***/ }),

/***/ 79152:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


const shebangRegex = __webpack_require__(77334);

module.exports = (string = '') => {
	const match = string.match(shebangRegex);

	if (!match) {
		return null;
	}

	const [path, argument] = match[0].replace(/#! ?/, '').split(' ');
	const binary = path.split('/').pop();

	if (binary === 'env') {
		return argument;
	}

	return argument ? `${binary} ${argument}` : binary;
};


/***/ }),

/***/ 77334:
/***/ ((module) => {


module.exports = /^#!(.*)/;


/***/ }),

/***/ 35286:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

/*
Copyright (c) 2014-2021, Matteo Collina <hello@matteocollina.com>

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR
IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
*/



const { Transform } = __webpack_require__(2203)
const { StringDecoder } = __webpack_require__(13193)
const kLast = Symbol('last')
const kDecoder = Symbol('decoder')

function transform (chunk, enc, cb) {
  let list
  if (this.overflow) { // Line buffer is full. Skip to start of next line.
    const buf = this[kDecoder].write(chunk)
    list = buf.split(this.matcher)

    if (list.length === 1) return cb() // Line ending not found. Discard entire chunk.

    // Line ending found. Discard trailing fragment of previous line and reset overflow state.
    list.shift()
    this.overflow = false
  } else {
    this[kLast] += this[kDecoder].write(chunk)
    list = this[kLast].split(this.matcher)
  }

  this[kLast] = list.pop()

  for (let i = 0; i < list.length; i++) {
    try {
      push(this, this.mapper(list[i]))
    } catch (error) {
      return cb(error)
    }
  }

  this.overflow = this[kLast].length > this.maxLength
  if (this.overflow && !this.skipOverflow) {
    cb(new Error('maximum buffer reached'))
    return
  }

  cb()
}

function flush (cb) {
  // forward any gibberish left in there
  this[kLast] += this[kDecoder].end()

  if (this[kLast]) {
    try {
      push(this, this.mapper(this[kLast]))
    } catch (error) {
      return cb(error)
    }
  }

  cb()
}

function push (self, val) {
  if (val !== undefined) {
    self.push(val)
  }
}

function noop (incoming) {
  return incoming
}

function split (matcher, mapper, options) {
  // Set defaults for any arguments not supplied.
  matcher = matcher || /\r?\n/
  mapper = mapper || noop
  options = options || {}

  // Test arguments explicitly.
  switch (arguments.length) {
    case 1:
      // If mapper is only argument.
      if (typeof matcher === 'function') {
        mapper = matcher
        matcher = /\r?\n/
      // If options is only argument.
      } else if (typeof matcher === 'object' && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
        options = matcher
        matcher = /\r?\n/
      }
      break

    case 2:
      // If mapper and options are arguments.
      if (typeof matcher === 'function') {
        options = mapper
        mapper = matcher
        matcher = /\r?\n/
      // If matcher and options are arguments.
      } else if (typeof mapper === 'object') {
        options = mapper
        mapper = noop
      }
  }

  options = Object.assign({}, options)
  options.autoDestroy = true
  options.transform = transform
  options.flush = flush
  options.readableObjectMode = true

  const stream = new Transform(options)

  stream[kLast] = ''
  stream[kDecoder] = new StringDecoder('utf8')
  stream.matcher = matcher
  stream.mapper = mapper
  stream.maxLength = options.maxLength
  stream.skipOverflow = options.skipOverflow || false
  stream.overflow = false
  stream._destroy = function (err, cb) {
    // Weird Node v12 bug that we need to work around
    this._writableState.errorEmitted = false
    cb(err)
  }

  return stream
}

module.exports = split


/***/ }),

/***/ 26848:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const isWindows = process.platform === 'win32' ||
    process.env.OSTYPE === 'cygwin' ||
    process.env.OSTYPE === 'msys'

const path = __webpack_require__(16928)
const COLON = isWindows ? ';' : ':'
const isexe = __webpack_require__(72940)

const getNotFoundError = (cmd) =>
  Object.assign(new Error(`not found: ${cmd}`), { code: 'ENOENT' })

const getPathInfo = (cmd, opt) => {
  const colon = opt.colon || COLON

  // If it has a slash, then we don't bother searching the pathenv.
  // just check the file itself, and that's it.
  const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? ['']
    : (
      [
        // windows always checks the cwd first
        ...(isWindows ? [process.cwd()] : []),
        ...(opt.path || process.env.PATH ||
          /* istanbul ignore next: very unusual */ '').split(colon),
      ]
    )
  const pathExtExe = isWindows
    ? opt.pathExt || process.env.PATHEXT || '.EXE;.CMD;.BAT;.COM'
    : ''
  const pathExt = isWindows ? pathExtExe.split(colon) : ['']

  if (isWindows) {
    if (cmd.indexOf('.') !== -1 && pathExt[0] !== '')
      pathExt.unshift('')
  }

  return {
    pathEnv,
    pathExt,
    pathExtExe,
  }
}

const which = (cmd, opt, cb) => {
  if (typeof opt === 'function') {
    cb = opt
    opt = {}
  }
  if (!opt)
    opt = {}

  const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt)
  const found = []

  const step = i => new Promise((resolve, reject) => {
    if (i === pathEnv.length)
      return opt.all && found.length ? resolve(found)
        : reject(getNotFoundError(cmd))

    const ppRaw = pathEnv[i]
    const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw

    const pCmd = path.join(pathPart, cmd)
    const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd
      : pCmd

    resolve(subStep(p, i, 0))
  })

  const subStep = (p, i, ii) => new Promise((resolve, reject) => {
    if (ii === pathExt.length)
      return resolve(step(i + 1))
    const ext = pathExt[ii]
    isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
      if (!er && is) {
        if (opt.all)
          found.push(p + ext)
        else
          return resolve(p + ext)
      }
      return resolve(subStep(p, i, ii + 1))
    })
  })

  return cb ? step(0).then(res => cb(null, res), cb) : step(0)
}

const whichSync = (cmd, opt) => {
  opt = opt || {}

  const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt)
  const found = []

  for (let i = 0; i < pathEnv.length; i ++) {
    const ppRaw = pathEnv[i]
    const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw

    const pCmd = path.join(pathPart, cmd)
    const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd
      : pCmd

    for (let j = 0; j < pathExt.length; j ++) {
      const cur = p + pathExt[j]
      try {
        const is = isexe.sync(cur, { pathExt: pathExtExe })
        if (is) {
          if (opt.all)
            found.push(cur)
          else
            return cur
        }
      } catch (ex) {}
    }
  }

  if (opt.all && found.length)
    return found

  if (opt.nothrow)
    return null

  throw getNotFoundError(cmd)
}

module.exports = which
which.sync = whichSync


/***/ }),

/***/ 80223:
/***/ ((module) => {

module.exports = extend

var hasOwnProperty = Object.prototype.hasOwnProperty;

function extend(target) {
    for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i]

        for (var key in source) {
            if (hasOwnProperty.call(source, key)) {
                target[key] = source[key]
            }
        }
    }

    return target
}


/***/ }),

/***/ 84390:
/***/ ((module) => {

module.exports = eval("require")("pg-native");


/***/ }),

/***/ 16993:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ho: () => (/* binding */ execa)
});

// UNUSED EXPORTS: $, ExecaError, ExecaSyncError, execaCommand, execaCommandSync, execaNode, execaSync, getCancelSignal, getEachMessage, getOneMessage, parseCommandString, sendMessage

;// CONCATENATED MODULE: ./node_modules/is-plain-obj/index.js
function isPlainObject(value) {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const prototype = Object.getPrototypeOf(value);
	return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./node_modules/execa/lib/arguments/file-url.js


// Allow some arguments/options to be either a file path string or a file URL
const safeNormalizeFileUrl = (file, name) => {
	const fileString = normalizeFileUrl(normalizeDenoExecPath(file));

	if (typeof fileString !== 'string') {
		throw new TypeError(`${name} must be a string or a file URL: ${fileString}.`);
	}

	return fileString;
};

// In Deno node:process execPath is a special object, not just a string:
// https://github.com/denoland/deno/blob/f460188e583f00144000aa0d8ade08218d47c3c1/ext/node/polyfills/process.ts#L344
const normalizeDenoExecPath = file => isDenoExecPath(file)
	? file.toString()
	: file;

const isDenoExecPath = file => typeof file !== 'string'
	&& file
	&& Object.getPrototypeOf(file) === String.prototype;

// Same but also allows other values, e.g. `boolean` for the `shell` option
const normalizeFileUrl = file => file instanceof URL ? (0,external_node_url_.fileURLToPath)(file) : file;

;// CONCATENATED MODULE: ./node_modules/execa/lib/methods/parameters.js



// The command `arguments` and `options` are both optional.
// This also does basic validation on them and on the command file.
const normalizeParameters = (rawFile, rawArguments = [], rawOptions = {}) => {
	const filePath = safeNormalizeFileUrl(rawFile, 'First argument');
	const [commandArguments, options] = isPlainObject(rawArguments)
		? [[], rawArguments]
		: [rawArguments, rawOptions];

	if (!Array.isArray(commandArguments)) {
		throw new TypeError(`Second argument must be either an array of arguments or an options object: ${commandArguments}`);
	}

	if (commandArguments.some(commandArgument => typeof commandArgument === 'object' && commandArgument !== null)) {
		throw new TypeError(`Second argument must be an array of strings: ${commandArguments}`);
	}

	const normalizedArguments = commandArguments.map(String);
	const nullByteArgument = normalizedArguments.find(normalizedArgument => normalizedArgument.includes('\0'));
	if (nullByteArgument !== undefined) {
		throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${nullByteArgument}`);
	}

	if (!isPlainObject(options)) {
		throw new TypeError(`Last argument must be an options object: ${options}`);
	}

	return [filePath, normalizedArguments, options];
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./node_modules/execa/lib/utils/uint-array.js


const {toString: objectToString} = Object.prototype;

const isArrayBuffer = value => objectToString.call(value) === '[object ArrayBuffer]';

// Is either Uint8Array or Buffer
const isUint8Array = value => objectToString.call(value) === '[object Uint8Array]';

const bufferToUint8Array = buffer => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

const textEncoder = new TextEncoder();
const stringToUint8Array = string => textEncoder.encode(string);

const textDecoder = new TextDecoder();
const uint8ArrayToString = uint8Array => textDecoder.decode(uint8Array);

const joinToString = (uint8ArraysOrStrings, encoding) => {
	const strings = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
	return strings.join('');
};

const uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
	if (encoding === 'utf8' && uint8ArraysOrStrings.every(uint8ArrayOrString => typeof uint8ArrayOrString === 'string')) {
		return uint8ArraysOrStrings;
	}

	const decoder = new external_node_string_decoder_.StringDecoder(encoding);
	const strings = uint8ArraysOrStrings
		.map(uint8ArrayOrString => typeof uint8ArrayOrString === 'string'
			? stringToUint8Array(uint8ArrayOrString)
			: uint8ArrayOrString)
		.map(uint8Array => decoder.write(uint8Array));
	const finalString = decoder.end();
	return finalString === '' ? strings : [...strings, finalString];
};

const joinToUint8Array = uint8ArraysOrStrings => {
	if (uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0])) {
		return uint8ArraysOrStrings[0];
	}

	return concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
};

const stringsToUint8Arrays = uint8ArraysOrStrings => uint8ArraysOrStrings.map(uint8ArrayOrString => typeof uint8ArrayOrString === 'string'
	? stringToUint8Array(uint8ArrayOrString)
	: uint8ArrayOrString);

const concatUint8Arrays = uint8Arrays => {
	const result = new Uint8Array(getJoinLength(uint8Arrays));

	let index = 0;
	for (const uint8Array of uint8Arrays) {
		result.set(uint8Array, index);
		index += uint8Array.length;
	}

	return result;
};

const getJoinLength = uint8Arrays => {
	let joinLength = 0;
	for (const uint8Array of uint8Arrays) {
		joinLength += uint8Array.length;
	}

	return joinLength;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/methods/template.js




// Check whether the template string syntax is being used
const isTemplateString = templates => Array.isArray(templates) && Array.isArray(templates.raw);

// Convert execa`file ...commandArguments` to execa(file, commandArguments)
const parseTemplates = (templates, expressions) => {
	let tokens = [];

	for (const [index, template] of templates.entries()) {
		tokens = parseTemplate({
			templates,
			expressions,
			tokens,
			index,
			template,
		});
	}

	if (tokens.length === 0) {
		throw new TypeError('Template script must not be empty');
	}

	const [file, ...commandArguments] = tokens;
	return [file, commandArguments, {}];
};

const parseTemplate = ({templates, expressions, tokens, index, template}) => {
	if (template === undefined) {
		throw new TypeError(`Invalid backslash sequence: ${templates.raw[index]}`);
	}

	const {nextTokens, leadingWhitespaces, trailingWhitespaces} = splitByWhitespaces(template, templates.raw[index]);
	const newTokens = concatTokens(tokens, nextTokens, leadingWhitespaces);

	if (index === expressions.length) {
		return newTokens;
	}

	const expression = expressions[index];
	const expressionTokens = Array.isArray(expression)
		? expression.map(expression => parseExpression(expression))
		: [parseExpression(expression)];
	return concatTokens(newTokens, expressionTokens, trailingWhitespaces);
};

// Like `string.split(/[ \t\r\n]+/)` except newlines and tabs are:
//  - ignored when input as a backslash sequence like: `echo foo\n bar`
//  - not ignored when input directly
// The only way to distinguish those in JavaScript is to use a tagged template and compare:
//  - the first array argument, which does not escape backslash sequences
//  - its `raw` property, which escapes them
const splitByWhitespaces = (template, rawTemplate) => {
	if (rawTemplate.length === 0) {
		return {nextTokens: [], leadingWhitespaces: false, trailingWhitespaces: false};
	}

	const nextTokens = [];
	let templateStart = 0;
	const leadingWhitespaces = DELIMITERS.has(rawTemplate[0]);

	for (
		let templateIndex = 0, rawIndex = 0;
		templateIndex < template.length;
		templateIndex += 1, rawIndex += 1
	) {
		const rawCharacter = rawTemplate[rawIndex];
		if (DELIMITERS.has(rawCharacter)) {
			if (templateStart !== templateIndex) {
				nextTokens.push(template.slice(templateStart, templateIndex));
			}

			templateStart = templateIndex + 1;
		} else if (rawCharacter === '\\') {
			const nextRawCharacter = rawTemplate[rawIndex + 1];
			if (nextRawCharacter === '\n') {
				// Handles escaped newlines in templates
				templateIndex -= 1;
				rawIndex += 1;
			} else if (nextRawCharacter === 'u' && rawTemplate[rawIndex + 2] === '{') {
				rawIndex = rawTemplate.indexOf('}', rawIndex + 3);
			} else {
				rawIndex += ESCAPE_LENGTH[nextRawCharacter] ?? 1;
			}
		}
	}

	const trailingWhitespaces = templateStart === template.length;
	if (!trailingWhitespaces) {
		nextTokens.push(template.slice(templateStart));
	}

	return {nextTokens, leadingWhitespaces, trailingWhitespaces};
};

const DELIMITERS = new Set([' ', '\t', '\r', '\n']);

// Number of characters in backslash escape sequences: \0 \xXX or \uXXXX
// \cX is allowed in RegExps but not in strings
// Octal sequences are not allowed in strict mode
const ESCAPE_LENGTH = {x: 3, u: 5};

const concatTokens = (tokens, nextTokens, isSeparated) => isSeparated
	|| tokens.length === 0
	|| nextTokens.length === 0
	? [...tokens, ...nextTokens]
	: [
		...tokens.slice(0, -1),
		`${tokens.at(-1)}${nextTokens[0]}`,
		...nextTokens.slice(1),
	];

// Handle `${expression}` inside the template string syntax
const parseExpression = expression => {
	const typeOfExpression = typeof expression;

	if (typeOfExpression === 'string') {
		return expression;
	}

	if (typeOfExpression === 'number') {
		return String(expression);
	}

	if (isPlainObject(expression) && ('stdout' in expression || 'isMaxBuffer' in expression)) {
		return getSubprocessResult(expression);
	}

	if (expression instanceof external_node_child_process_.ChildProcess || Object.prototype.toString.call(expression) === '[object Promise]') {
		// eslint-disable-next-line no-template-curly-in-string
		throw new TypeError('Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.');
	}

	throw new TypeError(`Unexpected "${typeOfExpression}" in template expression`);
};

const getSubprocessResult = ({stdout}) => {
	if (typeof stdout === 'string') {
		return stdout;
	}

	if (isUint8Array(stdout)) {
		return uint8ArrayToString(stdout);
	}

	if (stdout === undefined) {
		throw new TypeError('Missing result.stdout in template expression. This is probably due to the previous subprocess\' "stdout" option.');
	}

	throw new TypeError(`Unexpected "${typeof stdout}" stdout in template expression`);
};

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:process"
var external_node_process_ = __webpack_require__(1708);
;// CONCATENATED MODULE: ./node_modules/execa/lib/utils/standard-stream.js


const isStandardStream = stream => STANDARD_STREAMS.includes(stream);
const STANDARD_STREAMS = [external_node_process_.stdin, external_node_process_.stdout, external_node_process_.stderr];
const STANDARD_STREAMS_ALIASES = ['stdin', 'stdout', 'stderr'];
const getStreamName = fdNumber => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;

;// CONCATENATED MODULE: ./node_modules/execa/lib/arguments/specific.js




// Some options can have different values for `stdout`/`stderr`/`fd3`.
// This normalizes those to array of values.
// For example, `{verbose: {stdout: 'none', stderr: 'full'}}` becomes `{verbose: ['none', 'none', 'full']}`
const normalizeFdSpecificOptions = options => {
	const optionsCopy = {...options};

	for (const optionName of FD_SPECIFIC_OPTIONS) {
		optionsCopy[optionName] = normalizeFdSpecificOption(options, optionName);
	}

	return optionsCopy;
};

const normalizeFdSpecificOption = (options, optionName) => {
	const optionBaseArray = Array.from({length: getStdioLength(options) + 1});
	const optionArray = normalizeFdSpecificValue(options[optionName], optionBaseArray, optionName);
	return addDefaultValue(optionArray, optionName);
};

const getStdioLength = ({stdio}) => Array.isArray(stdio)
	? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length)
	: STANDARD_STREAMS_ALIASES.length;

const normalizeFdSpecificValue = (optionValue, optionArray, optionName) => isPlainObject(optionValue)
	? normalizeOptionObject(optionValue, optionArray, optionName)
	: optionArray.fill(optionValue);

const normalizeOptionObject = (optionValue, optionArray, optionName) => {
	for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
		for (const fdNumber of parseFdName(fdName, optionName, optionArray)) {
			optionArray[fdNumber] = optionValue[fdName];
		}
	}

	return optionArray;
};

// Ensure priority order when setting both `stdout`/`stderr`, `fd1`/`fd2`, and `all`
const compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;

const getFdNameOrder = fdName => {
	if (fdName === 'stdout' || fdName === 'stderr') {
		return 0;
	}

	return fdName === 'all' ? 2 : 1;
};

const parseFdName = (fdName, optionName, optionArray) => {
	if (fdName === 'ipc') {
		return [optionArray.length - 1];
	}

	const fdNumber = parseFd(fdName);
	if (fdNumber === undefined || fdNumber === 0) {
		throw new TypeError(`"${optionName}.${fdName}" is invalid.
It must be "${optionName}.stdout", "${optionName}.stderr", "${optionName}.all", "${optionName}.ipc", or "${optionName}.fd3", "${optionName}.fd4" (and so on).`);
	}

	if (fdNumber >= optionArray.length) {
		throw new TypeError(`"${optionName}.${fdName}" is invalid: that file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
	}

	return fdNumber === 'all' ? [1, 2] : [fdNumber];
};

// Use the same syntax for fd-specific options and the `from`/`to` options
const parseFd = fdName => {
	if (fdName === 'all') {
		return fdName;
	}

	if (STANDARD_STREAMS_ALIASES.includes(fdName)) {
		return STANDARD_STREAMS_ALIASES.indexOf(fdName);
	}

	const regexpResult = FD_REGEXP.exec(fdName);
	if (regexpResult !== null) {
		return Number(regexpResult[1]);
	}
};

const FD_REGEXP = /^fd(\d+)$/;

const addDefaultValue = (optionArray, optionName) => optionArray.map(optionValue => optionValue === undefined
	? DEFAULT_OPTIONS[optionName]
	: optionValue);

// Default value for the `verbose` option
const verboseDefault = (0,external_node_util_.debuglog)('execa').enabled ? 'full' : 'none';

const DEFAULT_OPTIONS = {
	lines: false,
	buffer: true,
	maxBuffer: 1000 * 1000 * 100,
	verbose: verboseDefault,
	stripFinalNewline: true,
};

// List of options which can have different values for `stdout`/`stderr`
const FD_SPECIFIC_OPTIONS = ['lines', 'buffer', 'maxBuffer', 'verbose', 'stripFinalNewline'];

// Retrieve fd-specific option
const getFdSpecificValue = (optionArray, fdNumber) => fdNumber === 'ipc'
	? optionArray.at(-1)
	: optionArray[fdNumber];

;// CONCATENATED MODULE: ./node_modules/execa/lib/verbose/values.js


// The `verbose` option can have different values for `stdout`/`stderr`
const isVerbose = ({verbose}, fdNumber) => getFdVerbose(verbose, fdNumber) !== 'none';

// Whether IPC and output and logged
const isFullVerbose = ({verbose}, fdNumber) => !['none', 'short'].includes(getFdVerbose(verbose, fdNumber));

// The `verbose` option can be a function to customize logging
const getVerboseFunction = ({verbose}, fdNumber) => {
	const fdVerbose = getFdVerbose(verbose, fdNumber);
	return isVerboseFunction(fdVerbose) ? fdVerbose : undefined;
};

// When using `verbose: {stdout, stderr, fd3, ipc}`:
//  - `verbose.stdout|stderr|fd3` is used for 'output'
//  - `verbose.ipc` is only used for 'ipc'
//  - highest `verbose.*` value is used for 'command', 'error' and 'duration'
const getFdVerbose = (verbose, fdNumber) => fdNumber === undefined
	? getFdGenericVerbose(verbose)
	: getFdSpecificValue(verbose, fdNumber);

// When using `verbose: {stdout, stderr, fd3, ipc}` and logging is not specific to a file descriptor.
// We then use the highest `verbose.*` value, using the following order:
//  - function > 'full' > 'short' > 'none'
//  - if several functions are defined: stdout > stderr > fd3 > ipc
const getFdGenericVerbose = verbose => verbose.find(fdVerbose => isVerboseFunction(fdVerbose))
	?? VERBOSE_VALUES.findLast(fdVerbose => verbose.includes(fdVerbose));

// Whether the `verbose` option is customized using a function
const isVerboseFunction = fdVerbose => typeof fdVerbose === 'function';

const VERBOSE_VALUES = ['none', 'short', 'full'];

;// CONCATENATED MODULE: ./node_modules/execa/lib/arguments/escape.js



// Compute `result.command` and `result.escapedCommand`
const joinCommand = (filePath, rawArguments) => {
	const fileAndArguments = [filePath, ...rawArguments];
	const command = fileAndArguments.join(' ');
	const escapedCommand = fileAndArguments
		.map(fileAndArgument => quoteString(escapeControlCharacters(fileAndArgument)))
		.join(' ');
	return {command, escapedCommand};
};

// Remove ANSI sequences and escape control characters and newlines
const escapeLines = lines => (0,external_node_util_.stripVTControlCharacters)(lines)
	.split('\n')
	.map(line => escapeControlCharacters(line))
	.join('\n');

const escapeControlCharacters = line => line.replaceAll(SPECIAL_CHAR_REGEXP, character => escapeControlCharacter(character));

const escapeControlCharacter = character => {
	const commonEscape = COMMON_ESCAPES[character];
	if (commonEscape !== undefined) {
		return commonEscape;
	}

	const codepoint = character.codePointAt(0);
	const codepointHex = codepoint.toString(16);
	return codepoint <= ASTRAL_START
		? `\\u${codepointHex.padStart(4, '0')}`
		: `\\U${codepointHex}`;
};

// Characters that would create issues when printed are escaped using the \u or \U notation.
// Those include control characters and newlines.
// The \u and \U notation is Bash specific, but there is no way to do this in a shell-agnostic way.
// Some shells do not even have a way to print those characters in an escaped fashion.
// Therefore, we prioritize printing those safely, instead of allowing those to be copy-pasted.
// List of Unicode character categories: https://www.fileformat.info/info/unicode/category/index.htm
const getSpecialCharRegExp = () => {
	try {
		// This throws when using Node.js without ICU support.
		// When using a RegExp literal, this would throw at parsing-time, instead of runtime.
		// eslint-disable-next-line prefer-regex-literals
		return new RegExp('\\p{Separator}|\\p{Other}', 'gu');
	} catch {
		// Similar to the above RegExp, but works even when Node.js has been built without ICU support.
		// Unlike the above RegExp, it only covers whitespaces and C0/C1 control characters.
		// It does not cover some edge cases, such as Unicode reserved characters.
		// See https://github.com/sindresorhus/execa/issues/1143
		// eslint-disable-next-line no-control-regex
		return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
	}
};

const SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();

// Accepted by $'...' in Bash.
// Exclude \a \e \v which are accepted in Bash but not in JavaScript (except \v) and JSON.
const COMMON_ESCAPES = {
	' ': ' ',
	'\b': '\\b',
	'\f': '\\f',
	'\n': '\\n',
	'\r': '\\r',
	'\t': '\\t',
};

// Up until that codepoint, \u notation can be used instead of \U
const ASTRAL_START = 65_535;

// Some characters are shell-specific, i.e. need to be escaped when the command is copy-pasted then run.
// Escaping is shell-specific. We cannot know which shell is used: `process.platform` detection is not enough.
// For example, Windows users could be using `cmd.exe`, Powershell or Bash for Windows which all use different escaping.
// We use '...' on Unix, which is POSIX shell compliant and escape all characters but ' so this is fairly safe.
// On Windows, we assume cmd.exe is used and escape with "...", which also works with Powershell.
const quoteString = escapedArgument => {
	if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
		return escapedArgument;
	}

	return external_node_process_.platform === 'win32'
		? `"${escapedArgument.replaceAll('"', '""')}"`
		: `'${escapedArgument.replaceAll('\'', '\'\\\'\'')}'`;
};

const NO_ESCAPE_REGEXP = /^[\w./-]+$/;

;// CONCATENATED MODULE: ./node_modules/is-unicode-supported/index.js


function isUnicodeSupported() {
	const {env} = external_node_process_;
	const {TERM, TERM_PROGRAM} = env;

	if (external_node_process_.platform !== 'win32') {
		return TERM !== 'linux'; // Linux console (kernel)
	}

	return Boolean(env.WT_SESSION) // Windows Terminal
		|| Boolean(env.TERMINUS_SUBLIME) // Terminus (<0.2.27)
		|| env.ConEmuTask === '{cmd::Cmder}' // ConEmu and cmder
		|| TERM_PROGRAM === 'Terminus-Sublime'
		|| TERM_PROGRAM === 'vscode'
		|| TERM === 'xterm-256color'
		|| TERM === 'alacritty'
		|| TERM === 'rxvt-unicode'
		|| TERM === 'rxvt-unicode-256color'
		|| env.TERMINAL_EMULATOR === 'JetBrains-JediTerm';
}

;// CONCATENATED MODULE: ./node_modules/figures/index.js


const common = {
	circleQuestionMark: '(?)',
	questionMarkPrefix: '(?)',
	square: '█',
	squareDarkShade: '▓',
	squareMediumShade: '▒',
	squareLightShade: '░',
	squareTop: '▀',
	squareBottom: '▄',
	squareLeft: '▌',
	squareRight: '▐',
	squareCenter: '■',
	bullet: '●',
	dot: '․',
	ellipsis: '…',
	pointerSmall: '›',
	triangleUp: '▲',
	triangleUpSmall: '▴',
	triangleDown: '▼',
	triangleDownSmall: '▾',
	triangleLeftSmall: '◂',
	triangleRightSmall: '▸',
	home: '⌂',
	heart: '♥',
	musicNote: '♪',
	musicNoteBeamed: '♫',
	arrowUp: '↑',
	arrowDown: '↓',
	arrowLeft: '←',
	arrowRight: '→',
	arrowLeftRight: '↔',
	arrowUpDown: '↕',
	almostEqual: '≈',
	notEqual: '≠',
	lessOrEqual: '≤',
	greaterOrEqual: '≥',
	identical: '≡',
	infinity: '∞',
	subscriptZero: '₀',
	subscriptOne: '₁',
	subscriptTwo: '₂',
	subscriptThree: '₃',
	subscriptFour: '₄',
	subscriptFive: '₅',
	subscriptSix: '₆',
	subscriptSeven: '₇',
	subscriptEight: '₈',
	subscriptNine: '₉',
	oneHalf: '½',
	oneThird: '⅓',
	oneQuarter: '¼',
	oneFifth: '⅕',
	oneSixth: '⅙',
	oneEighth: '⅛',
	twoThirds: '⅔',
	twoFifths: '⅖',
	threeQuarters: '¾',
	threeFifths: '⅗',
	threeEighths: '⅜',
	fourFifths: '⅘',
	fiveSixths: '⅚',
	fiveEighths: '⅝',
	sevenEighths: '⅞',
	line: '─',
	lineBold: '━',
	lineDouble: '═',
	lineDashed0: '┄',
	lineDashed1: '┅',
	lineDashed2: '┈',
	lineDashed3: '┉',
	lineDashed4: '╌',
	lineDashed5: '╍',
	lineDashed6: '╴',
	lineDashed7: '╶',
	lineDashed8: '╸',
	lineDashed9: '╺',
	lineDashed10: '╼',
	lineDashed11: '╾',
	lineDashed12: '−',
	lineDashed13: '–',
	lineDashed14: '‐',
	lineDashed15: '⁃',
	lineVertical: '│',
	lineVerticalBold: '┃',
	lineVerticalDouble: '║',
	lineVerticalDashed0: '┆',
	lineVerticalDashed1: '┇',
	lineVerticalDashed2: '┊',
	lineVerticalDashed3: '┋',
	lineVerticalDashed4: '╎',
	lineVerticalDashed5: '╏',
	lineVerticalDashed6: '╵',
	lineVerticalDashed7: '╷',
	lineVerticalDashed8: '╹',
	lineVerticalDashed9: '╻',
	lineVerticalDashed10: '╽',
	lineVerticalDashed11: '╿',
	lineDownLeft: '┐',
	lineDownLeftArc: '╮',
	lineDownBoldLeftBold: '┓',
	lineDownBoldLeft: '┒',
	lineDownLeftBold: '┑',
	lineDownDoubleLeftDouble: '╗',
	lineDownDoubleLeft: '╖',
	lineDownLeftDouble: '╕',
	lineDownRight: '┌',
	lineDownRightArc: '╭',
	lineDownBoldRightBold: '┏',
	lineDownBoldRight: '┎',
	lineDownRightBold: '┍',
	lineDownDoubleRightDouble: '╔',
	lineDownDoubleRight: '╓',
	lineDownRightDouble: '╒',
	lineUpLeft: '┘',
	lineUpLeftArc: '╯',
	lineUpBoldLeftBold: '┛',
	lineUpBoldLeft: '┚',
	lineUpLeftBold: '┙',
	lineUpDoubleLeftDouble: '╝',
	lineUpDoubleLeft: '╜',
	lineUpLeftDouble: '╛',
	lineUpRight: '└',
	lineUpRightArc: '╰',
	lineUpBoldRightBold: '┗',
	lineUpBoldRight: '┖',
	lineUpRightBold: '┕',
	lineUpDoubleRightDouble: '╚',
	lineUpDoubleRight: '╙',
	lineUpRightDouble: '╘',
	lineUpDownLeft: '┤',
	lineUpBoldDownBoldLeftBold: '┫',
	lineUpBoldDownBoldLeft: '┨',
	lineUpDownLeftBold: '┥',
	lineUpBoldDownLeftBold: '┩',
	lineUpDownBoldLeftBold: '┪',
	lineUpDownBoldLeft: '┧',
	lineUpBoldDownLeft: '┦',
	lineUpDoubleDownDoubleLeftDouble: '╣',
	lineUpDoubleDownDoubleLeft: '╢',
	lineUpDownLeftDouble: '╡',
	lineUpDownRight: '├',
	lineUpBoldDownBoldRightBold: '┣',
	lineUpBoldDownBoldRight: '┠',
	lineUpDownRightBold: '┝',
	lineUpBoldDownRightBold: '┡',
	lineUpDownBoldRightBold: '┢',
	lineUpDownBoldRight: '┟',
	lineUpBoldDownRight: '┞',
	lineUpDoubleDownDoubleRightDouble: '╠',
	lineUpDoubleDownDoubleRight: '╟',
	lineUpDownRightDouble: '╞',
	lineDownLeftRight: '┬',
	lineDownBoldLeftBoldRightBold: '┳',
	lineDownLeftBoldRightBold: '┯',
	lineDownBoldLeftRight: '┰',
	lineDownBoldLeftBoldRight: '┱',
	lineDownBoldLeftRightBold: '┲',
	lineDownLeftRightBold: '┮',
	lineDownLeftBoldRight: '┭',
	lineDownDoubleLeftDoubleRightDouble: '╦',
	lineDownDoubleLeftRight: '╥',
	lineDownLeftDoubleRightDouble: '╤',
	lineUpLeftRight: '┴',
	lineUpBoldLeftBoldRightBold: '┻',
	lineUpLeftBoldRightBold: '┷',
	lineUpBoldLeftRight: '┸',
	lineUpBoldLeftBoldRight: '┹',
	lineUpBoldLeftRightBold: '┺',
	lineUpLeftRightBold: '┶',
	lineUpLeftBoldRight: '┵',
	lineUpDoubleLeftDoubleRightDouble: '╩',
	lineUpDoubleLeftRight: '╨',
	lineUpLeftDoubleRightDouble: '╧',
	lineUpDownLeftRight: '┼',
	lineUpBoldDownBoldLeftBoldRightBold: '╋',
	lineUpDownBoldLeftBoldRightBold: '╈',
	lineUpBoldDownLeftBoldRightBold: '╇',
	lineUpBoldDownBoldLeftRightBold: '╊',
	lineUpBoldDownBoldLeftBoldRight: '╉',
	lineUpBoldDownLeftRight: '╀',
	lineUpDownBoldLeftRight: '╁',
	lineUpDownLeftBoldRight: '┽',
	lineUpDownLeftRightBold: '┾',
	lineUpBoldDownBoldLeftRight: '╂',
	lineUpDownLeftBoldRightBold: '┿',
	lineUpBoldDownLeftBoldRight: '╃',
	lineUpBoldDownLeftRightBold: '╄',
	lineUpDownBoldLeftBoldRight: '╅',
	lineUpDownBoldLeftRightBold: '╆',
	lineUpDoubleDownDoubleLeftDoubleRightDouble: '╬',
	lineUpDoubleDownDoubleLeftRight: '╫',
	lineUpDownLeftDoubleRightDouble: '╪',
	lineCross: '╳',
	lineBackslash: '╲',
	lineSlash: '╱',
};

const specialMainSymbols = {
	tick: '✔',
	info: 'ℹ',
	warning: '⚠',
	cross: '✘',
	squareSmall: '◻',
	squareSmallFilled: '◼',
	circle: '◯',
	circleFilled: '◉',
	circleDotted: '◌',
	circleDouble: '◎',
	circleCircle: 'ⓞ',
	circleCross: 'ⓧ',
	circlePipe: 'Ⓘ',
	radioOn: '◉',
	radioOff: '◯',
	checkboxOn: '☒',
	checkboxOff: '☐',
	checkboxCircleOn: 'ⓧ',
	checkboxCircleOff: 'Ⓘ',
	pointer: '❯',
	triangleUpOutline: '△',
	triangleLeft: '◀',
	triangleRight: '▶',
	lozenge: '◆',
	lozengeOutline: '◇',
	hamburger: '☰',
	smiley: '㋡',
	mustache: '෴',
	star: '★',
	play: '▶',
	nodejs: '⬢',
	oneSeventh: '⅐',
	oneNinth: '⅑',
	oneTenth: '⅒',
};

const specialFallbackSymbols = {
	tick: '√',
	info: 'i',
	warning: '‼',
	cross: '×',
	squareSmall: '□',
	squareSmallFilled: '■',
	circle: '( )',
	circleFilled: '(*)',
	circleDotted: '( )',
	circleDouble: '( )',
	circleCircle: '(○)',
	circleCross: '(×)',
	circlePipe: '(│)',
	radioOn: '(*)',
	radioOff: '( )',
	checkboxOn: '[×]',
	checkboxOff: '[ ]',
	checkboxCircleOn: '(×)',
	checkboxCircleOff: '( )',
	pointer: '>',
	triangleUpOutline: '∆',
	triangleLeft: '◄',
	triangleRight: '►',
	lozenge: '♦',
	lozengeOutline: '◊',
	hamburger: '≡',
	smiley: '☺',
	mustache: '┌─┐',
	star: '✶',
	play: '►',
	nodejs: '♦',
	oneSeventh: '1/7',
	oneNinth: '1/9',
	oneTenth: '1/10',
};

const mainSymbols = {...common, ...specialMainSymbols};
const fallbackSymbols = {...common, ...specialFallbackSymbols};

const shouldUseMain = isUnicodeSupported();
const figures = shouldUseMain ? mainSymbols : fallbackSymbols;
/* harmony default export */ const node_modules_figures = (figures);

const replacements = Object.entries(specialMainSymbols);

// On terminals which do not support Unicode symbols, substitute them to other symbols
const replaceSymbols = (string, {useFallback = !shouldUseMain} = {}) => {
	if (useFallback) {
		for (const [key, mainSymbol] of replacements) {
			string = string.replaceAll(mainSymbol, fallbackSymbols[key]);
		}
	}

	return string;
};

// EXTERNAL MODULE: external "node:tty"
var external_node_tty_ = __webpack_require__(7066);
;// CONCATENATED MODULE: ./node_modules/yoctocolors/base.js


// eslint-disable-next-line no-warning-comments
// TODO: Use a better method when it's added to Node.js (https://github.com/nodejs/node/pull/40240)
// Lots of optionals here to support Deno.
const hasColors = external_node_tty_?.WriteStream?.prototype?.hasColors?.() ?? false;

const format = (open, close) => {
	if (!hasColors) {
		return input => input;
	}

	const openCode = `\u001B[${open}m`;
	const closeCode = `\u001B[${close}m`;

	return input => {
		const string = input + ''; // eslint-disable-line no-implicit-coercion -- This is faster.
		let index = string.indexOf(closeCode);

		if (index === -1) {
			// Note: Intentionally not using string interpolation for performance reasons.
			return openCode + string + closeCode;
		}

		// Handle nested colors.

		// We could have done this, but it's too slow (as of Node.js 22).
		// return openCode + string.replaceAll(closeCode, (close === 22 ? closeCode : '') + openCode) + closeCode;

		let result = openCode;
		let lastIndex = 0;

		// SGR 22 resets both bold (1) and dim (2). When we encounter a nested
		// close for styles that use 22, we need to re-open the outer style.
		const reopenOnNestedClose = close === 22;
		const replaceCode = (reopenOnNestedClose ? closeCode : '') + openCode;

		while (index !== -1) {
			result += string.slice(lastIndex, index) + replaceCode;
			lastIndex = index + closeCode.length;
			index = string.indexOf(closeCode, lastIndex);
		}

		result += string.slice(lastIndex) + closeCode;

		return result;
	};
};

const base_reset = format(0, 0);
const bold = format(1, 22);
const dim = format(2, 22);
const italic = format(3, 23);
const underline = format(4, 24);
// Extended underline styles (`SGR 4:x` sub-parameters).
const underlineDouble = format('4:2', 24);
const underlineCurly = format('4:3', 24);
const underlineDotted = format('4:4', 24);
const underlineDashed = format('4:5', 24);
const overline = format(53, 55);
const inverse = format(7, 27);
const base_hidden = format(8, 28);
const strikethrough = format(9, 29);

const black = format(30, 39);
const red = format(31, 39);
const green = format(32, 39);
const yellow = format(33, 39);
const blue = format(34, 39);
const magenta = format(35, 39);
const cyan = format(36, 39);
const white = format(37, 39);
const gray = format(90, 39);

const bgBlack = format(40, 49);
const bgRed = format(41, 49);
const bgGreen = format(42, 49);
const bgYellow = format(43, 49);
const bgBlue = format(44, 49);
const bgMagenta = format(45, 49);
const bgCyan = format(46, 49);
const bgWhite = format(47, 49);
const bgGray = format(100, 49);

const redBright = format(91, 39);
const greenBright = format(92, 39);
const yellowBright = format(93, 39);
const blueBright = format(94, 39);
const magentaBright = format(95, 39);
const cyanBright = format(96, 39);
const whiteBright = format(97, 39);

const bgRedBright = format(101, 49);
const bgGreenBright = format(102, 49);
const bgYellowBright = format(103, 49);
const bgBlueBright = format(104, 49);
const bgMagentaBright = format(105, 49);
const bgCyanBright = format(106, 49);
const bgWhiteBright = format(107, 49);

// Underline color (`SGR 58`/`59`). It has no basic 16-color form, so the palette index is used.
const underlineBlack = format('58;5;0', 59);
const underlineRed = format('58;5;1', 59);
const underlineGreen = format('58;5;2', 59);
const underlineYellow = format('58;5;3', 59);
const underlineBlue = format('58;5;4', 59);
const underlineMagenta = format('58;5;5', 59);
const underlineCyan = format('58;5;6', 59);
const underlineWhite = format('58;5;7', 59);
const underlineGray = format('58;5;8', 59);

const underlineRedBright = format('58;5;9', 59);
const underlineGreenBright = format('58;5;10', 59);
const underlineYellowBright = format('58;5;11', 59);
const underlineBlueBright = format('58;5;12', 59);
const underlineMagentaBright = format('58;5;13', 59);
const underlineCyanBright = format('58;5;14', 59);
const underlineWhiteBright = format('58;5;15', 59);

;// CONCATENATED MODULE: ./node_modules/execa/lib/verbose/default.js



// Default when `verbose` is not a function
const defaultVerboseFunction = ({
	type,
	message,
	timestamp,
	piped,
	commandId,
	result: {failed = false} = {},
	options: {reject = true},
}) => {
	const timestampString = serializeTimestamp(timestamp);
	const icon = ICONS[type]({failed, reject, piped});
	const color = COLORS[type]({reject});
	return `${gray(`[${timestampString}]`)} ${gray(`[${commandId}]`)} ${color(icon)} ${color(message)}`;
};

// Prepending the timestamp allows debugging the slow paths of a subprocess
const serializeTimestamp = timestamp => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;

const padField = (field, padding) => String(field).padStart(padding, '0');

const getFinalIcon = ({failed, reject}) => {
	if (!failed) {
		return node_modules_figures.tick;
	}

	return reject ? node_modules_figures.cross : node_modules_figures.warning;
};

const ICONS = {
	command: ({piped}) => piped ? '|' : '$',
	output: () => ' ',
	ipc: () => '*',
	error: getFinalIcon,
	duration: getFinalIcon,
};

const identity = string => string;

const COLORS = {
	command: () => bold,
	output: () => identity,
	ipc: () => identity,
	error: ({reject}) => reject ? redBright : yellowBright,
	duration: () => gray,
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/verbose/custom.js


// Apply the `verbose` function on each line
const applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
	const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
	return printedLines
		.map(({verboseLine, verboseObject}) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction))
		.filter(printedLine => printedLine !== undefined)
		.map(printedLine => appendNewline(printedLine))
		.join('');
};

const applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
	if (verboseFunction === undefined) {
		return verboseLine;
	}

	const printedLine = verboseFunction(verboseLine, verboseObject);
	if (typeof printedLine === 'string') {
		return printedLine;
	}
};

const appendNewline = printedLine => printedLine.endsWith('\n')
	? printedLine
	: `${printedLine}\n`;

;// CONCATENATED MODULE: ./node_modules/execa/lib/verbose/log.js





// This prints on stderr.
// If the subprocess prints on stdout and is using `stdout: 'inherit'`,
// there is a chance both writes will compete (introducing a race condition).
// This means their respective order is not deterministic.
// In particular, this means the verbose command lines might be after the start of the subprocess output.
// Using synchronous I/O does not solve this problem.
// However, this only seems to happen when the stdout/stderr target
// (e.g. a terminal) is being written to by many subprocesses at once, which is unlikely in real scenarios.
const verboseLog = ({type, verboseMessage, fdNumber, verboseInfo, result}) => {
	const verboseObject = getVerboseObject({type, result, verboseInfo});
	const printedLines = getPrintedLines(verboseMessage, verboseObject);
	const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
	if (finalLines !== '') {
		console.warn(finalLines.slice(0, -1));
	}
};

const getVerboseObject = ({
	type,
	result,
	verboseInfo: {escapedCommand, commandId, rawOptions: {piped = false, ...options}},
}) => ({
	type,
	escapedCommand,
	commandId: `${commandId}`,
	timestamp: new Date(),
	piped,
	result,
	options,
});

const getPrintedLines = (verboseMessage, verboseObject) => verboseMessage
	.split('\n')
	.map(message => getPrintedLine({...verboseObject, message}));

const getPrintedLine = verboseObject => {
	const verboseLine = defaultVerboseFunction(verboseObject);
	return {verboseLine, verboseObject};
};

// Serialize any type to a line string, for logging
const serializeVerboseMessage = message => {
	const messageString = typeof message === 'string' ? message : (0,external_node_util_.inspect)(message);
	const escapedMessage = escapeLines(messageString);
	return escapedMessage.replaceAll('\t', ' '.repeat(TAB_SIZE));
};

// Same as `util.inspect()`
const TAB_SIZE = 2;

;// CONCATENATED MODULE: ./node_modules/execa/lib/verbose/start.js



// When `verbose` is `short|full|custom`, print each command
const logCommand = (escapedCommand, verboseInfo) => {
	if (!isVerbose(verboseInfo)) {
		return;
	}

	verboseLog({
		type: 'command',
		verboseMessage: escapedCommand,
		verboseInfo,
	});
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/verbose/info.js


// Information computed before spawning, used by the `verbose` option
const getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
	validateVerbose(verbose);
	const commandId = getCommandId(verbose);
	return {
		verbose,
		escapedCommand,
		commandId,
		rawOptions,
	};
};

const getCommandId = verbose => isVerbose({verbose}) ? COMMAND_ID++ : undefined;

// Prepending the `pid` is useful when multiple commands print their output at the same time.
// However, we cannot use the real PID since this is not available with `child_process.spawnSync()`.
// Also, we cannot use the real PID if we want to print it before `child_process.spawn()` is run.
// As a pro, it is shorter than a normal PID and never re-uses the same id.
// As a con, it cannot be used to send signals.
let COMMAND_ID = 0n;

const validateVerbose = verbose => {
	for (const fdVerbose of verbose) {
		if (fdVerbose === false) {
			throw new TypeError('The "verbose: false" option was renamed to "verbose: \'none\'".');
		}

		if (fdVerbose === true) {
			throw new TypeError('The "verbose: true" option was renamed to "verbose: \'short\'".');
		}

		if (!VERBOSE_VALUES.includes(fdVerbose) && !isVerboseFunction(fdVerbose)) {
			const allowedValues = VERBOSE_VALUES.map(allowedValue => `'${allowedValue}'`).join(', ');
			throw new TypeError(`The "verbose" option must not be ${fdVerbose}. Allowed values are: ${allowedValues} or a function.`);
		}
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/return/duration.js


// Start counting time before spawning the subprocess
const getStartTime = () => external_node_process_.hrtime.bigint();

// Compute duration after the subprocess ended.
// Printed by the `verbose` option.
const getDurationMs = startTime => Number(external_node_process_.hrtime.bigint() - startTime) / 1e6;

;// CONCATENATED MODULE: ./node_modules/execa/lib/arguments/command.js






// Compute `result.command`, `result.escapedCommand` and `verbose`-related information
const handleCommand = (filePath, rawArguments, rawOptions) => {
	const startTime = getStartTime();
	const {command, escapedCommand} = joinCommand(filePath, rawArguments);
	const verbose = normalizeFdSpecificOption(rawOptions, 'verbose');
	const verboseInfo = getVerboseInfo(verbose, escapedCommand, {...rawOptions});
	logCommand(escapedCommand, verboseInfo);
	return {
		command,
		escapedCommand,
		startTime,
		verboseInfo,
	};
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/cross-spawn/index.js
var cross_spawn = __webpack_require__(80546);
;// CONCATENATED MODULE: ./node_modules/npm-run-path/node_modules/path-key/index.js
function pathKey(options = {}) {
	const {
		env = process.env,
		platform = process.platform
	} = options;

	if (platform !== 'win32') {
		return 'PATH';
	}

	return Object.keys(env).reverse().find(key => key.toUpperCase() === 'PATH') || 'Path';
}

;// CONCATENATED MODULE: ./node_modules/unicorn-magic/node.js





const execFileOriginal = (0,external_node_util_.promisify)(external_node_child_process_.execFile);

function toPath(urlOrPath) {
	return urlOrPath instanceof URL ? (0,external_node_url_.fileURLToPath)(urlOrPath) : urlOrPath;
}

function rootDirectory(pathInput) {
	return path.parse(toPath(pathInput)).root;
}

function traversePathUp(startPath) {
	return {
		* [Symbol.iterator]() {
			let currentPath = external_node_path_.resolve(toPath(startPath));
			let previousPath;

			while (previousPath !== currentPath) {
				yield currentPath;
				previousPath = currentPath;
				currentPath = external_node_path_.resolve(currentPath, '..');
			}
		},
	};
}

const TEN_MEGABYTES_IN_BYTES = (/* unused pure expression or super */ null && (10 * 1024 * 1024));

async function execFile(file, arguments_, options = {}) {
	return execFileOriginal(file, arguments_, {
		maxBuffer: TEN_MEGABYTES_IN_BYTES,
		...options,
	});
}

function execFileSync(file, arguments_ = [], options = {}) {
	return execFileSyncOriginal(file, arguments_, {
		maxBuffer: TEN_MEGABYTES_IN_BYTES,
		encoding: 'utf8',
		stdio: 'pipe',
		...options,
	});
}



;// CONCATENATED MODULE: ./node_modules/npm-run-path/index.js





const npmRunPath = ({
	cwd = external_node_process_.cwd(),
	path: pathOption = external_node_process_.env[pathKey()],
	preferLocal = true,
	execPath = external_node_process_.execPath,
	addExecPath = true,
} = {}) => {
	const cwdPath = external_node_path_.resolve(toPath(cwd));
	const result = [];
	const pathParts = pathOption.split(external_node_path_.delimiter);

	if (preferLocal) {
		applyPreferLocal(result, pathParts, cwdPath);
	}

	if (addExecPath) {
		applyExecPath(result, pathParts, execPath, cwdPath);
	}

	return pathOption === '' || pathOption === external_node_path_.delimiter
		? `${result.join(external_node_path_.delimiter)}${pathOption}`
		: [...result, pathOption].join(external_node_path_.delimiter);
};

const applyPreferLocal = (result, pathParts, cwdPath) => {
	for (const directory of traversePathUp(cwdPath)) {
		const pathPart = external_node_path_.join(directory, 'node_modules/.bin');
		if (!pathParts.includes(pathPart)) {
			result.push(pathPart);
		}
	}
};

// Ensure the running `node` binary is used
const applyExecPath = (result, pathParts, execPath, cwdPath) => {
	const pathPart = external_node_path_.resolve(cwdPath, toPath(execPath), '..');
	if (!pathParts.includes(pathPart)) {
		result.push(pathPart);
	}
};

const npmRunPathEnv = ({env = external_node_process_.env, ...options} = {}) => {
	env = {...env};

	const pathName = pathKey({env});
	options.path = env[pathName];
	env[pathName] = npmRunPath(options);

	return env;
};

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./node_modules/execa/lib/return/final-error.js
// When the subprocess fails, this is the error instance being returned.
// If another error instance is being thrown, it is kept as `error.cause`.
const getFinalError = (originalError, message, isSync) => {
	const ErrorClass = isSync ? ExecaSyncError : ExecaError;
	const options = originalError instanceof DiscardedError ? {} : {cause: originalError};
	return new ErrorClass(message, options);
};

// Indicates that the error is used only to interrupt control flow, but not in the return value
class DiscardedError extends Error {}

// Proper way to set `error.name`: it should be inherited and non-enumerable
const setErrorName = (ErrorClass, value) => {
	Object.defineProperty(ErrorClass.prototype, 'name', {
		value,
		writable: true,
		enumerable: false,
		configurable: true,
	});
	Object.defineProperty(ErrorClass.prototype, execaErrorSymbol, {
		value: true,
		writable: false,
		enumerable: false,
		configurable: false,
	});
};

// Unlike `instanceof`, this works across realms
const isExecaError = error => isErrorInstance(error) && execaErrorSymbol in error;

const execaErrorSymbol = Symbol('isExecaError');

const isErrorInstance = value => Object.prototype.toString.call(value) === '[object Error]';

// We use two different Error classes for async/sync methods since they have slightly different shape and types
class ExecaError extends Error {}
setErrorName(ExecaError, ExecaError.name);

class ExecaSyncError extends Error {}
setErrorName(ExecaSyncError, ExecaSyncError.name);

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./node_modules/human-signals/build/src/realtime.js

const getRealtimeSignals=()=>{
const length=SIGRTMAX-SIGRTMIN+1;
return Array.from({length},getRealtimeSignal)
};

const getRealtimeSignal=(value,index)=>({
name:`SIGRT${index+1}`,
number:SIGRTMIN+index,
action:"terminate",
description:"Application-specific signal (realtime)",
standard:"posix"
});

const SIGRTMIN=34;
const SIGRTMAX=64;
;// CONCATENATED MODULE: ./node_modules/human-signals/build/src/core.js


const SIGNALS=[
{
name:"SIGHUP",
number:1,
action:"terminate",
description:"Terminal closed",
standard:"posix"
},
{
name:"SIGINT",
number:2,
action:"terminate",
description:"User interruption with CTRL-C",
standard:"ansi"
},
{
name:"SIGQUIT",
number:3,
action:"core",
description:"User interruption with CTRL-\\",
standard:"posix"
},
{
name:"SIGILL",
number:4,
action:"core",
description:"Invalid machine instruction",
standard:"ansi"
},
{
name:"SIGTRAP",
number:5,
action:"core",
description:"Debugger breakpoint",
standard:"posix"
},
{
name:"SIGABRT",
number:6,
action:"core",
description:"Aborted",
standard:"ansi"
},
{
name:"SIGIOT",
number:6,
action:"core",
description:"Aborted",
standard:"bsd"
},
{
name:"SIGBUS",
number:7,
action:"core",
description:
"Bus error due to misaligned, non-existing address or paging error",
standard:"bsd"
},
{
name:"SIGEMT",
number:7,
action:"terminate",
description:"Command should be emulated but is not implemented",
standard:"other"
},
{
name:"SIGFPE",
number:8,
action:"core",
description:"Floating point arithmetic error",
standard:"ansi"
},
{
name:"SIGKILL",
number:9,
action:"terminate",
description:"Forced termination",
standard:"posix",
forced:true
},
{
name:"SIGUSR1",
number:10,
action:"terminate",
description:"Application-specific signal",
standard:"posix"
},
{
name:"SIGSEGV",
number:11,
action:"core",
description:"Segmentation fault",
standard:"ansi"
},
{
name:"SIGUSR2",
number:12,
action:"terminate",
description:"Application-specific signal",
standard:"posix"
},
{
name:"SIGPIPE",
number:13,
action:"terminate",
description:"Broken pipe or socket",
standard:"posix"
},
{
name:"SIGALRM",
number:14,
action:"terminate",
description:"Timeout or timer",
standard:"posix"
},
{
name:"SIGTERM",
number:15,
action:"terminate",
description:"Termination",
standard:"ansi"
},
{
name:"SIGSTKFLT",
number:16,
action:"terminate",
description:"Stack is empty or overflowed",
standard:"other"
},
{
name:"SIGCHLD",
number:17,
action:"ignore",
description:"Child process terminated, paused or unpaused",
standard:"posix"
},
{
name:"SIGCLD",
number:17,
action:"ignore",
description:"Child process terminated, paused or unpaused",
standard:"other"
},
{
name:"SIGCONT",
number:18,
action:"unpause",
description:"Unpaused",
standard:"posix",
forced:true
},
{
name:"SIGSTOP",
number:19,
action:"pause",
description:"Paused",
standard:"posix",
forced:true
},
{
name:"SIGTSTP",
number:20,
action:"pause",
description:"Paused using CTRL-Z or \"suspend\"",
standard:"posix"
},
{
name:"SIGTTIN",
number:21,
action:"pause",
description:"Background process cannot read terminal input",
standard:"posix"
},
{
name:"SIGBREAK",
number:21,
action:"terminate",
description:"User interruption with CTRL-BREAK",
standard:"other"
},
{
name:"SIGTTOU",
number:22,
action:"pause",
description:"Background process cannot write to terminal output",
standard:"posix"
},
{
name:"SIGURG",
number:23,
action:"ignore",
description:"Socket received out-of-band data",
standard:"bsd"
},
{
name:"SIGXCPU",
number:24,
action:"core",
description:"Process timed out",
standard:"bsd"
},
{
name:"SIGXFSZ",
number:25,
action:"core",
description:"File too big",
standard:"bsd"
},
{
name:"SIGVTALRM",
number:26,
action:"terminate",
description:"Timeout or timer",
standard:"bsd"
},
{
name:"SIGPROF",
number:27,
action:"terminate",
description:"Timeout or timer",
standard:"bsd"
},
{
name:"SIGWINCH",
number:28,
action:"ignore",
description:"Terminal window size changed",
standard:"bsd"
},
{
name:"SIGIO",
number:29,
action:"terminate",
description:"I/O is available",
standard:"other"
},
{
name:"SIGPOLL",
number:29,
action:"terminate",
description:"Watched event",
standard:"other"
},
{
name:"SIGINFO",
number:29,
action:"ignore",
description:"Request for process information",
standard:"other"
},
{
name:"SIGPWR",
number:30,
action:"terminate",
description:"Device running out of power",
standard:"systemv"
},
{
name:"SIGSYS",
number:31,
action:"core",
description:"Invalid system call",
standard:"other"
},
{
name:"SIGUNUSED",
number:31,
action:"terminate",
description:"Invalid system call",
standard:"other"
}];
;// CONCATENATED MODULE: ./node_modules/human-signals/build/src/signals.js







const getSignals=()=>{
const realtimeSignals=getRealtimeSignals();
const signals=[...SIGNALS,...realtimeSignals].map(normalizeSignal);
return signals
};







const normalizeSignal=({
name,
number:defaultNumber,
description,
action,
forced=false,
standard
})=>{
const{
signals:{[name]:constantSignal}
}=external_node_os_.constants;
const supported=constantSignal!==undefined;
const number=supported?constantSignal:defaultNumber;
return{name,number,description,supported,action,forced,standard}
};
;// CONCATENATED MODULE: ./node_modules/human-signals/build/src/main.js







const getSignalsByName=()=>{
const signals=getSignals();
return Object.fromEntries(signals.map(getSignalByName))
};

const getSignalByName=({
name,
number,
description,
supported,
action,
forced,
standard
})=>[name,{name,number,description,supported,action,forced,standard}];

const signalsByName=getSignalsByName();




const getSignalsByNumber=()=>{
const signals=getSignals();
const length=SIGRTMAX+1;
const signalsA=Array.from({length},(value,number)=>
getSignalByNumber(number,signals)
);
return Object.assign({},...signalsA)
};

const getSignalByNumber=(number,signals)=>{
const signal=findSignalByNumber(number,signals);

if(signal===undefined){
return{}
}

const{name,description,supported,action,forced,standard}=signal;
return{
[number]:{
name,
number,
description,
supported,
action,
forced,
standard
}
}
};



const findSignalByNumber=(number,signals)=>{
const signal=signals.find(({name})=>external_node_os_.constants.signals[name]===number);

if(signal!==undefined){
return signal
}

return signals.find((signalA)=>signalA.number===number)
};

const signalsByNumber=getSignalsByNumber();
;// CONCATENATED MODULE: ./node_modules/execa/lib/terminate/signal.js



// Normalize signals for comparison purpose.
// Also validate the signal exists.
const normalizeKillSignal = killSignal => {
	const optionName = 'option `killSignal`';
	if (killSignal === 0) {
		throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
	}

	return signal_normalizeSignal(killSignal, optionName);
};

const normalizeSignalArgument = signal => signal === 0
	? signal
	: signal_normalizeSignal(signal, '`subprocess.kill()`\'s argument');

const signal_normalizeSignal = (signalNameOrInteger, optionName) => {
	if (Number.isInteger(signalNameOrInteger)) {
		return normalizeSignalInteger(signalNameOrInteger, optionName);
	}

	if (typeof signalNameOrInteger === 'string') {
		return normalizeSignalName(signalNameOrInteger, optionName);
	}

	throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.\n${getAvailableSignals()}`);
};

const normalizeSignalInteger = (signalInteger, optionName) => {
	if (signalsIntegerToName.has(signalInteger)) {
		return signalsIntegerToName.get(signalInteger);
	}

	throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.\n${getAvailableSignals()}`);
};

const getSignalsIntegerToName = () => new Map(Object.entries(external_node_os_.constants.signals)
	.reverse()
	.map(([signalName, signalInteger]) => [signalInteger, signalName]));

const signalsIntegerToName = getSignalsIntegerToName();

const normalizeSignalName = (signalName, optionName) => {
	if (signalName in external_node_os_.constants.signals) {
		return signalName;
	}

	if (signalName.toUpperCase() in external_node_os_.constants.signals) {
		throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
	}

	throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.\n${getAvailableSignals()}`);
};

const getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
Available signal numbers: ${getAvailableSignalIntegers()}.`;

const getAvailableSignalNames = () => Object.keys(external_node_os_.constants.signals)
	.sort()
	.map(signalName => `'${signalName}'`)
	.join(', ');

const getAvailableSignalIntegers = () => [...new Set(Object.values(external_node_os_.constants.signals)
	.sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))]
	.join(', ');

// Human-friendly description of a signal
const getSignalDescription = signal => signalsByName[signal].description;

;// CONCATENATED MODULE: ./node_modules/execa/lib/terminate/kill.js




// Normalize the `forceKillAfterDelay` option
const normalizeForceKillAfterDelay = forceKillAfterDelay => {
	if (forceKillAfterDelay === false) {
		return forceKillAfterDelay;
	}

	if (forceKillAfterDelay === true) {
		return DEFAULT_FORCE_KILL_TIMEOUT;
	}

	if (!Number.isFinite(forceKillAfterDelay) || forceKillAfterDelay < 0) {
		throw new TypeError(`Expected the \`forceKillAfterDelay\` option to be a non-negative integer, got \`${forceKillAfterDelay}\` (${typeof forceKillAfterDelay})`);
	}

	return forceKillAfterDelay;
};

const DEFAULT_FORCE_KILL_TIMEOUT = 1000 * 5;

// Monkey-patches `subprocess.kill()` to add `forceKillAfterDelay` behavior and `.kill(error)`
const subprocessKill = (
	{kill, options: {forceKillAfterDelay, killSignal}, onInternalError, context, controller},
	signalOrError,
	errorArgument,
) => {
	const {signal, error} = parseKillArguments(signalOrError, errorArgument, killSignal);
	emitKillError(error, onInternalError);
	const killResult = kill(signal);
	setKillTimeout({
		kill,
		signal,
		forceKillAfterDelay,
		killSignal,
		killResult,
		context,
		controller,
	});
	return killResult;
};

const parseKillArguments = (signalOrError, errorArgument, killSignal) => {
	const [signal = killSignal, error] = isErrorInstance(signalOrError)
		? [undefined, signalOrError]
		: [signalOrError, errorArgument];

	if (typeof signal !== 'string' && !Number.isInteger(signal)) {
		throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
	}

	if (error !== undefined && !isErrorInstance(error)) {
		throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
	}

	return {signal: normalizeSignalArgument(signal), error};
};

// Fails right away when calling `subprocess.kill(error)`.
// Does not wait for actual signal termination.
// Uses a deferred promise instead of the `error` event on the subprocess, as this is less intrusive.
const emitKillError = (error, onInternalError) => {
	if (error !== undefined) {
		onInternalError.reject(error);
	}
};

const setKillTimeout = async ({kill, signal, forceKillAfterDelay, killSignal, killResult, context, controller}) => {
	if (signal === killSignal && killResult) {
		killOnTimeout({
			kill,
			forceKillAfterDelay,
			context,
			controllerSignal: controller.signal,
		});
	}
};

// Forcefully terminate a subprocess after a timeout
const killOnTimeout = async ({kill, forceKillAfterDelay, context, controllerSignal}) => {
	if (forceKillAfterDelay === false) {
		return;
	}

	try {
		await (0,promises_.setTimeout)(forceKillAfterDelay, undefined, {signal: controllerSignal});
		if (kill('SIGKILL')) {
			context.isForcefullyTerminated ??= true;
		}
	} catch {}
};

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
;// CONCATENATED MODULE: ./node_modules/execa/lib/utils/abort-signal.js


// Combines `util.aborted()` and `events.addAbortListener()`: promise-based and cleaned up with a stop signal
const onAbortedSignal = async (mainSignal, stopSignal) => {
	if (!mainSignal.aborted) {
		await (0,external_node_events_.once)(mainSignal, 'abort', {signal: stopSignal});
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/terminate/cancel.js


// Validate the `cancelSignal` option
const validateCancelSignal = ({cancelSignal}) => {
	if (cancelSignal !== undefined && Object.prototype.toString.call(cancelSignal) !== '[object AbortSignal]') {
		throw new Error(`The \`cancelSignal\` option must be an AbortSignal: ${String(cancelSignal)}`);
	}
};

// Terminate the subprocess when aborting the `cancelSignal` option and `gracefulSignal` is `false`
const throwOnCancel = ({subprocess, cancelSignal, gracefulCancel, context, controller}) => cancelSignal === undefined || gracefulCancel
	? []
	: [terminateOnCancel(subprocess, cancelSignal, context, controller)];

const terminateOnCancel = async (subprocess, cancelSignal, context, {signal}) => {
	await onAbortedSignal(cancelSignal, signal);
	context.terminationReason ??= 'cancel';
	subprocess.kill();
	throw cancelSignal.reason;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/validation.js
// Validate the IPC channel is connected before receiving/sending messages
const validateIpcMethod = ({methodName, isSubprocess, ipc, isConnected}) => {
	validateIpcOption(methodName, isSubprocess, ipc);
	validateConnection(methodName, isSubprocess, isConnected);
};

// Better error message when forgetting to set `ipc: true` and using the IPC methods
const validateIpcOption = (methodName, isSubprocess, ipc) => {
	if (!ipc) {
		throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
	}
};

// Better error message when one process does not send/receive messages once the other process has disconnected.
// This also makes it clear that any buffered messages are lost once either process has disconnected.
// Also when aborting `cancelSignal` after disconnecting the IPC.
const validateConnection = (methodName, isSubprocess, isConnected) => {
	if (!isConnected) {
		throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
	}
};

// When `getOneMessage()` could not complete due to an early disconnection
const throwOnEarlyDisconnect = isSubprocess => {
	throw new Error(`${getMethodName('getOneMessage', isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
};

// When both processes use `sendMessage()` with `strict` at the same time
const throwOnStrictDeadlockError = isSubprocess => {
	throw new Error(`${getMethodName('sendMessage', isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${getMethodName('getOneMessage', isSubprocess)},
	${getMethodName('sendMessage', isSubprocess, 'message, {strict: true}')},
]);`);
};

// When the other process used `strict` but the current process had I/O error calling `sendMessage()` for the response
const getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName('sendMessage', isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, {cause: error});

// When using `strict` but the other process was not listening for messages
const throwOnMissingStrict = isSubprocess => {
	throw new Error(`${getMethodName('sendMessage', isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
};

// When using `strict` but the other process disconnected before receiving the message
const throwOnStrictDisconnect = isSubprocess => {
	throw new Error(`${getMethodName('sendMessage', isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
};

// When the current process disconnects while the subprocess is listening to `cancelSignal`
const getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);

// When the subprocess uses `cancelSignal` but not the current process
const throwOnMissingParent = () => {
	throw new Error('`getCancelSignal()` cannot be used without setting the `cancelSignal` subprocess option.');
};

// EPIPE can happen when sending a message to a subprocess that is closing but has not disconnected yet
const handleEpipeError = ({error, methodName, isSubprocess}) => {
	if (error.code === 'EPIPE') {
		throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, {cause: error});
	}
};

// Better error message when sending messages which cannot be serialized.
// Works with both `serialization: 'advanced'` and `serialization: 'json'`.
const handleSerializationError = ({error, methodName, isSubprocess, message}) => {
	if (isSerializationError(error)) {
		throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${String(message)}.`, {cause: error});
	}
};

const isSerializationError = ({code, message}) => SERIALIZATION_ERROR_CODES.has(code)
	|| SERIALIZATION_ERROR_MESSAGES.some(serializationErrorMessage => message.includes(serializationErrorMessage));

// `error.code` set by Node.js when it failed to serialize the message
const SERIALIZATION_ERROR_CODES = new Set([
	// Message is `undefined`
	'ERR_MISSING_ARGS',
	// Message is a function, a bigint, a symbol
	'ERR_INVALID_ARG_TYPE',
]);

// `error.message` set by Node.js when it failed to serialize the message
const SERIALIZATION_ERROR_MESSAGES = [
	// Message is a promise or a proxy, with `serialization: 'advanced'`
	'could not be cloned',
	// Message has cycles, with `serialization: 'json'`
	'circular structure',
	// Message has cycles inside toJSON(), with `serialization: 'json'`
	'call stack size exceeded',
];

const getMethodName = (methodName, isSubprocess, parameters = '') => methodName === 'cancelSignal'
	? '`cancelSignal`\'s `controller.abort()`'
	: `${getNamespaceName(isSubprocess)}${methodName}(${parameters})`;

const getNamespaceName = isSubprocess => isSubprocess ? '' : 'subprocess.';

const getOtherProcessName = isSubprocess => isSubprocess ? 'parent process' : 'subprocess';

// When any error arises, we disconnect the IPC.
// Otherwise, it is likely that one of the processes will stop sending/receiving messages.
// This would leave the other process hanging.
const disconnect = anyProcess => {
	if (anyProcess.connected) {
		anyProcess.disconnect();
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/utils/deferred.js
const createDeferred = () => {
	const methods = {};
	const promise = new Promise((resolve, reject) => {
		Object.assign(methods, {resolve, reject});
	});
	return Object.assign(promise, methods);
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/arguments/fd-options.js


// Retrieve stream targeted by the `to` option
const getToStream = (destination, to = 'stdin') => {
	const isWritable = true;
	const {options, fileDescriptors} = SUBPROCESS_OPTIONS.get(destination);
	const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
	const destinationStream = destination.stdio[fdNumber];

	if (destinationStream === null) {
		throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options, isWritable));
	}

	return destinationStream;
};

// Retrieve stream targeted by the `from` option
const getFromStream = (source, from = 'stdout') => {
	const isWritable = false;
	const {options, fileDescriptors} = SUBPROCESS_OPTIONS.get(source);
	const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
	const sourceStream = fdNumber === 'all' ? source.all : source.stdio[fdNumber];

	if (sourceStream === null || sourceStream === undefined) {
		throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options, isWritable));
	}

	return sourceStream;
};

// Keeps track of the options passed to each Execa call
const SUBPROCESS_OPTIONS = new WeakMap();

const getFdNumber = (fileDescriptors, fdName, isWritable) => {
	const fdNumber = parseFdNumber(fdName, isWritable);
	validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
	return fdNumber;
};

const parseFdNumber = (fdName, isWritable) => {
	const fdNumber = parseFd(fdName);
	if (fdNumber !== undefined) {
		return fdNumber;
	}

	const {validOptions, defaultValue} = isWritable
		? {validOptions: '"stdin"', defaultValue: 'stdin'}
		: {validOptions: '"stdout", "stderr", "all"', defaultValue: 'stdout'};
	throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
It must be ${validOptions} or "fd3", "fd4" (and so on).
It is optional and defaults to "${defaultValue}".`);
};

const validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
	const fileDescriptor = fileDescriptors[getUsedDescriptor(fdNumber)];
	if (fileDescriptor === undefined) {
		throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. That file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
	}

	if (fileDescriptor.direction === 'input' && !isWritable) {
		throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a readable stream, not writable.`);
	}

	if (fileDescriptor.direction !== 'input' && isWritable) {
		throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a writable stream, not readable.`);
	}
};

const getInvalidStdioOptionMessage = (fdNumber, fdName, options, isWritable) => {
	if (fdNumber === 'all' && !options.all) {
		return 'The "all" option must be true to use "from: \'all\'".';
	}

	const {optionName, optionValue} = getInvalidStdioOption(fdNumber, options);
	return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
Please set this option with "pipe" instead.`;
};

const getInvalidStdioOption = (fdNumber, {stdin, stdout, stderr, stdio}) => {
	const usedDescriptor = getUsedDescriptor(fdNumber);

	if (usedDescriptor === 0 && stdin !== undefined) {
		return {optionName: 'stdin', optionValue: stdin};
	}

	if (usedDescriptor === 1 && stdout !== undefined) {
		return {optionName: 'stdout', optionValue: stdout};
	}

	if (usedDescriptor === 2 && stderr !== undefined) {
		return {optionName: 'stderr', optionValue: stderr};
	}

	return {optionName: `stdio[${usedDescriptor}]`, optionValue: stdio[usedDescriptor]};
};

const getUsedDescriptor = fdNumber => fdNumber === 'all' ? 1 : fdNumber;

const getOptionName = isWritable => isWritable ? 'to' : 'from';

const serializeOptionValue = value => {
	if (typeof value === 'string') {
		return `'${value}'`;
	}

	return typeof value === 'number' ? `${value}` : 'Stream';
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/utils/max-listeners.js


// Temporarily increase the maximum number of listeners on an eventEmitter
const incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
	const maxListeners = eventEmitter.getMaxListeners();
	if (maxListeners === 0 || maxListeners === Number.POSITIVE_INFINITY) {
		return;
	}

	eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
	(0,external_node_events_.addAbortListener)(signal, () => {
		eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
	});
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/reference.js
// By default, Node.js keeps the subprocess alive while it has a `message` or `disconnect` listener.
// We replicate the same logic for the events that we proxy.
// This ensures the subprocess is kept alive while `getOneMessage()` and `getEachMessage()` are ongoing.
// This is not a problem with `sendMessage()` since Node.js handles that method automatically.
// We do not use `anyProcess.channel.ref()` since this would prevent the automatic `.channel.refCounted()` Node.js is doing.
// We keep a reference to `anyProcess.channel` since it might be `null` while `getOneMessage()` or `getEachMessage()` is still processing debounced messages.
// See https://github.com/nodejs/node/blob/2aaeaa863c35befa2ebaa98fb7737ec84df4d8e9/lib/internal/child_process.js#L547
const addReference = (channel, reference) => {
	if (reference) {
		addReferenceCount(channel);
	}
};

const addReferenceCount = channel => {
	channel.refCounted();
};

const removeReference = (channel, reference) => {
	if (reference) {
		removeReferenceCount(channel);
	}
};

const removeReferenceCount = channel => {
	channel.unrefCounted();
};

// To proxy events, we setup some global listeners on the `message` and `disconnect` events.
// Those should not keep the subprocess alive, so we remove the automatic counting that Node.js is doing.
// See https://github.com/nodejs/node/blob/1b965270a9c273d4cf70e8808e9d28b9ada7844f/lib/child_process.js#L180
const undoAddedReferences = (channel, isSubprocess) => {
	if (isSubprocess) {
		removeReferenceCount(channel);
		removeReferenceCount(channel);
	}
};

// Reverse it during `disconnect`
const redoAddedReferences = (channel, isSubprocess) => {
	if (isSubprocess) {
		addReferenceCount(channel);
		addReferenceCount(channel);
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/incoming.js







// By default, Node.js buffers `message` events.
//  - Buffering happens when there is a `message` event is emitted but there is no handler.
//  - As soon as a `message` event handler is set, all buffered `message` events are emitted, emptying the buffer.
//  - This happens both in the current process and the subprocess.
//  - See https://github.com/nodejs/node/blob/501546e8f37059cd577041e23941b640d0d4d406/lib/internal/child_process.js#L719
// This is helpful. Notably, this allows sending messages to a subprocess that's still initializing.
// However, it has several problems.
//  - This works with `events.on()` but not `events.once()` since all buffered messages are emitted at once.
//    For example, users cannot call `await getOneMessage()`/`getEachMessage()` multiple times in a row.
//  - When a user intentionally starts listening to `message` at a specific point in time, past `message` events are replayed, which might be unexpected.
//  - Buffering is unlimited, which might lead to an out-of-memory crash.
//  - This does not work well with multiple consumers.
//    For example, Execa consumes events with both `result.ipcOutput` and manual IPC calls like `getOneMessage()`.
//    Since `result.ipcOutput` reads all incoming messages, no buffering happens for manual IPC calls.
//  - Forgetting to setup a `message` listener, or setting it up too late, is a programming mistake.
//    The default behavior does not allow users to realize they made that mistake.
// To solve those problems, instead of buffering messages, we debounce them.
// The `message` event so it is emitted at most once per macrotask.
const onMessage = async ({anyProcess, channel, isSubprocess, ipcEmitter}, wrappedMessage) => {
	if (handleStrictResponse(wrappedMessage) || handleAbort(wrappedMessage)) {
		return;
	}

	if (!INCOMING_MESSAGES.has(anyProcess)) {
		INCOMING_MESSAGES.set(anyProcess, []);
	}

	const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
	incomingMessages.push(wrappedMessage);

	if (incomingMessages.length > 1) {
		return;
	}

	while (incomingMessages.length > 0) {
		// eslint-disable-next-line no-await-in-loop
		await waitForOutgoingMessages(anyProcess, ipcEmitter, wrappedMessage);
		// eslint-disable-next-line no-await-in-loop
		await promises_.scheduler.yield();

		// eslint-disable-next-line no-await-in-loop
		const message = await handleStrictRequest({
			wrappedMessage: incomingMessages[0],
			anyProcess,
			channel,
			isSubprocess,
			ipcEmitter,
		});

		incomingMessages.shift();
		ipcEmitter.emit('message', message);
		ipcEmitter.emit('message:done');
	}
};

// If the `message` event is currently debounced, the `disconnect` event must wait for it
const onDisconnect = async ({anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage}) => {
	abortOnDisconnect();

	const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
	while (incomingMessages?.length > 0) {
		// eslint-disable-next-line no-await-in-loop
		await (0,external_node_events_.once)(ipcEmitter, 'message:done');
	}

	anyProcess.removeListener('message', boundOnMessage);
	redoAddedReferences(channel, isSubprocess);
	ipcEmitter.connected = false;
	ipcEmitter.emit('disconnect');
};

const INCOMING_MESSAGES = new WeakMap();

;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/forward.js




// Forward the `message` and `disconnect` events from the process and subprocess to a proxy emitter.
// This prevents the `error` event from stopping IPC.
// This also allows debouncing the `message` event.
const getIpcEmitter = (anyProcess, channel, isSubprocess) => {
	if (IPC_EMITTERS.has(anyProcess)) {
		return IPC_EMITTERS.get(anyProcess);
	}

	// Use an `EventEmitter`, like the `process` that is being proxied
	// eslint-disable-next-line unicorn/prefer-event-target
	const ipcEmitter = new external_node_events_.EventEmitter();
	ipcEmitter.connected = true;
	IPC_EMITTERS.set(anyProcess, ipcEmitter);
	forwardEvents({
		ipcEmitter,
		anyProcess,
		channel,
		isSubprocess,
	});
	return ipcEmitter;
};

const IPC_EMITTERS = new WeakMap();

// The `message` and `disconnect` events are buffered in the subprocess until the first listener is setup.
// However, unbuffering happens after one tick, so this give enough time for the caller to setup the listener on the proxy emitter first.
// See https://github.com/nodejs/node/blob/2aaeaa863c35befa2ebaa98fb7737ec84df4d8e9/lib/internal/child_process.js#L721
const forwardEvents = ({ipcEmitter, anyProcess, channel, isSubprocess}) => {
	const boundOnMessage = onMessage.bind(undefined, {
		anyProcess,
		channel,
		isSubprocess,
		ipcEmitter,
	});
	anyProcess.on('message', boundOnMessage);
	anyProcess.once('disconnect', onDisconnect.bind(undefined, {
		anyProcess,
		channel,
		isSubprocess,
		ipcEmitter,
		boundOnMessage,
	}));
	undoAddedReferences(channel, isSubprocess);
};

// Check whether there might still be some `message` events to receive
const isConnected = anyProcess => {
	const ipcEmitter = IPC_EMITTERS.get(anyProcess);
	return ipcEmitter === undefined
		? anyProcess.channel !== null
		: ipcEmitter.connected;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/strict.js








// When using the `strict` option, wrap the message with metadata during `sendMessage()`
const handleSendStrict = ({anyProcess, channel, isSubprocess, message, strict}) => {
	if (!strict) {
		return message;
	}

	const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
	const hasListeners = hasMessageListeners(anyProcess, ipcEmitter);
	return {
		id: count++,
		type: REQUEST_TYPE,
		message,
		hasListeners,
	};
};

let count = 0n;

// Handles when both processes are calling `sendMessage()` with `strict` at the same time.
// If neither process is listening, this would create a deadlock. We detect it and throw.
const validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
	if (wrappedMessage?.type !== REQUEST_TYPE || wrappedMessage.hasListeners) {
		return;
	}

	for (const {id} of outgoingMessages) {
		if (id !== undefined) {
			STRICT_RESPONSES[id].resolve({isDeadlock: true, hasListeners: false});
		}
	}
};

// The other process then sends the acknowledgment back as a response
const handleStrictRequest = async ({wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter}) => {
	if (wrappedMessage?.type !== REQUEST_TYPE || !anyProcess.connected) {
		return wrappedMessage;
	}

	const {id, message} = wrappedMessage;
	const response = {id, type: RESPONSE_TYPE, message: hasMessageListeners(anyProcess, ipcEmitter)};

	try {
		await sendMessage({
			anyProcess,
			channel,
			isSubprocess,
			ipc: true,
		}, response);
	} catch (error) {
		ipcEmitter.emit('strict:error', error);
	}

	return message;
};

// Reception of the acknowledgment response
const handleStrictResponse = wrappedMessage => {
	if (wrappedMessage?.type !== RESPONSE_TYPE) {
		return false;
	}

	const {id, message: hasListeners} = wrappedMessage;
	STRICT_RESPONSES[id]?.resolve({isDeadlock: false, hasListeners});
	return true;
};

// Wait for the other process to receive the message from `sendMessage()`
const waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
	if (wrappedMessage?.type !== REQUEST_TYPE) {
		return;
	}

	const deferred = createDeferred();
	STRICT_RESPONSES[wrappedMessage.id] = deferred;
	const controller = new AbortController();

	try {
		const {isDeadlock, hasListeners} = await Promise.race([
			deferred,
			throwOnDisconnect(anyProcess, isSubprocess, controller),
		]);

		if (isDeadlock) {
			throwOnStrictDeadlockError(isSubprocess);
		}

		if (!hasListeners) {
			throwOnMissingStrict(isSubprocess);
		}
	} finally {
		controller.abort();
		delete STRICT_RESPONSES[wrappedMessage.id];
	}
};

const STRICT_RESPONSES = {};

const throwOnDisconnect = async (anyProcess, isSubprocess, {signal}) => {
	incrementMaxListeners(anyProcess, 1, signal);
	await (0,external_node_events_.once)(anyProcess, 'disconnect', {signal});
	throwOnStrictDisconnect(isSubprocess);
};

const REQUEST_TYPE = 'execa:ipc:request';
const RESPONSE_TYPE = 'execa:ipc:response';

;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/outgoing.js





// When `sendMessage()` is ongoing, any `message` being received waits before being emitted.
// This allows calling one or multiple `await sendMessage()` followed by `await getOneMessage()`/`await getEachMessage()`.
// Without running into a race condition when the other process sends a response too fast, before the current process set up a listener.
const startSendMessage = (anyProcess, wrappedMessage, strict) => {
	if (!OUTGOING_MESSAGES.has(anyProcess)) {
		OUTGOING_MESSAGES.set(anyProcess, new Set());
	}

	const outgoingMessages = OUTGOING_MESSAGES.get(anyProcess);
	const onMessageSent = createDeferred();
	const id = strict ? wrappedMessage.id : undefined;
	const outgoingMessage = {onMessageSent, id};
	outgoingMessages.add(outgoingMessage);
	return {outgoingMessages, outgoingMessage};
};

const endSendMessage = ({outgoingMessages, outgoingMessage}) => {
	outgoingMessages.delete(outgoingMessage);
	outgoingMessage.onMessageSent.resolve();
};

// Await while `sendMessage()` is ongoing, unless there is already a `message` listener
const waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
	while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
		const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
		validateStrictDeadlock(outgoingMessages, wrappedMessage);
		// eslint-disable-next-line no-await-in-loop
		await Promise.all(outgoingMessages.map(({onMessageSent}) => onMessageSent));
	}
};

const OUTGOING_MESSAGES = new WeakMap();

// Whether any `message` listener is setup
const hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount('message') > getMinListenerCount(anyProcess);

// When `buffer` is `false`, we set up a `message` listener that should be ignored.
// That listener is only meant to intercept `strict` acknowledgement responses.
const getMinListenerCount = anyProcess => SUBPROCESS_OPTIONS.has(anyProcess)
	&& !getFdSpecificValue(SUBPROCESS_OPTIONS.get(anyProcess).options.buffer, 'ipc')
	? 1
	: 0;

;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/send.js





// Like `[sub]process.send()` but promise-based.
// We do not `await subprocess` during `.sendMessage()` nor `.getOneMessage()` since those methods are transient.
// Users would still need to `await subprocess` after the method is done.
// Also, this would prevent `unhandledRejection` event from being emitted, making it silent.
const sendMessage = ({anyProcess, channel, isSubprocess, ipc}, message, {strict = false} = {}) => {
	const methodName = 'sendMessage';
	validateIpcMethod({
		methodName,
		isSubprocess,
		ipc,
		isConnected: anyProcess.connected,
	});

	return sendMessageAsync({
		anyProcess,
		channel,
		methodName,
		isSubprocess,
		message,
		strict,
	});
};

const sendMessageAsync = async ({anyProcess, channel, methodName, isSubprocess, message, strict}) => {
	const wrappedMessage = handleSendStrict({
		anyProcess,
		channel,
		isSubprocess,
		message,
		strict,
	});
	const outgoingMessagesState = startSendMessage(anyProcess, wrappedMessage, strict);
	try {
		await sendOneMessage({
			anyProcess,
			methodName,
			isSubprocess,
			wrappedMessage,
			message,
		});
	} catch (error) {
		disconnect(anyProcess);
		throw error;
	} finally {
		endSendMessage(outgoingMessagesState);
	}
};

// Used internally by `cancelSignal`
const sendOneMessage = async ({anyProcess, methodName, isSubprocess, wrappedMessage, message}) => {
	const sendMethod = getSendMethod(anyProcess);

	try {
		await Promise.all([
			waitForStrictResponse(wrappedMessage, anyProcess, isSubprocess),
			sendMethod(wrappedMessage),
		]);
	} catch (error) {
		handleEpipeError({error, methodName, isSubprocess});
		handleSerializationError({
			error,
			methodName,
			isSubprocess,
			message,
		});
		throw error;
	}
};

// [sub]process.send() promisified, memoized
const getSendMethod = anyProcess => {
	if (PROCESS_SEND_METHODS.has(anyProcess)) {
		return PROCESS_SEND_METHODS.get(anyProcess);
	}

	const sendMethod = (0,external_node_util_.promisify)(anyProcess.send.bind(anyProcess));
	PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
	return sendMethod;
};

const PROCESS_SEND_METHODS = new WeakMap();

;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/graceful.js





// Send an IPC message so the subprocess performs a graceful termination
const sendAbort = (subprocess, message) => {
	const methodName = 'cancelSignal';
	validateConnection(methodName, false, subprocess.connected);
	return sendOneMessage({
		anyProcess: subprocess,
		methodName,
		isSubprocess: false,
		wrappedMessage: {type: GRACEFUL_CANCEL_TYPE, message},
		message,
	});
};

// When the signal is being used, start listening for incoming messages.
// Unbuffering messages takes one microtask to complete, so this must be async.
const getCancelSignal = async ({anyProcess, channel, isSubprocess, ipc}) => {
	await startIpc({
		anyProcess,
		channel,
		isSubprocess,
		ipc,
	});
	return cancelController.signal;
};

const startIpc = async ({anyProcess, channel, isSubprocess, ipc}) => {
	if (cancelListening) {
		return;
	}

	cancelListening = true;

	if (!ipc) {
		throwOnMissingParent();
		return;
	}

	if (channel === null) {
		abortOnDisconnect();
		return;
	}

	getIpcEmitter(anyProcess, channel, isSubprocess);
	await promises_.scheduler.yield();
};

let cancelListening = false;

// Reception of IPC message to perform a graceful termination
const handleAbort = wrappedMessage => {
	if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
		return false;
	}

	cancelController.abort(wrappedMessage.message);
	return true;
};

const GRACEFUL_CANCEL_TYPE = 'execa:ipc:cancel';

// When the current process disconnects early, the subprocess `cancelSignal` is aborted.
// Otherwise, the signal would never be able to be aborted later on.
const abortOnDisconnect = () => {
	cancelController.abort(getAbortDisconnectError());
};

const cancelController = new AbortController();

;// CONCATENATED MODULE: ./node_modules/execa/lib/terminate/graceful.js




// Validate the `gracefulCancel` option
const validateGracefulCancel = ({gracefulCancel, cancelSignal, ipc, serialization}) => {
	if (!gracefulCancel) {
		return;
	}

	if (cancelSignal === undefined) {
		throw new Error('The `cancelSignal` option must be defined when setting the `gracefulCancel` option.');
	}

	if (!ipc) {
		throw new Error('The `ipc` option cannot be false when setting the `gracefulCancel` option.');
	}

	if (serialization === 'json') {
		throw new Error('The `serialization` option cannot be \'json\' when setting the `gracefulCancel` option.');
	}
};

// Send abort reason to the subprocess when aborting the `cancelSignal` option and `gracefulCancel` is `true`
const throwOnGracefulCancel = ({
	subprocess,
	cancelSignal,
	gracefulCancel,
	forceKillAfterDelay,
	context,
	controller,
}) => gracefulCancel
	? [sendOnAbort({
		subprocess,
		cancelSignal,
		forceKillAfterDelay,
		context,
		controller,
	})]
	: [];

const sendOnAbort = async ({subprocess, cancelSignal, forceKillAfterDelay, context, controller: {signal}}) => {
	await onAbortedSignal(cancelSignal, signal);
	const reason = getReason(cancelSignal);
	await sendAbort(subprocess, reason);
	killOnTimeout({
		kill: subprocess.kill,
		forceKillAfterDelay,
		context,
		controllerSignal: signal,
	});
	context.terminationReason ??= 'gracefulCancel';
	throw cancelSignal.reason;
};

// The default `reason` is a DOMException, which is not serializable with V8
// See https://github.com/nodejs/node/issues/53225
const getReason = ({reason}) => {
	if (!(reason instanceof DOMException)) {
		return reason;
	}

	const error = new Error(reason.message);
	Object.defineProperty(error, 'stack', {
		value: reason.stack,
		enumerable: false,
		configurable: true,
		writable: true,
	});
	return error;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/terminate/timeout.js



// Validate `timeout` option
const validateTimeout = ({timeout}) => {
	if (timeout !== undefined && (!Number.isFinite(timeout) || timeout < 0)) {
		throw new TypeError(`Expected the \`timeout\` option to be a non-negative integer, got \`${timeout}\` (${typeof timeout})`);
	}
};

// Fails when the `timeout` option is exceeded
const throwOnTimeout = (subprocess, timeout, context, controller) => timeout === 0 || timeout === undefined
	? []
	: [killAfterTimeout(subprocess, timeout, context, controller)];

const killAfterTimeout = async (subprocess, timeout, context, {signal}) => {
	await (0,promises_.setTimeout)(timeout, undefined, {signal});
	context.terminationReason ??= 'timeout';
	subprocess.kill();
	throw new DiscardedError();
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/methods/node.js




// `execaNode()` is a shortcut for `execa(..., {node: true})`
const mapNode = ({options}) => {
	if (options.node === false) {
		throw new TypeError('The "node" option cannot be false with `execaNode()`.');
	}

	return {options: {...options, node: true}};
};

// Applies the `node: true` option, and the related `nodePath`/`nodeOptions` options.
// Modifies the file commands/arguments to ensure the same Node binary and flags are re-used.
// Also adds `ipc: true` and `shell: false`.
const handleNodeOption = (file, commandArguments, {
	node: shouldHandleNode = false,
	nodePath = external_node_process_.execPath,
	nodeOptions = external_node_process_.execArgv.filter(nodeOption => !nodeOption.startsWith('--inspect')),
	cwd,
	execPath: formerNodePath,
	...options
}) => {
	if (formerNodePath !== undefined) {
		throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
	}

	const normalizedNodePath = safeNormalizeFileUrl(nodePath, 'The "nodePath" option');
	const resolvedNodePath = external_node_path_.resolve(cwd, normalizedNodePath);
	const newOptions = {
		...options,
		nodePath: resolvedNodePath,
		node: shouldHandleNode,
		cwd,
	};

	if (!shouldHandleNode) {
		return [file, commandArguments, newOptions];
	}

	if (external_node_path_.basename(file, '.exe') === 'node') {
		throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
	}

	return [
		resolvedNodePath,
		[...nodeOptions, file, ...commandArguments],
		{ipc: true, ...newOptions, shell: false},
	];
};

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/ipc-input.js


// Validate the `ipcInput` option
const validateIpcInputOption = ({ipcInput, ipc, serialization}) => {
	if (ipcInput === undefined) {
		return;
	}

	if (!ipc) {
		throw new Error('The `ipcInput` option cannot be set unless the `ipc` option is `true`.');
	}

	validateIpcInput[serialization](ipcInput);
};

const validateAdvancedInput = ipcInput => {
	try {
		(0,external_node_v8_.serialize)(ipcInput);
	} catch (error) {
		throw new Error('The `ipcInput` option is not serializable with a structured clone.', {cause: error});
	}
};

const validateJsonInput = ipcInput => {
	try {
		JSON.stringify(ipcInput);
	} catch (error) {
		throw new Error('The `ipcInput` option is not serializable with JSON.', {cause: error});
	}
};

const validateIpcInput = {
	advanced: validateAdvancedInput,
	json: validateJsonInput,
};

// When the `ipcInput` option is set, it is sent as an initial IPC message to the subprocess
const sendIpcInput = async (subprocess, ipcInput) => {
	if (ipcInput === undefined) {
		return;
	}

	await subprocess.sendMessage(ipcInput);
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/arguments/encoding-option.js
// Validate `encoding` option
const validateEncoding = ({encoding}) => {
	if (ENCODINGS.has(encoding)) {
		return;
	}

	const correctEncoding = getCorrectEncoding(encoding);
	if (correctEncoding !== undefined) {
		throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to ${serializeEncoding(correctEncoding)}.`);
	}

	const correctEncodings = [...ENCODINGS].map(correctEncoding => serializeEncoding(correctEncoding)).join(', ');
	throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to one of: ${correctEncodings}.`);
};

const TEXT_ENCODINGS = new Set(['utf8', 'utf16le']);
const BINARY_ENCODINGS = new Set(['buffer', 'hex', 'base64', 'base64url', 'latin1', 'ascii']);
const ENCODINGS = new Set([...TEXT_ENCODINGS, ...BINARY_ENCODINGS]);

const getCorrectEncoding = encoding => {
	if (encoding === null) {
		return 'buffer';
	}

	if (typeof encoding !== 'string') {
		return;
	}

	const lowerEncoding = encoding.toLowerCase();
	if (lowerEncoding in ENCODING_ALIASES) {
		return ENCODING_ALIASES[lowerEncoding];
	}

	if (ENCODINGS.has(lowerEncoding)) {
		return lowerEncoding;
	}
};

const ENCODING_ALIASES = {
	// eslint-disable-next-line unicorn/text-encoding-identifier-case
	'utf-8': 'utf8',
	'utf-16le': 'utf16le',
	'ucs-2': 'utf16le',
	ucs2: 'utf16le',
	binary: 'latin1',
};

const serializeEncoding = encoding => typeof encoding === 'string' ? `"${encoding}"` : String(encoding);

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./node_modules/execa/lib/arguments/cwd.js





// Normalize `cwd` option
const normalizeCwd = (cwd = getDefaultCwd()) => {
	const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
	return external_node_path_.resolve(cwdString);
};

const getDefaultCwd = () => {
	try {
		return external_node_process_.cwd();
	} catch (error) {
		error.message = `The current directory does not exist.\n${error.message}`;
		throw error;
	}
};

// When `cwd` option has an invalid value, provide with a better error message
const fixCwdError = (originalMessage, cwd) => {
	if (cwd === getDefaultCwd()) {
		return originalMessage;
	}

	let cwdStat;
	try {
		cwdStat = (0,external_node_fs_.statSync)(cwd);
	} catch (error) {
		return `The "cwd" option is invalid: ${cwd}.\n${error.message}\n${originalMessage}`;
	}

	if (!cwdStat.isDirectory()) {
		return `The "cwd" option is not a directory: ${cwd}.\n${originalMessage}`;
	}

	return originalMessage;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/arguments/options.js
















// Normalize the options object, and sometimes also the file paths and arguments.
// Applies default values, validate allowed options, normalize them.
const normalizeOptions = (filePath, rawArguments, rawOptions) => {
	rawOptions.cwd = normalizeCwd(rawOptions.cwd);
	const [processedFile, processedArguments, processedOptions] = handleNodeOption(filePath, rawArguments, rawOptions);

	const {command: file, args: commandArguments, options: initialOptions} = cross_spawn._parse(processedFile, processedArguments, processedOptions);

	const fdOptions = normalizeFdSpecificOptions(initialOptions);
	const options = addDefaultOptions(fdOptions);
	validateTimeout(options);
	validateEncoding(options);
	validateIpcInputOption(options);
	validateCancelSignal(options);
	validateGracefulCancel(options);
	options.shell = normalizeFileUrl(options.shell);
	options.env = getEnv(options);
	options.killSignal = normalizeKillSignal(options.killSignal);
	options.forceKillAfterDelay = normalizeForceKillAfterDelay(options.forceKillAfterDelay);
	options.lines = options.lines.map((lines, fdNumber) => lines && !BINARY_ENCODINGS.has(options.encoding) && options.buffer[fdNumber]);

	if (external_node_process_.platform === 'win32' && external_node_path_.basename(file, '.exe') === 'cmd') {
		// #116
		commandArguments.unshift('/q');
	}

	return {file, commandArguments, options};
};

const addDefaultOptions = ({
	extendEnv = true,
	preferLocal = false,
	cwd,
	localDir: localDirectory = cwd,
	encoding = 'utf8',
	reject = true,
	cleanup = true,
	all = false,
	windowsHide = true,
	killSignal = 'SIGTERM',
	forceKillAfterDelay = true,
	gracefulCancel = false,
	ipcInput,
	ipc = ipcInput !== undefined || gracefulCancel,
	serialization = 'advanced',
	...options
}) => ({
	...options,
	extendEnv,
	preferLocal,
	cwd,
	localDirectory,
	encoding,
	reject,
	cleanup,
	all,
	windowsHide,
	killSignal,
	forceKillAfterDelay,
	gracefulCancel,
	ipcInput,
	ipc,
	serialization,
});

const getEnv = ({env: envOption, extendEnv, preferLocal, node, localDirectory, nodePath}) => {
	const env = extendEnv ? {...external_node_process_.env, ...envOption} : envOption;

	if (preferLocal || node) {
		return npmRunPathEnv({
			env,
			cwd: localDirectory,
			execPath: nodePath,
			preferLocal,
			addExecPath: node,
		});
	}

	return env;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/arguments/shell.js
// When the `shell` option is set, any command argument is concatenated as a single string by Node.js:
// https://github.com/nodejs/node/blob/e38ce27f3ca0a65f68a31cedd984cddb927d4002/lib/child_process.js#L614-L624
// However, since Node 24, it also prints a deprecation warning.
// To avoid this warning, we perform that same operation before calling `node:child_process`.
// Shells only understand strings, which is why Node.js performs that concatenation.
// However, we rely on users splitting command arguments as an array.
// For example, this allows us to easily detect which arguments are passed.
// So we do want users to pass array of arguments even with `shell: true`, but we also want to avoid any warning.
const concatenateShell = (file, commandArguments, options) => options.shell && commandArguments.length > 0
	? [[file, ...commandArguments].join(' '), [], options]
	: [file, commandArguments, options];

;// CONCATENATED MODULE: ./node_modules/strip-final-newline/index.js
function strip_final_newline_stripFinalNewline(input) {
	if (typeof input === 'string') {
		return stripFinalNewlineString(input);
	}

	if (!(ArrayBuffer.isView(input) && input.BYTES_PER_ELEMENT === 1)) {
		throw new Error('Input must be a string or a Uint8Array');
	}

	return stripFinalNewlineBinary(input);
}

const stripFinalNewlineString = input =>
	input.at(-1) === LF
		? input.slice(0, input.at(-2) === CR ? -2 : -1)
		: input;

const stripFinalNewlineBinary = input =>
	input.at(-1) === LF_BINARY
		? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1)
		: input;

const LF = '\n';
const LF_BINARY = LF.codePointAt(0);
const CR = '\r';
const CR_BINARY = CR.codePointAt(0);

;// CONCATENATED MODULE: ./node_modules/is-stream/index.js
function isStream(stream, {checkOpen = true} = {}) {
	return stream !== null
		&& typeof stream === 'object'
		&& (stream.writable || stream.readable || !checkOpen || (stream.writable === undefined && stream.readable === undefined))
		&& typeof stream.pipe === 'function';
}

function isWritableStream(stream, {checkOpen = true} = {}) {
	return isStream(stream, {checkOpen})
		&& (stream.writable || !checkOpen)
		&& typeof stream.write === 'function'
		&& typeof stream.end === 'function'
		&& typeof stream.writable === 'boolean'
		&& typeof stream.writableObjectMode === 'boolean'
		&& typeof stream.destroy === 'function'
		&& typeof stream.destroyed === 'boolean';
}

function isReadableStream(stream, {checkOpen = true} = {}) {
	return isStream(stream, {checkOpen})
		&& (stream.readable || !checkOpen)
		&& typeof stream.read === 'function'
		&& typeof stream.readable === 'boolean'
		&& typeof stream.readableObjectMode === 'boolean'
		&& typeof stream.destroy === 'function'
		&& typeof stream.destroyed === 'boolean';
}

function isDuplexStream(stream, options) {
	return isWritableStream(stream, options)
		&& isReadableStream(stream, options);
}

function isTransformStream(stream, options) {
	return isDuplexStream(stream, options)
		&& typeof stream._transform === 'function';
}

;// CONCATENATED MODULE: ./node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
const a = Object.getPrototypeOf(
  Object.getPrototypeOf(
    /* istanbul ignore next */
    async function* () {
    }
  ).prototype
);
class c {
  #t;
  #n;
  #r = !1;
  #e = void 0;
  constructor(e, t) {
    this.#t = e, this.#n = t;
  }
  next() {
    const e = () => this.#s();
    return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
  }
  return(e) {
    const t = () => this.#i(e);
    return this.#e ? this.#e.then(t, t) : t();
  }
  async #s() {
    if (this.#r)
      return {
        done: !0,
        value: void 0
      };
    let e;
    try {
      e = await this.#t.read();
    } catch (t) {
      throw this.#e = void 0, this.#r = !0, this.#t.releaseLock(), t;
    }
    return e.done && (this.#e = void 0, this.#r = !0, this.#t.releaseLock()), e;
  }
  async #i(e) {
    if (this.#r)
      return {
        done: !0,
        value: e
      };
    if (this.#r = !0, !this.#n) {
      const t = this.#t.cancel(e);
      return this.#t.releaseLock(), await t, {
        done: !0,
        value: e
      };
    }
    return this.#t.releaseLock(), {
      done: !0,
      value: e
    };
  }
}
const n = Symbol();
function i() {
  return this[n].next();
}
Object.defineProperty(i, "name", { value: "next" });
function o(r) {
  return this[n].return(r);
}
Object.defineProperty(o, "name", { value: "return" });
const u = Object.create(a, {
  next: {
    enumerable: !0,
    configurable: !0,
    writable: !0,
    value: i
  },
  return: {
    enumerable: !0,
    configurable: !0,
    writable: !0,
    value: o
  }
});
function h({ preventCancel: r = !1 } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}


;// CONCATENATED MODULE: ./node_modules/@sec-ant/readable-stream/dist/ponyfill/index.js




;// CONCATENATED MODULE: ./node_modules/get-stream/source/stream.js



const getAsyncIterable = stream => {
	if (isReadableStream(stream, {checkOpen: false}) && nodeImports.on !== undefined) {
		return getStreamIterable(stream);
	}

	if (typeof stream?.[Symbol.asyncIterator] === 'function') {
		return stream;
	}

	// `ReadableStream[Symbol.asyncIterator]` support is missing in multiple browsers, so we ponyfill it
	if (stream_toString.call(stream) === '[object ReadableStream]') {
		return h.call(stream);
	}

	throw new TypeError('The first argument must be a Readable, a ReadableStream, or an async iterable.');
};

const {toString: stream_toString} = Object.prototype;

// The default iterable for Node.js streams does not allow for multiple readers at once, so we re-implement it
const getStreamIterable = async function * (stream) {
	const controller = new AbortController();
	const state = {};
	handleStreamEnd(stream, controller, state);

	try {
		for await (const [chunk] of nodeImports.on(stream, 'data', {signal: controller.signal})) {
			yield chunk;
		}
	} catch (error) {
		// Stream failure, for example due to `stream.destroy(error)`
		if (state.error !== undefined) {
			throw state.error;
		// `error` event directly emitted on stream
		} else if (!controller.signal.aborted) {
			throw error;
		// Otherwise, stream completed successfully
		}
		// The `finally` block also runs when the caller throws, for example due to the `maxBuffer` option
	} finally {
		stream.destroy();
	}
};

const handleStreamEnd = async (stream, controller, state) => {
	try {
		await nodeImports.finished(stream, {
			cleanup: true,
			readable: true,
			writable: false,
			error: false,
		});
	} catch (error) {
		state.error = error;
	} finally {
		controller.abort();
	}
};

// Loaded by the Node entrypoint, but not by the browser one.
// This prevents using dynamic imports.
const nodeImports = {};

;// CONCATENATED MODULE: ./node_modules/get-stream/source/contents.js


const getStreamContents = async (stream, {init, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize}, {maxBuffer = Number.POSITIVE_INFINITY} = {}) => {
	const asyncIterable = getAsyncIterable(stream);

	const state = init();
	state.length = 0;

	try {
		for await (const chunk of asyncIterable) {
			const chunkType = getChunkType(chunk);
			const convertedChunk = convertChunk[chunkType](chunk, state);
			appendChunk({
				convertedChunk,
				state,
				getSize,
				truncateChunk,
				addChunk,
				maxBuffer,
			});
		}

		appendFinalChunk({
			state,
			convertChunk,
			getSize,
			truncateChunk,
			addChunk,
			getFinalChunk,
			maxBuffer,
		});
		return finalize(state);
	} catch (error) {
		const normalizedError = typeof error === 'object' && error !== null ? error : new Error(error);
		normalizedError.bufferedData = finalize(state);
		throw normalizedError;
	}
};

const appendFinalChunk = ({state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer}) => {
	const convertedChunk = getFinalChunk(state);
	if (convertedChunk !== undefined) {
		appendChunk({
			convertedChunk,
			state,
			getSize,
			truncateChunk,
			addChunk,
			maxBuffer,
		});
	}
};

const appendChunk = ({convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer}) => {
	const chunkSize = getSize(convertedChunk);
	const newLength = state.length + chunkSize;

	if (newLength <= maxBuffer) {
		addNewChunk(convertedChunk, state, addChunk, newLength);
		return;
	}

	const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);

	if (truncatedChunk !== undefined) {
		addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
	}

	throw new MaxBufferError();
};

const addNewChunk = (convertedChunk, state, addChunk, newLength) => {
	state.contents = addChunk(convertedChunk, state, newLength);
	state.length = newLength;
};

const getChunkType = chunk => {
	const typeOfChunk = typeof chunk;

	if (typeOfChunk === 'string') {
		return 'string';
	}

	if (typeOfChunk !== 'object' || chunk === null) {
		return 'others';
	}

	if (globalThis.Buffer?.isBuffer(chunk)) {
		return 'buffer';
	}

	const prototypeName = contents_objectToString.call(chunk);

	if (prototypeName === '[object ArrayBuffer]') {
		return 'arrayBuffer';
	}

	if (prototypeName === '[object DataView]') {
		return 'dataView';
	}

	if (
		Number.isInteger(chunk.byteLength)
		&& Number.isInteger(chunk.byteOffset)
		&& contents_objectToString.call(chunk.buffer) === '[object ArrayBuffer]'
	) {
		return 'typedArray';
	}

	return 'others';
};

const {toString: contents_objectToString} = Object.prototype;

class MaxBufferError extends Error {
	name = 'MaxBufferError';

	constructor() {
		super('maxBuffer exceeded');
	}
}

;// CONCATENATED MODULE: ./node_modules/execa/lib/io/max-buffer.js




// When the `maxBuffer` option is hit, a MaxBufferError is thrown.
// The stream is aborted, then specific information is kept for the error message.
const handleMaxBuffer = ({error, stream, readableObjectMode, lines, encoding, fdNumber}) => {
	if (!(error instanceof MaxBufferError)) {
		throw error;
	}

	if (fdNumber === 'all') {
		return error;
	}

	const unit = getMaxBufferUnit(readableObjectMode, lines, encoding);
	error.maxBufferInfo = {fdNumber, unit};
	stream.destroy();
	throw error;
};

const getMaxBufferUnit = (readableObjectMode, lines, encoding) => {
	if (readableObjectMode) {
		return 'objects';
	}

	if (lines) {
		return 'lines';
	}

	if (encoding === 'buffer') {
		return 'bytes';
	}

	return 'characters';
};

// Check the `maxBuffer` option with `result.ipcOutput`
const checkIpcMaxBuffer = (subprocess, ipcOutput, maxBuffer) => {
	if (ipcOutput.length !== maxBuffer) {
		return;
	}

	const error = new MaxBufferError();
	error.maxBufferInfo = {fdNumber: 'ipc'};
	throw error;
};

// Error message when `maxBuffer` is hit
const getMaxBufferMessage = (error, maxBuffer) => {
	const {streamName, threshold, unit} = getMaxBufferInfo(error, maxBuffer);
	return `Command's ${streamName} was larger than ${threshold} ${unit}`;
};

const getMaxBufferInfo = (error, maxBuffer) => {
	if (error?.maxBufferInfo === undefined) {
		return {streamName: 'output', threshold: maxBuffer[1], unit: 'bytes'};
	}

	const {maxBufferInfo: {fdNumber, unit}} = error;
	delete error.maxBufferInfo;

	const threshold = getFdSpecificValue(maxBuffer, fdNumber);
	if (fdNumber === 'ipc') {
		return {streamName: 'IPC output', threshold, unit: 'messages'};
	}

	return {streamName: getStreamName(fdNumber), threshold, unit};
};

// The only way to apply `maxBuffer` with `spawnSync()` is to use the native `maxBuffer` option Node.js provides.
// However, this has multiple limitations, and cannot behave the exact same way as the async behavior.
// When the `maxBuffer` is hit, a `ENOBUFS` error is thrown.
const isMaxBufferSync = (resultError, output, maxBuffer) => resultError?.code === 'ENOBUFS'
	&& output !== null
	&& output.some(result => result !== null && result.length > getMaxBufferSync(maxBuffer));

// When `maxBuffer` is hit, ensure the result is truncated
const truncateMaxBufferSync = (result, isMaxBuffer, maxBuffer) => {
	if (!isMaxBuffer) {
		return result;
	}

	const maxBufferValue = getMaxBufferSync(maxBuffer);
	return result.length > maxBufferValue ? result.slice(0, maxBufferValue) : result;
};

// `spawnSync()` does not allow differentiating `maxBuffer` per file descriptor, so we always use `stdout`
const getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer;

;// CONCATENATED MODULE: ./node_modules/execa/lib/return/message.js









// Computes `error.message`, `error.shortMessage` and `error.originalMessage`
const createMessages = ({
	stdio,
	all,
	ipcOutput,
	originalError,
	signal,
	signalDescription,
	exitCode,
	escapedCommand,
	timedOut,
	isCanceled,
	isGracefullyCanceled,
	isMaxBuffer,
	isForcefullyTerminated,
	forceKillAfterDelay,
	killSignal,
	maxBuffer,
	timeout,
	cwd,
}) => {
	const errorCode = originalError?.code;
	const prefix = getErrorPrefix({
		originalError,
		timedOut,
		timeout,
		isMaxBuffer,
		maxBuffer,
		errorCode,
		signal,
		signalDescription,
		exitCode,
		isCanceled,
		isGracefullyCanceled,
		isForcefullyTerminated,
		forceKillAfterDelay,
		killSignal,
	});
	const originalMessage = getOriginalMessage(originalError, cwd);
	const suffix = originalMessage === undefined ? '' : `\n${originalMessage}`;
	const shortMessage = `${prefix}: ${escapedCommand}${suffix}`;
	const messageStdio = all === undefined ? [stdio[2], stdio[1]] : [all];
	const message = [
		shortMessage,
		...messageStdio,
		...stdio.slice(3),
		ipcOutput.map(ipcMessage => serializeIpcMessage(ipcMessage)).join('\n'),
	]
		.map(messagePart => escapeLines(strip_final_newline_stripFinalNewline(serializeMessagePart(messagePart))))
		.filter(Boolean)
		.join('\n\n');
	return {originalMessage, shortMessage, message};
};

const getErrorPrefix = ({
	originalError,
	timedOut,
	timeout,
	isMaxBuffer,
	maxBuffer,
	errorCode,
	signal,
	signalDescription,
	exitCode,
	isCanceled,
	isGracefullyCanceled,
	isForcefullyTerminated,
	forceKillAfterDelay,
	killSignal,
}) => {
	const forcefulSuffix = getForcefulSuffix(isForcefullyTerminated, forceKillAfterDelay);

	if (timedOut) {
		return `Command timed out after ${timeout} milliseconds${forcefulSuffix}`;
	}

	if (isGracefullyCanceled) {
		if (signal === undefined) {
			return `Command was gracefully canceled with exit code ${exitCode}`;
		}

		return isForcefullyTerminated
			? `Command was gracefully canceled${forcefulSuffix}`
			: `Command was gracefully canceled with ${signal} (${signalDescription})`;
	}

	if (isCanceled) {
		return `Command was canceled${forcefulSuffix}`;
	}

	if (isMaxBuffer) {
		return `${getMaxBufferMessage(originalError, maxBuffer)}${forcefulSuffix}`;
	}

	if (errorCode !== undefined) {
		return `Command failed with ${errorCode}${forcefulSuffix}`;
	}

	if (isForcefullyTerminated) {
		return `Command was killed with ${killSignal} (${getSignalDescription(killSignal)})${forcefulSuffix}`;
	}

	if (signal !== undefined) {
		return `Command was killed with ${signal} (${signalDescription})`;
	}

	if (exitCode !== undefined) {
		return `Command failed with exit code ${exitCode}`;
	}

	return 'Command failed';
};

const getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated
	? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds`
	: '';

const getOriginalMessage = (originalError, cwd) => {
	if (originalError instanceof DiscardedError) {
		return;
	}

	const originalMessage = isExecaError(originalError)
		? originalError.originalMessage
		: String(originalError?.message ?? originalError);
	const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
	return escapedOriginalMessage === '' ? undefined : escapedOriginalMessage;
};

const serializeIpcMessage = ipcMessage => typeof ipcMessage === 'string'
	? ipcMessage
	: (0,external_node_util_.inspect)(ipcMessage);

const serializeMessagePart = messagePart => Array.isArray(messagePart)
	? messagePart.map(messageItem => strip_final_newline_stripFinalNewline(serializeMessageItem(messageItem))).filter(Boolean).join('\n')
	: serializeMessageItem(messagePart);

const serializeMessageItem = messageItem => {
	if (typeof messageItem === 'string') {
		return messageItem;
	}

	if (isUint8Array(messageItem)) {
		return uint8ArrayToString(messageItem);
	}

	return '';
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/return/result.js





// Object returned on subprocess success
const makeSuccessResult = ({
	command,
	escapedCommand,
	stdio,
	all,
	ipcOutput,
	options: {cwd},
	startTime,
}) => omitUndefinedProperties({
	command,
	escapedCommand,
	cwd,
	durationMs: getDurationMs(startTime),
	failed: false,
	timedOut: false,
	isCanceled: false,
	isGracefullyCanceled: false,
	isTerminated: false,
	isMaxBuffer: false,
	isForcefullyTerminated: false,
	exitCode: 0,
	stdout: stdio[1],
	stderr: stdio[2],
	all,
	stdio,
	ipcOutput,
	pipedFrom: [],
});

// Object returned on subprocess failure before spawning
const makeEarlyError = ({
	error,
	command,
	escapedCommand,
	fileDescriptors,
	options,
	startTime,
	isSync,
}) => makeError({
	error,
	command,
	escapedCommand,
	startTime,
	timedOut: false,
	isCanceled: false,
	isGracefullyCanceled: false,
	isMaxBuffer: false,
	isForcefullyTerminated: false,
	stdio: Array.from({length: fileDescriptors.length}),
	ipcOutput: [],
	options,
	isSync,
});

// Object returned on subprocess failure
const makeError = ({
	error: originalError,
	command,
	escapedCommand,
	startTime,
	timedOut,
	isCanceled,
	isGracefullyCanceled,
	isMaxBuffer,
	isForcefullyTerminated,
	exitCode: rawExitCode,
	signal: rawSignal,
	stdio,
	all,
	ipcOutput,
	options: {
		timeoutDuration,
		timeout = timeoutDuration,
		forceKillAfterDelay,
		killSignal,
		cwd,
		maxBuffer,
	},
	isSync,
}) => {
	const {exitCode, signal, signalDescription} = normalizeExitPayload(rawExitCode, rawSignal);
	const {originalMessage, shortMessage, message} = createMessages({
		stdio,
		all,
		ipcOutput,
		originalError,
		signal,
		signalDescription,
		exitCode,
		escapedCommand,
		timedOut,
		isCanceled,
		isGracefullyCanceled,
		isMaxBuffer,
		isForcefullyTerminated,
		forceKillAfterDelay,
		killSignal,
		maxBuffer,
		timeout,
		cwd,
	});
	const error = getFinalError(originalError, message, isSync);
	Object.assign(error, getErrorProperties({
		error,
		command,
		escapedCommand,
		startTime,
		timedOut,
		isCanceled,
		isGracefullyCanceled,
		isMaxBuffer,
		isForcefullyTerminated,
		exitCode,
		signal,
		signalDescription,
		stdio,
		all,
		ipcOutput,
		cwd,
		originalMessage,
		shortMessage,
	}));
	return error;
};

const getErrorProperties = ({
	error,
	command,
	escapedCommand,
	startTime,
	timedOut,
	isCanceled,
	isGracefullyCanceled,
	isMaxBuffer,
	isForcefullyTerminated,
	exitCode,
	signal,
	signalDescription,
	stdio,
	all,
	ipcOutput,
	cwd,
	originalMessage,
	shortMessage,
}) => omitUndefinedProperties({
	shortMessage,
	originalMessage,
	command,
	escapedCommand,
	cwd,
	durationMs: getDurationMs(startTime),
	failed: true,
	timedOut,
	isCanceled,
	isGracefullyCanceled,
	isTerminated: signal !== undefined,
	isMaxBuffer,
	isForcefullyTerminated,
	exitCode,
	signal,
	signalDescription,
	code: error.cause?.code,
	stdout: stdio[1],
	stderr: stdio[2],
	all,
	stdio,
	ipcOutput,
	pipedFrom: [],
});

const omitUndefinedProperties = result => Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));

// `signal` and `exitCode` emitted on `subprocess.on('exit')` event can be `null`.
// We normalize them to `undefined`
const normalizeExitPayload = (rawExitCode, rawSignal) => {
	const exitCode = rawExitCode === null ? undefined : rawExitCode;
	const signal = rawSignal === null ? undefined : rawSignal;
	const signalDescription = signal === undefined ? undefined : getSignalDescription(rawSignal);
	return {exitCode, signal, signalDescription};
};

;// CONCATENATED MODULE: ./node_modules/parse-ms/index.js
const toZeroIfInfinity = value => Number.isFinite(value) ? value : 0;

function parseNumber(milliseconds) {
	return {
		days: Math.trunc(milliseconds / 86_400_000),
		hours: Math.trunc(milliseconds / 3_600_000 % 24),
		minutes: Math.trunc(milliseconds / 60_000 % 60),
		seconds: Math.trunc(milliseconds / 1000 % 60),
		milliseconds: Math.trunc(milliseconds % 1000),
		microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1000) % 1000),
		nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1000),
	};
}

function parseBigint(milliseconds) {
	return {
		days: milliseconds / 86_400_000n,
		hours: milliseconds / 3_600_000n % 24n,
		minutes: milliseconds / 60_000n % 60n,
		seconds: milliseconds / 1000n % 60n,
		milliseconds: milliseconds % 1000n,
		microseconds: 0n,
		nanoseconds: 0n,
	};
}

function parseMilliseconds(milliseconds) {
	switch (typeof milliseconds) {
		case 'number': {
			if (Number.isFinite(milliseconds)) {
				return parseNumber(milliseconds);
			}

			break;
		}

		case 'bigint': {
			return parseBigint(milliseconds);
		}

		// No default
	}

	throw new TypeError('Expected a finite number or bigint');
}

;// CONCATENATED MODULE: ./node_modules/pretty-ms/index.js


const isZero = value => value === 0 || value === 0n;
const pluralize = (word, count) => (count === 1 || count === 1n) ? word : `${word}s`;

const SECOND_ROUNDING_EPSILON = 0.000_000_1;
const ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;

function prettyMilliseconds(milliseconds, options) {
	const isBigInt = typeof milliseconds === 'bigint';
	if (!isBigInt && !Number.isFinite(milliseconds)) {
		throw new TypeError('Expected a finite number or bigint');
	}

	options = {...options};

	const sign = milliseconds < 0 ? '-' : '';
	milliseconds = milliseconds < 0 ? -milliseconds : milliseconds; // Cannot use `Math.abs()` because of BigInt support.

	if (options.colonNotation) {
		options.compact = false;
		options.formatSubMilliseconds = false;
		options.separateMilliseconds = false;
		options.verbose = false;
	}

	if (options.compact) {
		options.unitCount = 1;
		options.secondsDecimalDigits = 0;
		options.millisecondsDecimalDigits = 0;
	}

	let result = [];

	const floorDecimals = (value, decimalDigits) => {
		const flooredInterimValue = Math.floor((value * (10 ** decimalDigits)) + SECOND_ROUNDING_EPSILON);
		const flooredValue = Math.round(flooredInterimValue) / (10 ** decimalDigits);
		return flooredValue.toFixed(decimalDigits);
	};

	const add = (value, long, short, valueString) => {
		if (
			(result.length === 0 || !options.colonNotation)
			&& isZero(value)
			&& !(options.colonNotation && short === 'm')) {
			return;
		}

		valueString ??= String(value);
		if (options.colonNotation) {
			const wholeDigits = valueString.includes('.') ? valueString.split('.')[0].length : valueString.length;
			const minLength = result.length > 0 ? 2 : 1;
			valueString = '0'.repeat(Math.max(0, minLength - wholeDigits)) + valueString;
		} else {
			valueString += options.verbose ? ' ' + pluralize(long, value) : short;
		}

		result.push(valueString);
	};

	const parsed = parseMilliseconds(milliseconds);
	const days = BigInt(parsed.days);

	if (options.hideYearAndDays) {
		add((BigInt(days) * 24n) + BigInt(parsed.hours), 'hour', 'h');
	} else {
		if (options.hideYear) {
			add(days, 'day', 'd');
		} else {
			add(days / 365n, 'year', 'y');
			add(days % 365n, 'day', 'd');
		}

		add(Number(parsed.hours), 'hour', 'h');
	}

	add(Number(parsed.minutes), 'minute', 'm');

	if (!options.hideSeconds) {
		if (
			options.separateMilliseconds
			|| options.formatSubMilliseconds
			|| (!options.colonNotation && milliseconds < 1000 && !options.subSecondsAsDecimals)
		) {
			const seconds = Number(parsed.seconds);
			const milliseconds = Number(parsed.milliseconds);
			const microseconds = Number(parsed.microseconds);
			const nanoseconds = Number(parsed.nanoseconds);

			add(seconds, 'second', 's');

			if (options.formatSubMilliseconds) {
				add(milliseconds, 'millisecond', 'ms');
				add(microseconds, 'microsecond', 'µs');
				add(nanoseconds, 'nanosecond', 'ns');
			} else {
				const millisecondsAndBelow
					= milliseconds
					+ (microseconds / 1000)
					+ (nanoseconds / 1e6);

				const millisecondsDecimalDigits
					= typeof options.millisecondsDecimalDigits === 'number'
						? options.millisecondsDecimalDigits
						: 0;

				const roundedMilliseconds = millisecondsAndBelow >= 1
					? Math.round(millisecondsAndBelow)
					: Math.ceil(millisecondsAndBelow);
				const maximumMilliseconds = 1000 - (10 ** -millisecondsDecimalDigits);

				const millisecondsString = millisecondsDecimalDigits
					? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits)
					: Math.min(roundedMilliseconds, maximumMilliseconds);

				add(
					Number.parseFloat(millisecondsString),
					'millisecond',
					'ms',
					millisecondsString,
				);
			}
		} else {
			const seconds = (
				(isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds)
				/ 1000
			) % 60;
			const secondsDecimalDigits
				= typeof options.secondsDecimalDigits === 'number'
					? options.secondsDecimalDigits
					: 1;
			const secondsFixed = floorDecimals(seconds, secondsDecimalDigits);
			const secondsString = options.keepDecimalsOnWholeSeconds
				? secondsFixed
				: secondsFixed.replace(/\.0+$/, '');
			add(Number.parseFloat(secondsString), 'second', 's', secondsString);
		}
	}

	if (result.length === 0) {
		return sign + '0' + (options.verbose ? ' milliseconds' : 'ms');
	}

	const separator = options.colonNotation ? ':' : ' ';
	if (typeof options.unitCount === 'number') {
		result = result.slice(0, Math.max(options.unitCount, 1));
	}

	return sign + result.join(separator);
}

;// CONCATENATED MODULE: ./node_modules/execa/lib/verbose/error.js


// When `verbose` is `short|full|custom`, print each command's error when it fails
const logError = (result, verboseInfo) => {
	if (result.failed) {
		verboseLog({
			type: 'error',
			verboseMessage: result.shortMessage,
			verboseInfo,
			result,
		});
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/verbose/complete.js





// When `verbose` is `short|full|custom`, print each command's completion, duration and error
const logResult = (result, verboseInfo) => {
	if (!isVerbose(verboseInfo)) {
		return;
	}

	logError(result, verboseInfo);
	logDuration(result, verboseInfo);
};

const logDuration = (result, verboseInfo) => {
	const verboseMessage = `(done in ${prettyMilliseconds(result.durationMs)})`;
	verboseLog({
		type: 'duration',
		verboseMessage,
		verboseInfo,
		result,
	});
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/return/reject.js


// Applies the `reject` option.
// Also print the final log line with `verbose`.
const handleResult = (result, verboseInfo, {reject}) => {
	logResult(result, verboseInfo);

	if (result.failed && reject) {
		throw result;
	}

	return result;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/stdio/type.js




// The `stdin`/`stdout`/`stderr` option can be of many types. This detects it.
const getStdioItemType = (value, optionName) => {
	if (isAsyncGenerator(value)) {
		return 'asyncGenerator';
	}

	if (isSyncGenerator(value)) {
		return 'generator';
	}

	if (isUrl(value)) {
		return 'fileUrl';
	}

	if (isFilePathObject(value)) {
		return 'filePath';
	}

	if (isWebStream(value)) {
		return 'webStream';
	}

	if (isStream(value, {checkOpen: false})) {
		return 'native';
	}

	if (isUint8Array(value)) {
		return 'uint8Array';
	}

	if (isAsyncIterableObject(value)) {
		return 'asyncIterable';
	}

	if (isIterableObject(value)) {
		return 'iterable';
	}

	if (type_isTransformStream(value)) {
		return getTransformStreamType({transform: value}, optionName);
	}

	if (isTransformOptions(value)) {
		return getTransformObjectType(value, optionName);
	}

	return 'native';
};

const getTransformObjectType = (value, optionName) => {
	if (isDuplexStream(value.transform, {checkOpen: false})) {
		return getDuplexType(value, optionName);
	}

	if (type_isTransformStream(value.transform)) {
		return getTransformStreamType(value, optionName);
	}

	return getGeneratorObjectType(value, optionName);
};

const getDuplexType = (value, optionName) => {
	validateNonGeneratorType(value, optionName, 'Duplex stream');
	return 'duplex';
};

const getTransformStreamType = (value, optionName) => {
	validateNonGeneratorType(value, optionName, 'web TransformStream');
	return 'webTransform';
};

const validateNonGeneratorType = ({final, binary, objectMode}, optionName, typeName) => {
	checkUndefinedOption(final, `${optionName}.final`, typeName);
	checkUndefinedOption(binary, `${optionName}.binary`, typeName);
	checkBooleanOption(objectMode, `${optionName}.objectMode`);
};

const checkUndefinedOption = (value, optionName, typeName) => {
	if (value !== undefined) {
		throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName}.`);
	}
};

const getGeneratorObjectType = ({transform, final, binary, objectMode}, optionName) => {
	if (transform !== undefined && !isGenerator(transform)) {
		throw new TypeError(`The \`${optionName}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`);
	}

	if (isDuplexStream(final, {checkOpen: false})) {
		throw new TypeError(`The \`${optionName}.final\` option must not be a Duplex stream.`);
	}

	if (type_isTransformStream(final)) {
		throw new TypeError(`The \`${optionName}.final\` option must not be a web TransformStream.`);
	}

	if (final !== undefined && !isGenerator(final)) {
		throw new TypeError(`The \`${optionName}.final\` option must be a generator.`);
	}

	checkBooleanOption(binary, `${optionName}.binary`);
	checkBooleanOption(objectMode, `${optionName}.objectMode`);

	return isAsyncGenerator(transform) || isAsyncGenerator(final) ? 'asyncGenerator' : 'generator';
};

const checkBooleanOption = (value, optionName) => {
	if (value !== undefined && typeof value !== 'boolean') {
		throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
	}
};

const isGenerator = value => isAsyncGenerator(value) || isSyncGenerator(value);
const isAsyncGenerator = value => Object.prototype.toString.call(value) === '[object AsyncGeneratorFunction]';
const isSyncGenerator = value => Object.prototype.toString.call(value) === '[object GeneratorFunction]';
const isTransformOptions = value => isPlainObject(value)
	&& (value.transform !== undefined || value.final !== undefined);

const isUrl = value => Object.prototype.toString.call(value) === '[object URL]';
const isRegularUrl = value => isUrl(value) && value.protocol !== 'file:';

const isFilePathObject = value => isPlainObject(value)
	&& Object.keys(value).length > 0
	&& Object.keys(value).every(key => FILE_PATH_KEYS.has(key))
	&& isFilePathString(value.file);
const FILE_PATH_KEYS = new Set(['file', 'append']);
const isFilePathString = file => typeof file === 'string';

const isUnknownStdioString = (type, value) => type === 'native'
	&& typeof value === 'string'
	&& !KNOWN_STDIO_STRINGS.has(value);
const KNOWN_STDIO_STRINGS = new Set(['ipc', 'ignore', 'inherit', 'overlapped', 'pipe']);

const type_isReadableStream = value => Object.prototype.toString.call(value) === '[object ReadableStream]';
const type_isWritableStream = value => Object.prototype.toString.call(value) === '[object WritableStream]';
const isWebStream = value => type_isReadableStream(value) || type_isWritableStream(value);
const type_isTransformStream = value => type_isReadableStream(value?.readable) && type_isWritableStream(value?.writable);

const isAsyncIterableObject = value => isObject(value) && typeof value[Symbol.asyncIterator] === 'function';
const isIterableObject = value => isObject(value) && typeof value[Symbol.iterator] === 'function';
const isObject = value => typeof value === 'object' && value !== null;

// Types which modify `subprocess.std*`
const TRANSFORM_TYPES = new Set(['generator', 'asyncGenerator', 'duplex', 'webTransform']);
// Types which write to a file or a file descriptor
const FILE_TYPES = new Set(['fileUrl', 'filePath', 'fileNumber']);
// When two file descriptors of this type share the same target, we need to do some special logic
const SPECIAL_DUPLICATE_TYPES_SYNC = new Set(['fileUrl', 'filePath']);
const SPECIAL_DUPLICATE_TYPES = new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, 'webStream', 'nodeStream']);
// Do not allow two file descriptors of this type sharing the same target
const FORBID_DUPLICATE_TYPES = new Set(['webTransform', 'duplex']);

// Convert types to human-friendly strings for error messages
const TYPE_TO_MESSAGE = {
	generator: 'a generator',
	asyncGenerator: 'an async generator',
	fileUrl: 'a file URL',
	filePath: 'a file path string',
	fileNumber: 'a file descriptor number',
	webStream: 'a web stream',
	nodeStream: 'a Node.js stream',
	webTransform: 'a web TransformStream',
	duplex: 'a Duplex stream',
	native: 'any value',
	iterable: 'an iterable',
	asyncIterable: 'an async iterable',
	string: 'a string',
	uint8Array: 'a Uint8Array',
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/transform/object-mode.js


/*
Retrieve the `objectMode`s of a single transform.
`objectMode` determines the return value's type, i.e. the `readableObjectMode`.
The chunk argument's type is based on the previous generator's return value, i.e. the `writableObjectMode` is based on the previous `readableObjectMode`.
The last input's generator is read by `subprocess.stdin` which:
- should not be in `objectMode` for performance reasons.
- can only be strings, Buffers and Uint8Arrays.
Therefore its `readableObjectMode` must be `false`.
The same applies to the first output's generator's `writableObjectMode`.
*/
const getTransformObjectModes = (objectMode, index, newTransforms, direction) => direction === 'output'
	? getOutputObjectModes(objectMode, index, newTransforms)
	: getInputObjectModes(objectMode, index, newTransforms);

const getOutputObjectModes = (objectMode, index, newTransforms) => {
	const writableObjectMode = index !== 0 && newTransforms[index - 1].value.readableObjectMode;
	const readableObjectMode = objectMode ?? writableObjectMode;
	return {writableObjectMode, readableObjectMode};
};

const getInputObjectModes = (objectMode, index, newTransforms) => {
	const writableObjectMode = index === 0
		? objectMode === true
		: newTransforms[index - 1].value.readableObjectMode;
	const readableObjectMode = index !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
	return {writableObjectMode, readableObjectMode};
};

// Retrieve the `objectMode` of a file descriptor, e.g. `stdout` or `stderr`
const getFdObjectMode = (stdioItems, direction) => {
	const lastTransform = stdioItems.findLast(({type}) => TRANSFORM_TYPES.has(type));
	if (lastTransform === undefined) {
		return false;
	}

	return direction === 'input'
		? lastTransform.value.writableObjectMode
		: lastTransform.value.readableObjectMode;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/transform/normalize.js





// Transforms generators/duplex/TransformStream can have multiple shapes.
// This normalizes it and applies default values.
const normalizeTransforms = (stdioItems, optionName, direction, options) => [
	...stdioItems.filter(({type}) => !TRANSFORM_TYPES.has(type)),
	...getTransforms(stdioItems, optionName, direction, options),
];

const getTransforms = (stdioItems, optionName, direction, {encoding}) => {
	const transforms = stdioItems.filter(({type}) => TRANSFORM_TYPES.has(type));
	const newTransforms = Array.from({length: transforms.length});

	for (const [index, stdioItem] of Object.entries(transforms)) {
		newTransforms[index] = normalizeTransform({
			stdioItem,
			index: Number(index),
			newTransforms,
			optionName,
			direction,
			encoding,
		});
	}

	return sortTransforms(newTransforms, direction);
};

const normalizeTransform = ({stdioItem, stdioItem: {type}, index, newTransforms, optionName, direction, encoding}) => {
	if (type === 'duplex') {
		return normalizeDuplex({stdioItem, optionName});
	}

	if (type === 'webTransform') {
		return normalizeTransformStream({
			stdioItem,
			index,
			newTransforms,
			direction,
		});
	}

	return normalizeGenerator({
		stdioItem,
		index,
		newTransforms,
		direction,
		encoding,
	});
};

const normalizeDuplex = ({
	stdioItem,
	stdioItem: {
		value: {
			transform,
			transform: {writableObjectMode, readableObjectMode},
			objectMode = readableObjectMode,
		},
	},
	optionName,
}) => {
	if (objectMode && !readableObjectMode) {
		throw new TypeError(`The \`${optionName}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`);
	}

	if (!objectMode && readableObjectMode) {
		throw new TypeError(`The \`${optionName}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`);
	}

	return {
		...stdioItem,
		value: {transform, writableObjectMode, readableObjectMode},
	};
};

const normalizeTransformStream = ({stdioItem, stdioItem: {value}, index, newTransforms, direction}) => {
	const {transform, objectMode} = isPlainObject(value) ? value : {transform: value};
	const {writableObjectMode, readableObjectMode} = getTransformObjectModes(objectMode, index, newTransforms, direction);
	return ({
		...stdioItem,
		value: {transform, writableObjectMode, readableObjectMode},
	});
};

const normalizeGenerator = ({stdioItem, stdioItem: {value}, index, newTransforms, direction, encoding}) => {
	const {
		transform,
		final,
		binary: binaryOption = false,
		preserveNewlines = false,
		objectMode,
	} = isPlainObject(value) ? value : {transform: value};
	const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
	const {writableObjectMode, readableObjectMode} = getTransformObjectModes(objectMode, index, newTransforms, direction);
	return {
		...stdioItem,
		value: {
			transform,
			final,
			binary,
			preserveNewlines,
			writableObjectMode,
			readableObjectMode,
		},
	};
};

const sortTransforms = (newTransforms, direction) => direction === 'input' ? newTransforms.reverse() : newTransforms;

;// CONCATENATED MODULE: ./node_modules/execa/lib/stdio/direction.js




// For `stdio[fdNumber]` beyond stdin/stdout/stderr, we need to guess whether the value passed is intended for inputs or outputs.
// This allows us to know whether to pipe _into_ or _from_ the stream.
// When `stdio[fdNumber]` is a single value, this guess is fairly straightforward.
// However, when it is an array instead, we also need to make sure the different values are not incompatible with each other.
const getStreamDirection = (stdioItems, fdNumber, optionName) => {
	const directions = stdioItems.map(stdioItem => getStdioItemDirection(stdioItem, fdNumber));

	if (directions.includes('input') && directions.includes('output')) {
		throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
	}

	return directions.find(Boolean) ?? DEFAULT_DIRECTION;
};

const getStdioItemDirection = ({type, value}, fdNumber) => KNOWN_DIRECTIONS[fdNumber] ?? guessStreamDirection[type](value);

// `stdin`/`stdout`/`stderr` have a known direction
const KNOWN_DIRECTIONS = ['input', 'output', 'output'];

const anyDirection = () => undefined;
const alwaysInput = () => 'input';

// `string` can only be added through the `input` option, i.e. does not need to be handled here
const guessStreamDirection = {
	generator: anyDirection,
	asyncGenerator: anyDirection,
	fileUrl: anyDirection,
	filePath: anyDirection,
	iterable: alwaysInput,
	asyncIterable: alwaysInput,
	uint8Array: alwaysInput,
	webStream: value => type_isWritableStream(value) ? 'output' : 'input',
	nodeStream(value) {
		if (!isReadableStream(value, {checkOpen: false})) {
			return 'output';
		}

		return isWritableStream(value, {checkOpen: false}) ? undefined : 'input';
	},
	webTransform: anyDirection,
	duplex: anyDirection,
	native(value) {
		const standardStreamDirection = getStandardStreamDirection(value);
		if (standardStreamDirection !== undefined) {
			return standardStreamDirection;
		}

		if (isStream(value, {checkOpen: false})) {
			return guessStreamDirection.nodeStream(value);
		}
	},
};

const getStandardStreamDirection = value => {
	if ([0, external_node_process_.stdin].includes(value)) {
		return 'input';
	}

	if ([1, 2, external_node_process_.stdout, external_node_process_.stderr].includes(value)) {
		return 'output';
	}
};

// When ambiguous, we initially keep the direction as `undefined`.
// This allows arrays of `stdio` values to resolve the ambiguity.
// For example, `stdio[3]: DuplexStream` is ambiguous, but `stdio[3]: [DuplexStream, WritableStream]` is not.
// When the ambiguity remains, we default to `output` since it is the most common use case for additional file descriptors.
const DEFAULT_DIRECTION = 'output';

;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/array.js
// The `ipc` option adds an `ipc` item to the `stdio` option
const normalizeIpcStdioArray = (stdioArray, ipc) => ipc && !stdioArray.includes('ipc')
	? [...stdioArray, 'ipc']
	: stdioArray;

;// CONCATENATED MODULE: ./node_modules/execa/lib/stdio/stdio-option.js




// Add support for `stdin`/`stdout`/`stderr` as an alias for `stdio`.
// Also normalize the `stdio` option.
const normalizeStdioOption = ({stdio, ipc, buffer, ...options}, verboseInfo, isSync) => {
	const stdioArray = getStdioArray(stdio, options).map((stdioOption, fdNumber) => stdio_option_addDefaultValue(stdioOption, fdNumber));
	return isSync
		? normalizeStdioSync(stdioArray, buffer, verboseInfo)
		: normalizeIpcStdioArray(stdioArray, ipc);
};

const getStdioArray = (stdio, options) => {
	if (stdio === undefined) {
		return STANDARD_STREAMS_ALIASES.map(alias => options[alias]);
	}

	if (hasAlias(options)) {
		throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${STANDARD_STREAMS_ALIASES.map(alias => `\`${alias}\``).join(', ')}`);
	}

	if (typeof stdio === 'string') {
		return [stdio, stdio, stdio];
	}

	if (!Array.isArray(stdio)) {
		throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${typeof stdio}\``);
	}

	const length = Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length);
	return Array.from({length}, (_, fdNumber) => stdio[fdNumber]);
};

const hasAlias = options => STANDARD_STREAMS_ALIASES.some(alias => options[alias] !== undefined);

const stdio_option_addDefaultValue = (stdioOption, fdNumber) => {
	if (Array.isArray(stdioOption)) {
		return stdioOption.map(item => stdio_option_addDefaultValue(item, fdNumber));
	}

	if (stdioOption === null || stdioOption === undefined) {
		return fdNumber >= STANDARD_STREAMS_ALIASES.length ? 'ignore' : 'pipe';
	}

	return stdioOption;
};

// Using `buffer: false` with synchronous methods implies `stdout`/`stderr`: `ignore`.
// Unless the output is needed, e.g. due to `verbose: 'full'` or to redirecting to a file.
const normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) =>
	!buffer[fdNumber]
	&& fdNumber !== 0
	&& !isFullVerbose(verboseInfo, fdNumber)
	&& isOutputPipeOnly(stdioOption)
		? 'ignore'
		: stdioOption);

const isOutputPipeOnly = stdioOption => stdioOption === 'pipe'
	|| (Array.isArray(stdioOption) && stdioOption.every(item => item === 'pipe'));

;// CONCATENATED MODULE: ./node_modules/execa/lib/stdio/native.js







// When we use multiple `stdio` values for the same streams, we pass 'pipe' to `child_process.spawn()`.
// We then emulate the piping done by core Node.js.
// To do so, we transform the following values:
//  - Node.js streams are marked as `type: nodeStream`
//  - 'inherit' becomes `process.stdin|stdout|stderr`
//  - any file descriptor integer becomes `process.stdio[fdNumber]`
// All of the above transformations tell Execa to perform manual piping.
const handleNativeStream = ({stdioItem, stdioItem: {type}, isStdioArray, fdNumber, direction, isSync}) => {
	if (!isStdioArray || type !== 'native') {
		return stdioItem;
	}

	return isSync
		? handleNativeStreamSync({stdioItem, fdNumber, direction})
		: handleNativeStreamAsync({stdioItem, fdNumber});
};

// Synchronous methods use a different logic.
// 'inherit', file descriptors and process.std* are handled by readFileSync()/writeFileSync().
const handleNativeStreamSync = ({stdioItem, stdioItem: {value, optionName}, fdNumber, direction}) => {
	const targetFd = getTargetFd({
		value,
		optionName,
		fdNumber,
		direction,
	});
	if (targetFd !== undefined) {
		return targetFd;
	}

	if (isStream(value, {checkOpen: false})) {
		throw new TypeError(`The \`${optionName}: Stream\` option cannot both be an array and include a stream with synchronous methods.`);
	}

	return stdioItem;
};

const getTargetFd = ({value, optionName, fdNumber, direction}) => {
	const targetFdNumber = getTargetFdNumber(value, fdNumber);
	if (targetFdNumber === undefined) {
		return;
	}

	if (direction === 'output') {
		return {type: 'fileNumber', value: targetFdNumber, optionName};
	}

	if (external_node_tty_.isatty(targetFdNumber)) {
		throw new TypeError(`The \`${optionName}: ${serializeOptionValue(value)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
	}

	return {type: 'uint8Array', value: bufferToUint8Array((0,external_node_fs_.readFileSync)(targetFdNumber)), optionName};
};

const getTargetFdNumber = (value, fdNumber) => {
	if (value === 'inherit') {
		return fdNumber;
	}

	if (typeof value === 'number') {
		return value;
	}

	const standardStreamIndex = STANDARD_STREAMS.indexOf(value);
	if (standardStreamIndex !== -1) {
		return standardStreamIndex;
	}
};

const handleNativeStreamAsync = ({stdioItem, stdioItem: {value, optionName}, fdNumber}) => {
	if (value === 'inherit') {
		return {type: 'nodeStream', value: getStandardStream(fdNumber, value, optionName), optionName};
	}

	if (typeof value === 'number') {
		return {type: 'nodeStream', value: getStandardStream(value, value, optionName), optionName};
	}

	if (isStream(value, {checkOpen: false})) {
		return {type: 'nodeStream', value, optionName};
	}

	return stdioItem;
};

// Node.js does not allow to easily retrieve file descriptors beyond stdin/stdout/stderr as streams.
//  - `fs.createReadStream()`/`fs.createWriteStream()` with the `fd` option do not work with character devices that use blocking reads/writes (such as interactive TTYs).
//  - Using a TCP `Socket` would work but be rather complex to implement.
// Since this is an edge case, we simply throw an error message.
// See https://github.com/sindresorhus/execa/pull/643#discussion_r1435905707
const getStandardStream = (fdNumber, value, optionName) => {
	const standardStream = STANDARD_STREAMS[fdNumber];

	if (standardStream === undefined) {
		throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
	}

	return standardStream;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/stdio/input-option.js




// Append the `stdin` option with the `input` and `inputFile` options
const handleInputOptions = ({input, inputFile}, fdNumber) => fdNumber === 0
	? [
		...handleInputOption(input),
		...handleInputFileOption(inputFile),
	]
	: [];

const handleInputOption = input => input === undefined ? [] : [{
	type: getInputType(input),
	value: input,
	optionName: 'input',
}];

const getInputType = input => {
	if (isReadableStream(input, {checkOpen: false})) {
		return 'nodeStream';
	}

	if (typeof input === 'string') {
		return 'string';
	}

	if (isUint8Array(input)) {
		return 'uint8Array';
	}

	throw new Error('The `input` option must be a string, a Uint8Array or a Node.js Readable stream.');
};

const handleInputFileOption = inputFile => inputFile === undefined ? [] : [{
	...getInputFileType(inputFile),
	optionName: 'inputFile',
}];

const getInputFileType = inputFile => {
	if (isUrl(inputFile)) {
		return {type: 'fileUrl', value: inputFile};
	}

	if (isFilePathString(inputFile)) {
		return {type: 'filePath', value: {file: inputFile}};
	}

	throw new Error('The `inputFile` option must be a file path string or a file URL.');
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/stdio/duplicate.js


// Duplicates in the same file descriptor is most likely an error.
// However, this can be useful with generators.
const filterDuplicates = stdioItems => stdioItems.filter((stdioItemOne, indexOne) =>
	stdioItems.every((stdioItemTwo, indexTwo) => stdioItemOne.value !== stdioItemTwo.value
		|| indexOne >= indexTwo
		|| stdioItemOne.type === 'generator'
		|| stdioItemOne.type === 'asyncGenerator'));

// Check if two file descriptors are sharing the same target.
// For example `{stdout: {file: './output.txt'}, stderr: {file: './output.txt'}}`.
const getDuplicateStream = ({stdioItem: {type, value, optionName}, direction, fileDescriptors, isSync}) => {
	const otherStdioItems = getOtherStdioItems(fileDescriptors, type);
	if (otherStdioItems.length === 0) {
		return;
	}

	if (isSync) {
		validateDuplicateStreamSync({
			otherStdioItems,
			type,
			value,
			optionName,
			direction,
		});
		return;
	}

	if (SPECIAL_DUPLICATE_TYPES.has(type)) {
		return getDuplicateStreamInstance({
			otherStdioItems,
			type,
			value,
			optionName,
			direction,
		});
	}

	if (FORBID_DUPLICATE_TYPES.has(type)) {
		validateDuplicateTransform({
			otherStdioItems,
			type,
			value,
			optionName,
		});
	}
};

// Values shared by multiple file descriptors
const getOtherStdioItems = (fileDescriptors, type) => fileDescriptors
	.flatMap(({direction, stdioItems}) => stdioItems
		.filter(stdioItem => stdioItem.type === type)
		.map((stdioItem => ({...stdioItem, direction}))));

// With `execaSync()`, do not allow setting a file path both in input and output
const validateDuplicateStreamSync = ({otherStdioItems, type, value, optionName, direction}) => {
	if (SPECIAL_DUPLICATE_TYPES_SYNC.has(type)) {
		getDuplicateStreamInstance({
			otherStdioItems,
			type,
			value,
			optionName,
			direction,
		});
	}
};

// When two file descriptors share the file or stream, we need to re-use the same underlying stream.
// Otherwise, the stream would be closed twice when piping ends.
// This is only an issue with output file descriptors.
// This is not a problem with generator functions since those create a new instance for each file descriptor.
// We also forbid input and output file descriptors sharing the same file or stream, since that does not make sense.
const getDuplicateStreamInstance = ({otherStdioItems, type, value, optionName, direction}) => {
	const duplicateStdioItems = otherStdioItems.filter(stdioItem => hasSameValue(stdioItem, value));
	if (duplicateStdioItems.length === 0) {
		return;
	}

	const differentStdioItem = duplicateStdioItems.find(stdioItem => stdioItem.direction !== direction);
	throwOnDuplicateStream(differentStdioItem, optionName, type);

	return direction === 'output' ? duplicateStdioItems[0].stream : undefined;
};

const hasSameValue = ({type, value}, secondValue) => {
	if (type === 'filePath') {
		return value.file === secondValue.file;
	}

	if (type === 'fileUrl') {
		return value.href === secondValue.href;
	}

	return value === secondValue;
};

// We do not allow two file descriptors to share the same Duplex or TransformStream.
// This is because those are set directly to `subprocess.std*`.
// For example, this could result in `subprocess.stdout` and `subprocess.stderr` being the same value.
// This means reading from either would get data from both stdout and stderr.
const validateDuplicateTransform = ({otherStdioItems, type, value, optionName}) => {
	const duplicateStdioItem = otherStdioItems.find(({value: {transform}}) => transform === value.transform);
	throwOnDuplicateStream(duplicateStdioItem, optionName, type);
};

const throwOnDuplicateStream = (stdioItem, optionName, type) => {
	if (stdioItem !== undefined) {
		throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/stdio/handle.js










// Handle `input`, `inputFile`, `stdin`, `stdout` and `stderr` options, before spawning, in async/sync mode
// They are converted into an array of `fileDescriptors`.
// Each `fileDescriptor` is normalized, validated and contains all information necessary for further handling.
const handleStdio = (addProperties, options, verboseInfo, isSync) => {
	const stdio = normalizeStdioOption(options, verboseInfo, isSync);
	const initialFileDescriptors = stdio.map((stdioOption, fdNumber) => getFileDescriptor({
		stdioOption,
		fdNumber,
		options,
		isSync,
	}));
	const fileDescriptors = getFinalFileDescriptors({
		initialFileDescriptors,
		addProperties,
		options,
		isSync,
	});
	options.stdio = fileDescriptors.map(({stdioItems}) => forwardStdio(stdioItems));
	return fileDescriptors;
};

const getFileDescriptor = ({stdioOption, fdNumber, options, isSync}) => {
	const optionName = getStreamName(fdNumber);
	const {stdioItems: initialStdioItems, isStdioArray} = initializeStdioItems({
		stdioOption,
		fdNumber,
		options,
		optionName,
	});
	const direction = getStreamDirection(initialStdioItems, fdNumber, optionName);
	const stdioItems = initialStdioItems.map(stdioItem => handleNativeStream({
		stdioItem,
		isStdioArray,
		fdNumber,
		direction,
		isSync,
	}));
	const normalizedStdioItems = normalizeTransforms(stdioItems, optionName, direction, options);
	const objectMode = getFdObjectMode(normalizedStdioItems, direction);
	validateFileObjectMode(normalizedStdioItems, objectMode);
	return {direction, objectMode, stdioItems: normalizedStdioItems};
};

// We make sure passing an array with a single item behaves the same as passing that item without an array.
// This is what users would expect.
// For example, `stdout: ['ignore']` behaves the same as `stdout: 'ignore'`.
const initializeStdioItems = ({stdioOption, fdNumber, options, optionName}) => {
	const values = Array.isArray(stdioOption) ? stdioOption : [stdioOption];
	const initialStdioItems = [
		...values.map(value => initializeStdioItem(value, optionName)),
		...handleInputOptions(options, fdNumber),
	];

	const stdioItems = filterDuplicates(initialStdioItems);
	const isStdioArray = stdioItems.length > 1;
	validateStdioArray(stdioItems, isStdioArray, optionName);
	validateStreams(stdioItems);
	return {stdioItems, isStdioArray};
};

const initializeStdioItem = (value, optionName) => ({
	type: getStdioItemType(value, optionName),
	value,
	optionName,
});

const validateStdioArray = (stdioItems, isStdioArray, optionName) => {
	if (stdioItems.length === 0) {
		throw new TypeError(`The \`${optionName}\` option must not be an empty array.`);
	}

	if (!isStdioArray) {
		return;
	}

	for (const {value, optionName} of stdioItems) {
		if (INVALID_STDIO_ARRAY_OPTIONS.has(value)) {
			throw new Error(`The \`${optionName}\` option must not include \`${value}\`.`);
		}
	}
};

// Using those `stdio` values together with others for the same stream does not make sense, so we make it fail.
// However, we do allow it if the array has a single item.
const INVALID_STDIO_ARRAY_OPTIONS = new Set(['ignore', 'ipc']);

const validateStreams = stdioItems => {
	for (const stdioItem of stdioItems) {
		validateFileStdio(stdioItem);
	}
};

const validateFileStdio = ({type, value, optionName}) => {
	if (isRegularUrl(value)) {
		throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
	}

	if (isUnknownStdioString(type, value)) {
		throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
	}
};

const validateFileObjectMode = (stdioItems, objectMode) => {
	if (!objectMode) {
		return;
	}

	const fileStdioItem = stdioItems.find(({type}) => FILE_TYPES.has(type));
	if (fileStdioItem !== undefined) {
		throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
	}
};

// Some `stdio` values require Execa to create streams.
// For example, file paths create file read/write streams.
// Those transformations are specified in `addProperties`, which is both direction-specific and type-specific.
const getFinalFileDescriptors = ({initialFileDescriptors, addProperties, options, isSync}) => {
	const fileDescriptors = [];

	try {
		for (const fileDescriptor of initialFileDescriptors) {
			fileDescriptors.push(getFinalFileDescriptor({
				fileDescriptor,
				fileDescriptors,
				addProperties,
				options,
				isSync,
			}));
		}

		return fileDescriptors;
	} catch (error) {
		cleanupCustomStreams(fileDescriptors);
		throw error;
	}
};

const getFinalFileDescriptor = ({
	fileDescriptor: {direction, objectMode, stdioItems},
	fileDescriptors,
	addProperties,
	options,
	isSync,
}) => {
	const finalStdioItems = stdioItems.map(stdioItem => addStreamProperties({
		stdioItem,
		addProperties,
		direction,
		options,
		fileDescriptors,
		isSync,
	}));
	return {direction, objectMode, stdioItems: finalStdioItems};
};

const addStreamProperties = ({stdioItem, addProperties, direction, options, fileDescriptors, isSync}) => {
	const duplicateStream = getDuplicateStream({
		stdioItem,
		direction,
		fileDescriptors,
		isSync,
	});

	if (duplicateStream !== undefined) {
		return {...stdioItem, stream: duplicateStream};
	}

	return {
		...stdioItem,
		...addProperties[direction][stdioItem.type](stdioItem, options),
	};
};

// The stream error handling is performed by the piping logic above, which cannot be performed before subprocess spawning.
// If the subprocess spawning fails (e.g. due to an invalid command), the streams need to be manually destroyed.
// We need to create those streams before subprocess spawning, in case their creation fails, e.g. when passing an invalid generator as argument.
// Like this, an exception would be thrown, which would prevent spawning a subprocess.
const cleanupCustomStreams = fileDescriptors => {
	for (const {stdioItems} of fileDescriptors) {
		for (const {stream} of stdioItems) {
			if (stream !== undefined && !isStandardStream(stream)) {
				stream.destroy();
			}
		}
	}
};

// When the `std*: Iterable | WebStream | URL | filePath`, `input` or `inputFile` option is used, we pipe to `subprocess.std*`.
// When the `std*: Array` option is used, we emulate some of the native values ('inherit', Node.js stream and file descriptor integer). To do so, we also need to pipe to `subprocess.std*`.
// Therefore the `std*` options must be either `pipe` or `overlapped`. Other values do not set `subprocess.std*`.
const forwardStdio = stdioItems => {
	if (stdioItems.length > 1) {
		return stdioItems.some(({value}) => value === 'overlapped') ? 'overlapped' : 'pipe';
	}

	const [{type, value}] = stdioItems;
	return type === 'native' ? value : 'pipe';
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/stdio/handle-sync.js





// Normalize `input`, `inputFile`, `stdin`, `stdout` and `stderr` options, before spawning, in sync mode
const handleStdioSync = (options, verboseInfo) => handleStdio(addPropertiesSync, options, verboseInfo, true);

const forbiddenIfSync = ({type, optionName}) => {
	throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
};

const forbiddenNativeIfSync = ({optionName, value}) => {
	if (value === 'ipc' || value === 'overlapped') {
		throwInvalidSyncValue(optionName, `"${value}"`);
	}

	return {};
};

const throwInvalidSyncValue = (optionName, value) => {
	throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
};

// Create streams used internally for redirecting when using specific values for the `std*` options, in sync mode.
// For example, `stdin: {file}` reads the file synchronously, then passes it as the `input` option.
const addProperties = {
	generator() {},
	asyncGenerator: forbiddenIfSync,
	webStream: forbiddenIfSync,
	nodeStream: forbiddenIfSync,
	webTransform: forbiddenIfSync,
	duplex: forbiddenIfSync,
	asyncIterable: forbiddenIfSync,
	native: forbiddenNativeIfSync,
};

const addPropertiesSync = {
	input: {
		...addProperties,
		fileUrl: ({value}) => ({contents: [bufferToUint8Array((0,external_node_fs_.readFileSync)(value))]}),
		filePath: ({value: {file}}) => ({contents: [bufferToUint8Array((0,external_node_fs_.readFileSync)(file))]}),
		fileNumber: forbiddenIfSync,
		iterable: ({value}) => ({contents: [...value]}),
		string: ({value}) => ({contents: [value]}),
		uint8Array: ({value}) => ({contents: [value]}),
	},
	output: {
		...addProperties,
		fileUrl: ({value}) => ({path: value}),
		filePath: ({value: {file, append}}) => ({path: file, append}),
		fileNumber: ({value}) => ({path: value}),
		iterable: forbiddenIfSync,
		string: forbiddenIfSync,
		uint8Array: forbiddenIfSync,
	},
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/io/strip-newline.js


// Apply `stripFinalNewline` option, which applies to `result.stdout|stderr|all|stdio[*]`.
// If the `lines` option is used, it is applied on each line, but using a different function.
const stripNewline = (value, {stripFinalNewline}, fdNumber) => getStripFinalNewline(stripFinalNewline, fdNumber) && value !== undefined && !Array.isArray(value)
	? strip_final_newline_stripFinalNewline(value)
	: value;

// Retrieve `stripFinalNewline` option value, including with `subprocess.all`
const getStripFinalNewline = (stripFinalNewline, fdNumber) => fdNumber === 'all'
	? stripFinalNewline[1] || stripFinalNewline[2]
	: stripFinalNewline[fdNumber];

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./node_modules/execa/lib/transform/split.js
// Split chunks line-wise for generators passed to the `std*` options
const getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped
	? undefined
	: initializeSplitLines(preserveNewlines, state);

// Same but for synchronous methods
const splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode
	? chunk.flatMap(item => splitLinesItemSync(item, preserveNewlines))
	: splitLinesItemSync(chunk, preserveNewlines);

const splitLinesItemSync = (chunk, preserveNewlines) => {
	const {transform, final} = initializeSplitLines(preserveNewlines, {});
	return [...transform(chunk), ...final()];
};

const initializeSplitLines = (preserveNewlines, state) => {
	state.previousChunks = '';
	return {
		transform: splitGenerator.bind(undefined, state, preserveNewlines),
		final: linesFinal.bind(undefined, state),
	};
};

// This imperative logic is much faster than using `String.split()` and uses very low memory.
const splitGenerator = function * (state, preserveNewlines, chunk) {
	if (typeof chunk !== 'string') {
		yield chunk;
		return;
	}

	let {previousChunks} = state;
	let start = -1;

	for (let end = 0; end < chunk.length; end += 1) {
		if (chunk[end] === '\n') {
			const newlineLength = getNewlineLength(chunk, end, preserveNewlines, state);
			let line = chunk.slice(start + 1, end + 1 - newlineLength);

			if (previousChunks.length > 0) {
				line = concatString(previousChunks, line);
				previousChunks = '';
			}

			yield line;
			start = end;
		}
	}

	if (start !== chunk.length - 1) {
		previousChunks = concatString(previousChunks, chunk.slice(start + 1));
	}

	state.previousChunks = previousChunks;
};

const getNewlineLength = (chunk, end, preserveNewlines, state) => {
	if (preserveNewlines) {
		return 0;
	}

	state.isWindowsNewline = end !== 0 && chunk[end - 1] === '\r';
	return state.isWindowsNewline ? 2 : 1;
};

const linesFinal = function * ({previousChunks}) {
	if (previousChunks.length > 0) {
		yield previousChunks;
	}
};

// Unless `preserveNewlines: true` is used, we strip the newline of each line.
// This re-adds them after the user `transform` code has run.
const getAppendNewlineGenerator = ({binary, preserveNewlines, readableObjectMode, state}) => binary || preserveNewlines || readableObjectMode
	? undefined
	: {transform: appendNewlineGenerator.bind(undefined, state)};

const appendNewlineGenerator = function * ({isWindowsNewline = false}, chunk) {
	const {unixNewline, windowsNewline, LF, concatBytes} = typeof chunk === 'string' ? linesStringInfo : linesUint8ArrayInfo;

	if (chunk.at(-1) === LF) {
		yield chunk;
		return;
	}

	const newline = isWindowsNewline ? windowsNewline : unixNewline;
	yield concatBytes(chunk, newline);
};

const concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;

const linesStringInfo = {
	windowsNewline: '\r\n',
	unixNewline: '\n',
	LF: '\n',
	concatBytes: concatString,
};

const concatUint8Array = (firstChunk, secondChunk) => {
	const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
	chunk.set(firstChunk, 0);
	chunk.set(secondChunk, firstChunk.length);
	return chunk;
};

const linesUint8ArrayInfo = {
	windowsNewline: new Uint8Array([0x0D, 0x0A]),
	unixNewline: new Uint8Array([0x0A]),
	LF: 0x0A,
	concatBytes: concatUint8Array,
};

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./node_modules/execa/lib/transform/validate.js



// Validate the type of chunk argument passed to transform generators
const getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode
	? undefined
	: validateStringTransformInput.bind(undefined, optionName);

const validateStringTransformInput = function * (optionName, chunk) {
	if (typeof chunk !== 'string' && !isUint8Array(chunk) && !external_node_buffer_.Buffer.isBuffer(chunk)) {
		throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
	}

	yield chunk;
};

// Validate the type of the value returned by transform generators
const getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode
	? validateObjectTransformReturn.bind(undefined, optionName)
	: validateStringTransformReturn.bind(undefined, optionName);

const validateObjectTransformReturn = function * (optionName, chunk) {
	validateEmptyReturn(optionName, chunk);
	yield chunk;
};

const validateStringTransformReturn = function * (optionName, chunk) {
	validateEmptyReturn(optionName, chunk);

	if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
		throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
	}

	yield chunk;
};

const validateEmptyReturn = (optionName, chunk) => {
	if (chunk === null || chunk === undefined) {
		throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/transform/encoding-transform.js




/*
When using binary encodings, add an internal generator that converts chunks from `Buffer` to `string` or `Uint8Array`.
Chunks might be Buffer, Uint8Array or strings since:
- `subprocess.stdout|stderr` emits Buffers
- `subprocess.stdin.write()` accepts Buffer, Uint8Array or string
- Previous generators might return Uint8Array or string

However, those are converted to Buffer:
- on writes: `Duplex.writable` `decodeStrings: true` default option
- on reads: `Duplex.readable` `readableEncoding: null` default option
*/
const getEncodingTransformGenerator = (binary, encoding, skipped) => {
	if (skipped) {
		return;
	}

	if (binary) {
		return {transform: encodingUint8ArrayGenerator.bind(undefined, new TextEncoder())};
	}

	const stringDecoder = new external_node_string_decoder_.StringDecoder(encoding);
	return {
		transform: encodingStringGenerator.bind(undefined, stringDecoder),
		final: encodingStringFinal.bind(undefined, stringDecoder),
	};
};

const encodingUint8ArrayGenerator = function * (textEncoder, chunk) {
	if (external_node_buffer_.Buffer.isBuffer(chunk)) {
		yield bufferToUint8Array(chunk);
	} else if (typeof chunk === 'string') {
		yield textEncoder.encode(chunk);
	} else {
		yield chunk;
	}
};

const encodingStringGenerator = function * (stringDecoder, chunk) {
	yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
};

const encodingStringFinal = function * (stringDecoder) {
	const lastChunk = stringDecoder.end();
	if (lastChunk !== '') {
		yield lastChunk;
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/transform/run-async.js


// Applies a series of generator functions asynchronously
const pushChunks = (0,external_node_util_.callbackify)(async (getChunks, state, getChunksArguments, transformStream) => {
	state.currentIterable = getChunks(...getChunksArguments);

	try {
		for await (const chunk of state.currentIterable) {
			transformStream.push(chunk);
		}
	} finally {
		delete state.currentIterable;
	}
});

// For each new chunk, apply each `transform()` method
const transformChunk = async function * (chunk, generators, index) {
	if (index === generators.length) {
		yield chunk;
		return;
	}

	const {transform = identityGenerator} = generators[index];
	for await (const transformedChunk of transform(chunk)) {
		yield * transformChunk(transformedChunk, generators, index + 1);
	}
};

// At the end, apply each `final()` method, followed by the `transform()` method of the next transforms
const finalChunks = async function * (generators) {
	for (const [index, {final}] of Object.entries(generators)) {
		yield * generatorFinalChunks(final, Number(index), generators);
	}
};

const generatorFinalChunks = async function * (final, index, generators) {
	if (final === undefined) {
		return;
	}

	for await (const finalChunk of final()) {
		yield * transformChunk(finalChunk, generators, index + 1);
	}
};

// Cancel any ongoing async generator when the Transform is destroyed, e.g. when the subprocess errors
const destroyTransform = (0,external_node_util_.callbackify)(async ({currentIterable}, error) => {
	if (currentIterable !== undefined) {
		await (error ? currentIterable.throw(error) : currentIterable.return());
		return;
	}

	if (error) {
		throw error;
	}
});

const identityGenerator = function * (chunk) {
	yield chunk;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/transform/run-sync.js
// Duplicate the code from `run-async.js` but as synchronous functions
const pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
	try {
		for (const chunk of getChunksSync(...getChunksArguments)) {
			transformStream.push(chunk);
		}

		done();
	} catch (error) {
		done(error);
	}
};

// Run synchronous generators with `execaSync()`
const runTransformSync = (generators, chunks) => [
	...chunks.flatMap(chunk => [...transformChunkSync(chunk, generators, 0)]),
	...finalChunksSync(generators),
];

const transformChunkSync = function * (chunk, generators, index) {
	if (index === generators.length) {
		yield chunk;
		return;
	}

	const {transform = run_sync_identityGenerator} = generators[index];
	for (const transformedChunk of transform(chunk)) {
		yield * transformChunkSync(transformedChunk, generators, index + 1);
	}
};

const finalChunksSync = function * (generators) {
	for (const [index, {final}] of Object.entries(generators)) {
		yield * generatorFinalChunksSync(final, Number(index), generators);
	}
};

const generatorFinalChunksSync = function * (final, index, generators) {
	if (final === undefined) {
		return;
	}

	for (const finalChunk of final()) {
		yield * transformChunkSync(finalChunk, generators, index + 1);
	}
};

const run_sync_identityGenerator = function * (chunk) {
	yield chunk;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/transform/generator.js








/*
Generators can be used to transform/filter standard streams.

Generators have a simple syntax, yet allows all of the following:
- Sharing `state` between chunks
- Flushing logic, by using a `final` function
- Asynchronous logic
- Emitting multiple chunks from a single source chunk, even if spaced in time, by using multiple `yield`
- Filtering, by using no `yield`

Therefore, there is no need to allow Node.js or web transform streams.

The `highWaterMark` is kept as the default value, since this is what `subprocess.std*` uses.

Chunks are currently processed serially. We could add a `concurrency` option to parallelize in the future.

Transform an array of generator functions into a `Transform` stream.
`Duplex.from(generator)` cannot be used because it does not allow setting the `objectMode` and `highWaterMark`.
*/
const generatorToStream = ({
	value,
	value: {transform, final, writableObjectMode, readableObjectMode},
	optionName,
}, {encoding}) => {
	const state = {};
	const generators = addInternalGenerators(value, encoding, optionName);

	const transformAsync = isAsyncGenerator(transform);
	const finalAsync = isAsyncGenerator(final);
	const transformMethod = transformAsync
		? pushChunks.bind(undefined, transformChunk, state)
		: pushChunksSync.bind(undefined, transformChunkSync);
	const finalMethod = transformAsync || finalAsync
		? pushChunks.bind(undefined, finalChunks, state)
		: pushChunksSync.bind(undefined, finalChunksSync);
	const destroyMethod = transformAsync || finalAsync
		? destroyTransform.bind(undefined, state)
		: undefined;

	const stream = new external_node_stream_.Transform({
		writableObjectMode,
		writableHighWaterMark: (0,external_node_stream_.getDefaultHighWaterMark)(writableObjectMode),
		readableObjectMode,
		readableHighWaterMark: (0,external_node_stream_.getDefaultHighWaterMark)(readableObjectMode),
		transform(chunk, encoding, done) {
			transformMethod([chunk, generators, 0], this, done);
		},
		flush(done) {
			finalMethod([generators], this, done);
		},
		destroy: destroyMethod,
	});
	return {stream};
};

// Applies transform generators in sync mode
const runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
	const generators = stdioItems.filter(({type}) => type === 'generator');
	const reversedGenerators = isInput ? generators.reverse() : generators;

	for (const {value, optionName} of reversedGenerators) {
		const generators = addInternalGenerators(value, encoding, optionName);
		chunks = runTransformSync(generators, chunks);
	}

	return chunks;
};

// Generators used internally to convert the chunk type, validate it, and split into lines
const addInternalGenerators = (
	{transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines},
	encoding,
	optionName,
) => {
	const state = {};
	return [
		{transform: getValidateTransformInput(writableObjectMode, optionName)},
		getEncodingTransformGenerator(binary, encoding, writableObjectMode),
		getSplitLinesGenerator(binary, preserveNewlines, writableObjectMode, state),
		{transform, final},
		{transform: getValidateTransformReturn(readableObjectMode, optionName)},
		getAppendNewlineGenerator({
			binary,
			preserveNewlines,
			readableObjectMode,
			state,
		}),
	].filter(Boolean);
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/io/input-sync.js




// Apply `stdin`/`input`/`inputFile` options, before spawning, in sync mode, by converting it to the `input` option
const addInputOptionsSync = (fileDescriptors, options) => {
	for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
		addInputOptionSync(fileDescriptors, fdNumber, options);
	}
};

const getInputFdNumbers = fileDescriptors => new Set(Object.entries(fileDescriptors)
	.filter(([, {direction}]) => direction === 'input')
	.map(([fdNumber]) => Number(fdNumber)));

const addInputOptionSync = (fileDescriptors, fdNumber, options) => {
	const {stdioItems} = fileDescriptors[fdNumber];
	const allStdioItems = stdioItems.filter(({contents}) => contents !== undefined);
	if (allStdioItems.length === 0) {
		return;
	}

	if (fdNumber !== 0) {
		const [{type, optionName}] = allStdioItems;
		throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be ${TYPE_TO_MESSAGE[type]} with synchronous methods.`);
	}

	const allContents = allStdioItems.map(({contents}) => contents);
	const transformedContents = allContents.map(contents => applySingleInputGeneratorsSync(contents, stdioItems));
	options.input = joinToUint8Array(transformedContents);
};

const applySingleInputGeneratorsSync = (contents, stdioItems) => {
	const newContents = runGeneratorsSync(contents, stdioItems, 'utf8', true);
	validateSerializable(newContents);
	return joinToUint8Array(newContents);
};

const validateSerializable = newContents => {
	const invalidItem = newContents.find(item => typeof item !== 'string' && !isUint8Array(item));
	if (invalidItem !== undefined) {
		throw new TypeError(`The \`stdin\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/verbose/output.js





// `ignore` opts-out of `verbose` for a specific stream.
// `ipc` cannot use piping.
// `inherit` would result in double printing.
// They can also lead to double printing when passing file descriptor integers or `process.std*`.
// This only leaves with `pipe` and `overlapped`.
const shouldLogOutput = ({stdioItems, encoding, verboseInfo, fdNumber}) => fdNumber !== 'all'
	&& isFullVerbose(verboseInfo, fdNumber)
	&& !BINARY_ENCODINGS.has(encoding)
	&& fdUsesVerbose(fdNumber)
	&& (stdioItems.some(({type, value}) => type === 'native' && PIPED_STDIO_VALUES.has(value))
	|| stdioItems.every(({type}) => TRANSFORM_TYPES.has(type)));

// Printing input streams would be confusing.
// Files and streams can produce big outputs, which we don't want to print.
// We could print `stdio[3+]` but it often is redirected to files and streams, with the same issue.
// So we only print stdout and stderr.
const fdUsesVerbose = fdNumber => fdNumber === 1 || fdNumber === 2;

const PIPED_STDIO_VALUES = new Set(['pipe', 'overlapped']);

// `verbose: 'full'` printing logic with async methods
const logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
	for await (const line of linesIterable) {
		if (!isPipingStream(stream)) {
			logLine(line, fdNumber, verboseInfo);
		}
	}
};

// `verbose: 'full'` printing logic with sync methods
const logLinesSync = (linesArray, fdNumber, verboseInfo) => {
	for (const line of linesArray) {
		logLine(line, fdNumber, verboseInfo);
	}
};

// When `subprocess.stdout|stderr.pipe()` is called, `verbose` becomes a noop.
// This prevents the following problems:
//  - `.pipe()` achieves the same result as using `stdout: 'inherit'`, `stdout: stream`, etc. which also make `verbose` a noop.
//    For example, `subprocess.stdout.pipe(process.stdin)` would print each line twice.
//  - When chaining subprocesses with `subprocess.pipe(otherSubprocess)`, only the last one should print its output.
// Detecting whether `.pipe()` is impossible without monkey-patching it, so we use the following undocumented property.
// This is not a critical behavior since changes of the following property would only make `verbose` more verbose.
const isPipingStream = stream => stream._readableState.pipes.length > 0;

// When `verbose` is `full`, print stdout|stderr
const logLine = (line, fdNumber, verboseInfo) => {
	const verboseMessage = serializeVerboseMessage(line);
	verboseLog({
		type: 'output',
		verboseMessage,
		fdNumber,
		verboseInfo,
	});
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/io/output-sync.js








// Apply `stdout`/`stderr` options, after spawning, in sync mode
const transformOutputSync = ({fileDescriptors, syncResult: {output}, options, isMaxBuffer, verboseInfo}) => {
	if (output === null) {
		return {output: Array.from({length: 3})};
	}

	const state = {};
	const outputFiles = new Set([]);
	const transformedOutput = output.map((result, fdNumber) =>
		transformOutputResultSync({
			result,
			fileDescriptors,
			fdNumber,
			state,
			outputFiles,
			isMaxBuffer,
			verboseInfo,
		}, options));
	return {output: transformedOutput, ...state};
};

const transformOutputResultSync = (
	{result, fileDescriptors, fdNumber, state, outputFiles, isMaxBuffer, verboseInfo},
	{buffer, encoding, lines, stripFinalNewline, maxBuffer},
) => {
	if (result === null) {
		return;
	}

	const truncatedResult = truncateMaxBufferSync(result, isMaxBuffer, maxBuffer);
	const uint8ArrayResult = bufferToUint8Array(truncatedResult);
	const {stdioItems, objectMode} = fileDescriptors[fdNumber];
	const chunks = runOutputGeneratorsSync([uint8ArrayResult], stdioItems, encoding, state);
	const {serializedResult, finalResult = serializedResult} = serializeChunks({
		chunks,
		objectMode,
		encoding,
		lines,
		stripFinalNewline,
		fdNumber,
	});

	logOutputSync({
		serializedResult,
		fdNumber,
		state,
		verboseInfo,
		encoding,
		stdioItems,
		objectMode,
	});

	const returnedResult = buffer[fdNumber] ? finalResult : undefined;

	try {
		if (state.error === undefined) {
			writeToFiles(serializedResult, stdioItems, outputFiles);
		}

		return returnedResult;
	} catch (error) {
		state.error = error;
		return returnedResult;
	}
};

// Applies transform generators to `stdout`/`stderr`
const runOutputGeneratorsSync = (chunks, stdioItems, encoding, state) => {
	try {
		return runGeneratorsSync(chunks, stdioItems, encoding, false);
	} catch (error) {
		state.error = error;
		return chunks;
	}
};

// The contents is converted to three stages:
//  - serializedResult: used when the target is a file path/URL or a file descriptor (including 'inherit')
//  - finalResult/returnedResult: returned as `result.std*`
const serializeChunks = ({chunks, objectMode, encoding, lines, stripFinalNewline, fdNumber}) => {
	if (objectMode) {
		return {serializedResult: chunks};
	}

	if (encoding === 'buffer') {
		return {serializedResult: joinToUint8Array(chunks)};
	}

	const serializedResult = joinToString(chunks, encoding);
	if (lines[fdNumber]) {
		return {serializedResult, finalResult: splitLinesSync(serializedResult, !stripFinalNewline[fdNumber], objectMode)};
	}

	return {serializedResult};
};

const logOutputSync = ({serializedResult, fdNumber, state, verboseInfo, encoding, stdioItems, objectMode}) => {
	if (!shouldLogOutput({
		stdioItems,
		encoding,
		verboseInfo,
		fdNumber,
	})) {
		return;
	}

	const linesArray = splitLinesSync(serializedResult, false, objectMode);

	try {
		logLinesSync(linesArray, fdNumber, verboseInfo);
	} catch (error) {
		state.error ??= error;
	}
};

// When the `std*` target is a file path/URL or a file descriptor
const writeToFiles = (serializedResult, stdioItems, outputFiles) => {
	for (const {path, append} of stdioItems.filter(({type}) => FILE_TYPES.has(type))) {
		const pathString = typeof path === 'string' ? path : path.toString();
		if (append || outputFiles.has(pathString)) {
			(0,external_node_fs_.appendFileSync)(path, serializedResult);
		} else {
			outputFiles.add(pathString);
			(0,external_node_fs_.writeFileSync)(path, serializedResult);
		}
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/resolve/all-sync.js



// Retrieve `result.all` with synchronous methods
const getAllSync = ([, stdout, stderr], options) => {
	if (!options.all) {
		return;
	}

	if (stdout === undefined) {
		return stderr;
	}

	if (stderr === undefined) {
		return stdout;
	}

	if (Array.isArray(stdout)) {
		return Array.isArray(stderr)
			? [...stdout, ...stderr]
			: [...stdout, stripNewline(stderr, options, 'all')];
	}

	if (Array.isArray(stderr)) {
		return [stripNewline(stdout, options, 'all'), ...stderr];
	}

	if (isUint8Array(stdout) && isUint8Array(stderr)) {
		return concatUint8Arrays([stdout, stderr]);
	}

	return `${stdout}${stderr}`;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/resolve/exit-async.js



// If `error` is emitted before `spawn`, `exit` will never be emitted.
// However, `error` might be emitted after `spawn`.
// In that case, `exit` will still be emitted.
// Since the `exit` event contains the signal name, we want to make sure we are listening for it.
// This function also takes into account the following unlikely cases:
//  - `exit` being emitted in the same microtask as `spawn`
//  - `error` being emitted multiple times
const waitForExit = async (subprocess, context) => {
	const [exitCode, signal] = await waitForExitOrError(subprocess);
	context.isForcefullyTerminated ??= false;
	return [exitCode, signal];
};

const waitForExitOrError = async subprocess => {
	const [spawnPayload, exitPayload] = await Promise.allSettled([
		(0,external_node_events_.once)(subprocess, 'spawn'),
		(0,external_node_events_.once)(subprocess, 'exit'),
	]);

	if (spawnPayload.status === 'rejected') {
		return [];
	}

	return exitPayload.status === 'rejected'
		? waitForSubprocessExit(subprocess)
		: exitPayload.value;
};

const waitForSubprocessExit = async subprocess => {
	try {
		return await (0,external_node_events_.once)(subprocess, 'exit');
	} catch {
		return waitForSubprocessExit(subprocess);
	}
};

// Retrieve the final exit code and|or signal name
const waitForSuccessfulExit = async exitPromise => {
	const [exitCode, signal] = await exitPromise;

	if (!isSubprocessErrorExit(exitCode, signal) && isFailedExit(exitCode, signal)) {
		throw new DiscardedError();
	}

	return [exitCode, signal];
};

// When the subprocess fails due to an `error` event
const isSubprocessErrorExit = (exitCode, signal) => exitCode === undefined && signal === undefined;
// When the subprocess fails due to a non-0 exit code or to a signal termination
const isFailedExit = (exitCode, signal) => exitCode !== 0 || signal !== null;

;// CONCATENATED MODULE: ./node_modules/execa/lib/resolve/exit-sync.js




// Retrieve exit code, signal name and error information, with synchronous methods
const getExitResultSync = ({error, status: exitCode, signal, output}, {maxBuffer}) => {
	const resultError = getResultError(error, exitCode, signal);
	const timedOut = resultError?.code === 'ETIMEDOUT';
	const isMaxBuffer = isMaxBufferSync(resultError, output, maxBuffer);
	return {
		resultError,
		exitCode,
		signal,
		timedOut,
		isMaxBuffer,
	};
};

const getResultError = (error, exitCode, signal) => {
	if (error !== undefined) {
		return error;
	}

	return isFailedExit(exitCode, signal) ? new DiscardedError() : undefined;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/methods/main-sync.js














// Main shared logic for all sync methods: `execaSync()`, `$.sync()`
const execaCoreSync = (rawFile, rawArguments, rawOptions) => {
	const {file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors} = handleSyncArguments(rawFile, rawArguments, rawOptions);
	const result = spawnSubprocessSync({
		file,
		commandArguments,
		options,
		command,
		escapedCommand,
		verboseInfo,
		fileDescriptors,
		startTime,
	});
	return handleResult(result, verboseInfo, options);
};

// Compute arguments to pass to `child_process.spawnSync()`
const handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
	const {command, escapedCommand, startTime, verboseInfo} = handleCommand(rawFile, rawArguments, rawOptions);
	const syncOptions = normalizeSyncOptions(rawOptions);
	const {file, commandArguments, options} = normalizeOptions(rawFile, rawArguments, syncOptions);
	validateSyncOptions(options);
	const fileDescriptors = handleStdioSync(options, verboseInfo);
	return {
		file,
		commandArguments,
		command,
		escapedCommand,
		startTime,
		verboseInfo,
		options,
		fileDescriptors,
	};
};

// Options normalization logic specific to sync methods
const normalizeSyncOptions = options => options.node && !options.ipc ? {...options, ipc: false} : options;

// Options validation logic specific to sync methods
const validateSyncOptions = ({ipc, ipcInput, detached, cancelSignal}) => {
	if (ipcInput) {
		throwInvalidSyncOption('ipcInput');
	}

	if (ipc) {
		throwInvalidSyncOption('ipc: true');
	}

	if (detached) {
		throwInvalidSyncOption('detached: true');
	}

	if (cancelSignal) {
		throwInvalidSyncOption('cancelSignal');
	}
};

const throwInvalidSyncOption = value => {
	throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
};

const spawnSubprocessSync = ({file, commandArguments, options, command, escapedCommand, verboseInfo, fileDescriptors, startTime}) => {
	const syncResult = runSubprocessSync({
		file,
		commandArguments,
		options,
		command,
		escapedCommand,
		fileDescriptors,
		startTime,
	});
	if (syncResult.failed) {
		return syncResult;
	}

	const {resultError, exitCode, signal, timedOut, isMaxBuffer} = getExitResultSync(syncResult, options);
	const {output, error = resultError} = transformOutputSync({
		fileDescriptors,
		syncResult,
		options,
		isMaxBuffer,
		verboseInfo,
	});
	const stdio = output.map((stdioOutput, fdNumber) => stripNewline(stdioOutput, options, fdNumber));
	const all = stripNewline(getAllSync(output, options), options, 'all');
	return getSyncResult({
		error,
		exitCode,
		signal,
		timedOut,
		isMaxBuffer,
		stdio,
		all,
		options,
		command,
		escapedCommand,
		startTime,
	});
};

const runSubprocessSync = ({file, commandArguments, options, command, escapedCommand, fileDescriptors, startTime}) => {
	try {
		addInputOptionsSync(fileDescriptors, options);
		const normalizedOptions = normalizeSpawnSyncOptions(options);
		return (0,external_node_child_process_.spawnSync)(...concatenateShell(file, commandArguments, normalizedOptions));
	} catch (error) {
		return makeEarlyError({
			error,
			command,
			escapedCommand,
			fileDescriptors,
			options,
			startTime,
			isSync: true,
		});
	}
};

// The `encoding` option is handled by Execa, not by `child_process.spawnSync()`
const normalizeSpawnSyncOptions = ({encoding, maxBuffer, ...options}) => ({...options, encoding: 'buffer', maxBuffer: getMaxBufferSync(maxBuffer)});

const getSyncResult = ({error, exitCode, signal, timedOut, isMaxBuffer, stdio, all, options, command, escapedCommand, startTime}) => error === undefined
	? makeSuccessResult({
		command,
		escapedCommand,
		stdio,
		all,
		ipcOutput: [],
		options,
		startTime,
	})
	: makeError({
		error,
		command,
		escapedCommand,
		timedOut,
		isCanceled: false,
		isGracefullyCanceled: false,
		isMaxBuffer,
		isForcefullyTerminated: false,
		exitCode,
		signal,
		stdio,
		all,
		ipcOutput: [],
		options,
		startTime,
		isSync: true,
	});

;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/get-one.js





// Like `[sub]process.once('message')` but promise-based
const getOneMessage = ({anyProcess, channel, isSubprocess, ipc}, {reference = true, filter} = {}) => {
	validateIpcMethod({
		methodName: 'getOneMessage',
		isSubprocess,
		ipc,
		isConnected: isConnected(anyProcess),
	});

	return getOneMessageAsync({
		anyProcess,
		channel,
		isSubprocess,
		filter,
		reference,
	});
};

const getOneMessageAsync = async ({anyProcess, channel, isSubprocess, filter, reference}) => {
	addReference(channel, reference);
	const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
	const controller = new AbortController();
	try {
		return await Promise.race([
			getMessage(ipcEmitter, filter, controller),
			get_one_throwOnDisconnect(ipcEmitter, isSubprocess, controller),
			throwOnStrictError(ipcEmitter, isSubprocess, controller),
		]);
	} catch (error) {
		disconnect(anyProcess);
		throw error;
	} finally {
		controller.abort();
		removeReference(channel, reference);
	}
};

const getMessage = async (ipcEmitter, filter, {signal}) => {
	if (filter === undefined) {
		const [message] = await (0,external_node_events_.once)(ipcEmitter, 'message', {signal});
		return message;
	}

	for await (const [message] of (0,external_node_events_.on)(ipcEmitter, 'message', {signal})) {
		if (filter(message)) {
			return message;
		}
	}
};

const get_one_throwOnDisconnect = async (ipcEmitter, isSubprocess, {signal}) => {
	await (0,external_node_events_.once)(ipcEmitter, 'disconnect', {signal});
	throwOnEarlyDisconnect(isSubprocess);
};

const throwOnStrictError = async (ipcEmitter, isSubprocess, {signal}) => {
	const [error] = await (0,external_node_events_.once)(ipcEmitter, 'strict:error', {signal});
	throw getStrictResponseError(error, isSubprocess);
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/get-each.js





// Like `[sub]process.on('message')` but promise-based
const getEachMessage = ({anyProcess, channel, isSubprocess, ipc}, {reference = true} = {}) => loopOnMessages({
	anyProcess,
	channel,
	isSubprocess,
	ipc,
	shouldAwait: !isSubprocess,
	reference,
});

// Same but used internally
const loopOnMessages = ({anyProcess, channel, isSubprocess, ipc, shouldAwait, reference}) => {
	validateIpcMethod({
		methodName: 'getEachMessage',
		isSubprocess,
		ipc,
		isConnected: isConnected(anyProcess),
	});

	addReference(channel, reference);
	const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
	const controller = new AbortController();
	const state = {};
	stopOnDisconnect(anyProcess, ipcEmitter, controller);
	abortOnStrictError({
		ipcEmitter,
		isSubprocess,
		controller,
		state,
	});
	return iterateOnMessages({
		anyProcess,
		channel,
		ipcEmitter,
		isSubprocess,
		shouldAwait,
		controller,
		state,
		reference,
	});
};

const stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
	try {
		await (0,external_node_events_.once)(ipcEmitter, 'disconnect', {signal: controller.signal});
		controller.abort();
	} catch {}
};

const abortOnStrictError = async ({ipcEmitter, isSubprocess, controller, state}) => {
	try {
		const [error] = await (0,external_node_events_.once)(ipcEmitter, 'strict:error', {signal: controller.signal});
		state.error = getStrictResponseError(error, isSubprocess);
		controller.abort();
	} catch {}
};

const iterateOnMessages = async function * ({anyProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference}) {
	try {
		for await (const [message] of (0,external_node_events_.on)(ipcEmitter, 'message', {signal: controller.signal})) {
			throwIfStrictError(state);
			yield message;
		}
	} catch {
		throwIfStrictError(state);
	} finally {
		controller.abort();
		removeReference(channel, reference);

		if (!isSubprocess) {
			disconnect(anyProcess);
		}

		if (shouldAwait) {
			await anyProcess;
		}
	}
};

const throwIfStrictError = ({error}) => {
	if (error) {
		throw error;
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/methods.js






// Add promise-based IPC methods in current process
const addIpcMethods = (subprocess, {ipc}) => {
	Object.assign(subprocess, getIpcMethods(subprocess, false, ipc));
};

// Get promise-based IPC in the subprocess
const getIpcExport = () => {
	const anyProcess = external_node_process_;
	const isSubprocess = true;
	const ipc = external_node_process_.channel !== undefined;

	return {
		...getIpcMethods(anyProcess, isSubprocess, ipc),
		getCancelSignal: getCancelSignal.bind(undefined, {
			anyProcess,
			channel: anyProcess.channel,
			isSubprocess,
			ipc,
		}),
	};
};

// Retrieve the `ipc` shared by both the current process and the subprocess
const getIpcMethods = (anyProcess, isSubprocess, ipc) => ({
	sendMessage: sendMessage.bind(undefined, {
		anyProcess,
		channel: anyProcess.channel,
		isSubprocess,
		ipc,
	}),
	getOneMessage: getOneMessage.bind(undefined, {
		anyProcess,
		channel: anyProcess.channel,
		isSubprocess,
		ipc,
	}),
	getEachMessage: getEachMessage.bind(undefined, {
		anyProcess,
		channel: anyProcess.channel,
		isSubprocess,
		ipc,
	}),
});

;// CONCATENATED MODULE: ./node_modules/execa/lib/return/early-error.js






// When the subprocess fails to spawn.
// We ensure the returned error is always both a promise and a subprocess.
const handleEarlyError = ({error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo}) => {
	cleanupCustomStreams(fileDescriptors);

	const subprocess = new external_node_child_process_.ChildProcess();
	createDummyStreams(subprocess, fileDescriptors);
	Object.assign(subprocess, {readable, writable, duplex});

	const earlyError = makeEarlyError({
		error,
		command,
		escapedCommand,
		fileDescriptors,
		options,
		startTime,
		isSync: false,
	});
	const promise = handleDummyPromise(earlyError, verboseInfo, options);
	return {subprocess, promise};
};

const createDummyStreams = (subprocess, fileDescriptors) => {
	const stdin = createDummyStream();
	const stdout = createDummyStream();
	const stderr = createDummyStream();
	const extraStdio = Array.from({length: fileDescriptors.length - 3}, createDummyStream);
	const all = createDummyStream();
	const stdio = [stdin, stdout, stderr, ...extraStdio];
	Object.assign(subprocess, {
		stdin,
		stdout,
		stderr,
		all,
		stdio,
	});
};

const createDummyStream = () => {
	const stream = new external_node_stream_.PassThrough();
	stream.end();
	return stream;
};

const readable = () => new external_node_stream_.Readable({read() {}});
const writable = () => new external_node_stream_.Writable({write() {}});
const duplex = () => new external_node_stream_.Duplex({read() {}, write() {}});

const handleDummyPromise = async (error, verboseInfo, options) => handleResult(error, verboseInfo, options);

;// CONCATENATED MODULE: ./node_modules/execa/lib/stdio/handle-async.js







// Handle `input`, `inputFile`, `stdin`, `stdout` and `stderr` options, before spawning, in async mode
const handleStdioAsync = (options, verboseInfo) => handleStdio(addPropertiesAsync, options, verboseInfo, false);

const forbiddenIfAsync = ({type, optionName}) => {
	throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
};

// Create streams used internally for piping when using specific values for the `std*` options, in async mode.
// For example, `stdout: {file}` creates a file stream, which is piped from/to.
const handle_async_addProperties = {
	fileNumber: forbiddenIfAsync,
	generator: generatorToStream,
	asyncGenerator: generatorToStream,
	nodeStream: ({value}) => ({stream: value}),
	webTransform({value: {transform, writableObjectMode, readableObjectMode}}) {
		const objectMode = writableObjectMode || readableObjectMode;
		const stream = external_node_stream_.Duplex.fromWeb(transform, {objectMode});
		return {stream};
	},
	duplex: ({value: {transform}}) => ({stream: transform}),
	native() {},
};

const addPropertiesAsync = {
	input: {
		...handle_async_addProperties,
		fileUrl: ({value}) => ({stream: (0,external_node_fs_.createReadStream)(value)}),
		filePath: ({value: {file}}) => ({stream: (0,external_node_fs_.createReadStream)(file)}),
		webStream: ({value}) => ({stream: external_node_stream_.Readable.fromWeb(value)}),
		iterable: ({value}) => ({stream: external_node_stream_.Readable.from(value)}),
		asyncIterable: ({value}) => ({stream: external_node_stream_.Readable.from(value)}),
		string: ({value}) => ({stream: external_node_stream_.Readable.from(value)}),
		uint8Array: ({value}) => ({stream: external_node_stream_.Readable.from(external_node_buffer_.Buffer.from(value))}),
	},
	output: {
		...handle_async_addProperties,
		fileUrl: ({value}) => ({stream: (0,external_node_fs_.createWriteStream)(value)}),
		filePath: ({value: {file, append}}) => ({stream: (0,external_node_fs_.createWriteStream)(file, append ? {flags: 'a'} : {})}),
		webStream: ({value}) => ({stream: external_node_stream_.Writable.fromWeb(value)}),
		iterable: forbiddenIfAsync,
		asyncIterable: forbiddenIfAsync,
		string: forbiddenIfAsync,
		uint8Array: forbiddenIfAsync,
	},
};

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./node_modules/@sindresorhus/merge-streams/index.js




function mergeStreams(streams) {
	if (!Array.isArray(streams)) {
		throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
	}

	for (const stream of streams) {
		validateStream(stream);
	}

	const objectMode = streams.some(({readableObjectMode}) => readableObjectMode);
	const highWaterMark = getHighWaterMark(streams, objectMode);
	const passThroughStream = new MergedStream({
		objectMode,
		writableHighWaterMark: highWaterMark,
		readableHighWaterMark: highWaterMark,
	});

	for (const stream of streams) {
		passThroughStream.add(stream);
	}

	return passThroughStream;
}

const getHighWaterMark = (streams, objectMode) => {
	if (streams.length === 0) {
		return (0,external_node_stream_.getDefaultHighWaterMark)(objectMode);
	}

	const highWaterMarks = streams
		.filter(({readableObjectMode}) => readableObjectMode === objectMode)
		.map(({readableHighWaterMark}) => readableHighWaterMark);
	return Math.max(...highWaterMarks);
};

class MergedStream extends external_node_stream_.PassThrough {
	#streams = new Set([]);
	#ended = new Set([]);
	#aborted = new Set([]);
	#onFinished;
	#unpipeEvent = Symbol('unpipe');
	#streamPromises = new WeakMap();

	add(stream) {
		validateStream(stream);

		if (this.#streams.has(stream)) {
			return;
		}

		this.#streams.add(stream);

		this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
		const streamPromise = endWhenStreamsDone({
			passThroughStream: this,
			stream,
			streams: this.#streams,
			ended: this.#ended,
			aborted: this.#aborted,
			onFinished: this.#onFinished,
			unpipeEvent: this.#unpipeEvent,
		});
		this.#streamPromises.set(stream, streamPromise);

		stream.pipe(this, {end: false});
	}

	async remove(stream) {
		validateStream(stream);

		if (!this.#streams.has(stream)) {
			return false;
		}

		const streamPromise = this.#streamPromises.get(stream);
		if (streamPromise === undefined) {
			return false;
		}

		this.#streamPromises.delete(stream);

		stream.unpipe(this);
		await streamPromise;
		return true;
	}
}

const onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
	updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
	const controller = new AbortController();

	try {
		await Promise.race([
			onMergedStreamEnd(passThroughStream, controller),
			onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller),
		]);
	} finally {
		controller.abort();
		updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
	}
};

const onMergedStreamEnd = async (passThroughStream, {signal}) => {
	try {
		await (0,external_node_stream_promises_.finished)(passThroughStream, {signal, cleanup: true});
	} catch (error) {
		errorOrAbortStream(passThroughStream, error);
		throw error;
	}
};

const onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, {signal}) => {
	for await (const [unpipedStream] of (0,external_node_events_.on)(passThroughStream, 'unpipe', {signal})) {
		if (streams.has(unpipedStream)) {
			unpipedStream.emit(unpipeEvent);
		}
	}
};

const validateStream = stream => {
	if (typeof stream?.pipe !== 'function') {
		throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
	}
};

const endWhenStreamsDone = async ({passThroughStream, stream, streams, ended, aborted, onFinished, unpipeEvent}) => {
	updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
	const controller = new AbortController();

	try {
		await Promise.race([
			afterMergedStreamFinished(onFinished, stream, controller),
			onInputStreamEnd({
				passThroughStream,
				stream,
				streams,
				ended,
				aborted,
				controller,
			}),
			onInputStreamUnpipe({
				stream,
				streams,
				ended,
				aborted,
				unpipeEvent,
				controller,
			}),
		]);
	} finally {
		controller.abort();
		updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
	}

	if (streams.size > 0 && streams.size === ended.size + aborted.size) {
		if (ended.size === 0 && aborted.size > 0) {
			abortStream(passThroughStream);
		} else {
			endStream(passThroughStream);
		}
	}
};

const afterMergedStreamFinished = async (onFinished, stream, {signal}) => {
	try {
		await onFinished;
		if (!signal.aborted) {
			abortStream(stream);
		}
	} catch (error) {
		if (!signal.aborted) {
			errorOrAbortStream(stream, error);
		}
	}
};

const onInputStreamEnd = async ({passThroughStream, stream, streams, ended, aborted, controller: {signal}}) => {
	try {
		await (0,external_node_stream_promises_.finished)(stream, {
			signal,
			cleanup: true,
			readable: true,
			writable: false,
		});
		if (streams.has(stream)) {
			ended.add(stream);
		}
	} catch (error) {
		if (signal.aborted || !streams.has(stream)) {
			return;
		}

		if (isAbortError(error)) {
			aborted.add(stream);
		} else {
			errorStream(passThroughStream, error);
		}
	}
};

const onInputStreamUnpipe = async ({stream, streams, ended, aborted, unpipeEvent, controller: {signal}}) => {
	await (0,external_node_events_.once)(stream, unpipeEvent, {signal});

	if (!stream.readable) {
		return (0,external_node_events_.once)(signal, 'abort', {signal});
	}

	streams.delete(stream);
	ended.delete(stream);
	aborted.delete(stream);
};

const endStream = stream => {
	if (stream.writable) {
		stream.end();
	}
};

const errorOrAbortStream = (stream, error) => {
	if (isAbortError(error)) {
		abortStream(stream);
	} else {
		errorStream(stream, error);
	}
};

// This is the error thrown by `finished()` on `stream.destroy()`
const isAbortError = error => error?.code === 'ERR_STREAM_PREMATURE_CLOSE';

const abortStream = stream => {
	if (stream.readable || stream.writable) {
		stream.destroy();
	}
};

// `stream.destroy(error)` crashes the process with `uncaughtException` if no `error` event listener exists on `stream`.
// We take care of error handling on user behalf, so we do not want this to happen.
const errorStream = (stream, error) => {
	if (!stream.destroyed) {
		stream.once('error', noop);
		stream.destroy(error);
	}
};

const noop = () => {};

const updateMaxListeners = (passThroughStream, increment) => {
	const maxListeners = passThroughStream.getMaxListeners();
	if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
		passThroughStream.setMaxListeners(maxListeners + increment);
	}
};

// Number of times `passThroughStream.on()` is called regardless of streams:
//  - once due to `finished(passThroughStream)`
//  - once due to `on(passThroughStream)`
const PASSTHROUGH_LISTENERS_COUNT = 2;

// Number of times `passThroughStream.on()` is called per stream:
//  - once due to `stream.pipe(passThroughStream)`
const PASSTHROUGH_LISTENERS_PER_STREAM = 1;

;// CONCATENATED MODULE: ./node_modules/execa/lib/io/pipeline.js



// Similar to `Stream.pipeline(source, destination)`, but does not destroy standard streams
const pipeStreams = (source, destination) => {
	source.pipe(destination);
	onSourceFinish(source, destination);
	onDestinationFinish(source, destination);
};

// `source.pipe(destination)` makes `destination` end when `source` ends.
// But it does not propagate aborts or errors. This function does it.
const onSourceFinish = async (source, destination) => {
	if (isStandardStream(source) || isStandardStream(destination)) {
		return;
	}

	try {
		await (0,external_node_stream_promises_.finished)(source, {cleanup: true, readable: true, writable: false});
	} catch {}

	endDestinationStream(destination);
};

const endDestinationStream = destination => {
	if (destination.writable) {
		destination.end();
	}
};

// We do the same thing in the other direction as well.
const onDestinationFinish = async (source, destination) => {
	if (isStandardStream(source) || isStandardStream(destination)) {
		return;
	}

	try {
		await (0,external_node_stream_promises_.finished)(destination, {cleanup: true, readable: false, writable: true});
	} catch {}

	abortSourceStream(source);
};

const abortSourceStream = source => {
	if (source.readable) {
		source.destroy();
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/io/output-async.js






// Handle `input`, `inputFile`, `stdin`, `stdout` and `stderr` options, after spawning, in async mode
// When multiple input streams are used, we merge them to ensure the output stream ends only once each input stream has ended
const pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
	const pipeGroups = new Map();

	for (const [fdNumber, {stdioItems, direction}] of Object.entries(fileDescriptors)) {
		for (const {stream} of stdioItems.filter(({type}) => TRANSFORM_TYPES.has(type))) {
			pipeTransform(subprocess, stream, direction, fdNumber);
		}

		for (const {stream} of stdioItems.filter(({type}) => !TRANSFORM_TYPES.has(type))) {
			pipeStdioItem({
				subprocess,
				stream,
				direction,
				fdNumber,
				pipeGroups,
				controller,
			});
		}
	}

	for (const [outputStream, inputStreams] of pipeGroups.entries()) {
		const inputStream = inputStreams.length === 1 ? inputStreams[0] : mergeStreams(inputStreams);
		pipeStreams(inputStream, outputStream);
	}
};

// When using transforms, `subprocess.stdin|stdout|stderr|stdio` is directly mutated
const pipeTransform = (subprocess, stream, direction, fdNumber) => {
	if (direction === 'output') {
		pipeStreams(subprocess.stdio[fdNumber], stream);
	} else {
		pipeStreams(stream, subprocess.stdio[fdNumber]);
	}

	const streamProperty = SUBPROCESS_STREAM_PROPERTIES[fdNumber];
	if (streamProperty !== undefined) {
		subprocess[streamProperty] = stream;
	}

	subprocess.stdio[fdNumber] = stream;
};

const SUBPROCESS_STREAM_PROPERTIES = ['stdin', 'stdout', 'stderr'];

// Most `std*` option values involve piping `subprocess.std*` to a stream.
// The stream is either passed by the user or created internally.
const pipeStdioItem = ({subprocess, stream, direction, fdNumber, pipeGroups, controller}) => {
	if (stream === undefined) {
		return;
	}

	setStandardStreamMaxListeners(stream, controller);

	const [inputStream, outputStream] = direction === 'output'
		? [stream, subprocess.stdio[fdNumber]]
		: [subprocess.stdio[fdNumber], stream];
	const outputStreams = pipeGroups.get(inputStream) ?? [];
	pipeGroups.set(inputStream, [...outputStreams, outputStream]);
};

// Multiple subprocesses might be piping from/to `process.std*` at the same time.
// This is not necessarily an error and should not print a `maxListeners` warning.
const setStandardStreamMaxListeners = (stream, {signal}) => {
	if (isStandardStream(stream)) {
		incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
	}
};

// `source.pipe(destination)` adds at most 1 listener for each event.
// If `stdin` option is an array, the values might be combined with `merge-streams`.
// That library also listens for `source` end, which adds 1 more listener.
const MAX_LISTENERS_INCREMENT = 2;

;// CONCATENATED MODULE: ./node_modules/signal-exit/dist/mjs/signals.js
/**
 * This is not the set of all possible signals.
 *
 * It IS, however, the set of all signals that trigger
 * an exit on either Linux or BSD systems.  Linux is a
 * superset of the signal names supported on BSD, and
 * the unknown signals just fail to register, so we can
 * catch that easily enough.
 *
 * Windows signals are a different set, since there are
 * signals that terminate Windows processes, but don't
 * terminate (or don't even exist) on Posix systems.
 *
 * Don't bother with SIGKILL.  It's uncatchable, which
 * means that we can't fire any callbacks anyway.
 *
 * If a user does happen to register a handler on a non-
 * fatal signal like SIGWINCH or something, and then
 * exit, it'll end up firing `process.emit('exit')`, so
 * the handler will be fired anyway.
 *
 * SIGBUS, SIGFPE, SIGSEGV and SIGILL, when not raised
 * artificially, inherently leave the process in a
 * state from which it is not safe to try and enter JS
 * listeners.
 */
const signals = [];
signals.push('SIGHUP', 'SIGINT', 'SIGTERM');
if (process.platform !== 'win32') {
    signals.push('SIGALRM', 'SIGABRT', 'SIGVTALRM', 'SIGXCPU', 'SIGXFSZ', 'SIGUSR2', 'SIGTRAP', 'SIGSYS', 'SIGQUIT', 'SIGIOT'
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
    );
}
if (process.platform === 'linux') {
    signals.push('SIGIO', 'SIGPOLL', 'SIGPWR', 'SIGSTKFLT');
}
//# sourceMappingURL=signals.js.map
;// CONCATENATED MODULE: ./node_modules/signal-exit/dist/mjs/index.js
// Note: since nyc uses this module to output coverage, any lines
// that are in the direct sync flow of nyc's outputCoverage are
// ignored, since we can never get coverage for them.
// grab a reference to node's real process object right away


const processOk = (process) => !!process &&
    typeof process === 'object' &&
    typeof process.removeListener === 'function' &&
    typeof process.emit === 'function' &&
    typeof process.reallyExit === 'function' &&
    typeof process.listeners === 'function' &&
    typeof process.kill === 'function' &&
    typeof process.pid === 'number' &&
    typeof process.on === 'function';
const kExitEmitter = Symbol.for('signal-exit emitter');
const global = globalThis;
const ObjectDefineProperty = Object.defineProperty.bind(Object);
// teeny special purpose ee
class Emitter {
    emitted = {
        afterExit: false,
        exit: false,
    };
    listeners = {
        afterExit: [],
        exit: [],
    };
    count = 0;
    id = Math.random();
    constructor() {
        if (global[kExitEmitter]) {
            return global[kExitEmitter];
        }
        ObjectDefineProperty(global, kExitEmitter, {
            value: this,
            writable: false,
            enumerable: false,
            configurable: false,
        });
    }
    on(ev, fn) {
        this.listeners[ev].push(fn);
    }
    removeListener(ev, fn) {
        const list = this.listeners[ev];
        const i = list.indexOf(fn);
        /* c8 ignore start */
        if (i === -1) {
            return;
        }
        /* c8 ignore stop */
        if (i === 0 && list.length === 1) {
            list.length = 0;
        }
        else {
            list.splice(i, 1);
        }
    }
    emit(ev, code, signal) {
        if (this.emitted[ev]) {
            return false;
        }
        this.emitted[ev] = true;
        let ret = false;
        for (const fn of this.listeners[ev]) {
            ret = fn(code, signal) === true || ret;
        }
        if (ev === 'exit') {
            ret = this.emit('afterExit', code, signal) || ret;
        }
        return ret;
    }
}
class SignalExitBase {
}
const signalExitWrap = (handler) => {
    return {
        onExit(cb, opts) {
            return handler.onExit(cb, opts);
        },
        load() {
            return handler.load();
        },
        unload() {
            return handler.unload();
        },
    };
};
class SignalExitFallback extends SignalExitBase {
    onExit() {
        return () => { };
    }
    load() { }
    unload() { }
}
class SignalExit extends SignalExitBase {
    // "SIGHUP" throws an `ENOSYS` error on Windows,
    // so use a supported signal instead
    /* c8 ignore start */
    #hupSig = mjs_process.platform === 'win32' ? 'SIGINT' : 'SIGHUP';
    /* c8 ignore stop */
    #emitter = new Emitter();
    #process;
    #originalProcessEmit;
    #originalProcessReallyExit;
    #sigListeners = {};
    #loaded = false;
    constructor(process) {
        super();
        this.#process = process;
        // { <signal>: <listener fn>, ... }
        this.#sigListeners = {};
        for (const sig of signals) {
            this.#sigListeners[sig] = () => {
                // If there are no other listeners, an exit is coming!
                // Simplest way: remove us and then re-send the signal.
                // We know that this will kill the process, so we can
                // safely emit now.
                const listeners = this.#process.listeners(sig);
                let { count } = this.#emitter;
                // This is a workaround for the fact that signal-exit v3 and signal
                // exit v4 are not aware of each other, and each will attempt to let
                // the other handle it, so neither of them do. To correct this, we
                // detect if we're the only handler *except* for previous versions
                // of signal-exit, and increment by the count of listeners it has
                // created.
                /* c8 ignore start */
                const p = process;
                if (typeof p.__signal_exit_emitter__ === 'object' &&
                    typeof p.__signal_exit_emitter__.count === 'number') {
                    count += p.__signal_exit_emitter__.count;
                }
                /* c8 ignore stop */
                if (listeners.length === count) {
                    this.unload();
                    const ret = this.#emitter.emit('exit', null, sig);
                    /* c8 ignore start */
                    const s = sig === 'SIGHUP' ? this.#hupSig : sig;
                    if (!ret)
                        process.kill(process.pid, s);
                    /* c8 ignore stop */
                }
            };
        }
        this.#originalProcessReallyExit = process.reallyExit;
        this.#originalProcessEmit = process.emit;
    }
    onExit(cb, opts) {
        /* c8 ignore start */
        if (!processOk(this.#process)) {
            return () => { };
        }
        /* c8 ignore stop */
        if (this.#loaded === false) {
            this.load();
        }
        const ev = opts?.alwaysLast ? 'afterExit' : 'exit';
        this.#emitter.on(ev, cb);
        return () => {
            this.#emitter.removeListener(ev, cb);
            if (this.#emitter.listeners['exit'].length === 0 &&
                this.#emitter.listeners['afterExit'].length === 0) {
                this.unload();
            }
        };
    }
    load() {
        if (this.#loaded) {
            return;
        }
        this.#loaded = true;
        // This is the number of onSignalExit's that are in play.
        // It's important so that we can count the correct number of
        // listeners on signals, and don't wait for the other one to
        // handle it instead of us.
        this.#emitter.count += 1;
        for (const sig of signals) {
            try {
                const fn = this.#sigListeners[sig];
                if (fn)
                    this.#process.on(sig, fn);
            }
            catch (_) { }
        }
        this.#process.emit = (ev, ...a) => {
            return this.#processEmit(ev, ...a);
        };
        this.#process.reallyExit = (code) => {
            return this.#processReallyExit(code);
        };
    }
    unload() {
        if (!this.#loaded) {
            return;
        }
        this.#loaded = false;
        signals.forEach(sig => {
            const listener = this.#sigListeners[sig];
            /* c8 ignore start */
            if (!listener) {
                throw new Error('Listener not defined for signal: ' + sig);
            }
            /* c8 ignore stop */
            try {
                this.#process.removeListener(sig, listener);
                /* c8 ignore start */
            }
            catch (_) { }
            /* c8 ignore stop */
        });
        this.#process.emit = this.#originalProcessEmit;
        this.#process.reallyExit = this.#originalProcessReallyExit;
        this.#emitter.count -= 1;
    }
    #processReallyExit(code) {
        /* c8 ignore start */
        if (!processOk(this.#process)) {
            return 0;
        }
        this.#process.exitCode = code || 0;
        /* c8 ignore stop */
        this.#emitter.emit('exit', this.#process.exitCode, null);
        return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
    }
    #processEmit(ev, ...args) {
        const og = this.#originalProcessEmit;
        if (ev === 'exit' && processOk(this.#process)) {
            if (typeof args[0] === 'number') {
                this.#process.exitCode = args[0];
                /* c8 ignore start */
            }
            /* c8 ignore start */
            const ret = og.call(this.#process, ev, ...args);
            /* c8 ignore start */
            this.#emitter.emit('exit', this.#process.exitCode, null);
            /* c8 ignore stop */
            return ret;
        }
        else {
            return og.call(this.#process, ev, ...args);
        }
    }
}
const mjs_process = globalThis.process;
// wrap so that we call the method on the actual handler, without
// exporting it directly.
const { 
/**
 * Called when the process is exiting, whether via signal, explicit
 * exit, or running out of stuff to do.
 *
 * If the global process object is not suitable for instrumentation,
 * then this will be a no-op.
 *
 * Returns a function that may be used to unload signal-exit.
 */
onExit, 
/**
 * Load the listeners.  Likely you never need to call this, unless
 * doing a rather deep integration with signal-exit functionality.
 * Mostly exposed for the benefit of testing.
 *
 * @internal
 */
load, 
/**
 * Unload the listeners.  Likely you never need to call this, unless
 * doing a rather deep integration with signal-exit functionality.
 * Mostly exposed for the benefit of testing.
 *
 * @internal
 */
unload, } = signalExitWrap(processOk(mjs_process) ? new SignalExit(mjs_process) : new SignalExitFallback());
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/execa/lib/terminate/cleanup.js



// If the `cleanup` option is used, call `subprocess.kill()` when the parent process exits
const cleanupOnExit = (subprocess, {cleanup, detached}, {signal}) => {
	if (!cleanup || detached) {
		return;
	}

	const removeExitHandler = onExit(() => {
		subprocess.kill();
	});
	(0,external_node_events_.addAbortListener)(signal, () => {
		removeExitHandler();
	});
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/pipe/pipe-arguments.js





// Normalize and validate arguments passed to `source.pipe(destination)`
const normalizePipeArguments = ({source, sourcePromise, boundOptions, createNested}, ...pipeArguments) => {
	const startTime = getStartTime();
	const {
		destination,
		destinationStream,
		destinationError,
		from,
		unpipeSignal,
	} = getDestinationStream(boundOptions, createNested, pipeArguments);
	const {sourceStream, sourceError} = getSourceStream(source, from);
	const {options: sourceOptions, fileDescriptors} = SUBPROCESS_OPTIONS.get(source);
	return {
		sourcePromise,
		sourceStream,
		sourceOptions,
		sourceError,
		destination,
		destinationStream,
		destinationError,
		unpipeSignal,
		fileDescriptors,
		startTime,
	};
};

const getDestinationStream = (boundOptions, createNested, pipeArguments) => {
	try {
		const {
			destination,
			pipeOptions: {from, to, unpipeSignal} = {},
		} = getDestination(boundOptions, createNested, ...pipeArguments);
		const destinationStream = getToStream(destination, to);
		return {
			destination,
			destinationStream,
			from,
			unpipeSignal,
		};
	} catch (error) {
		return {destinationError: error};
	}
};

// Piping subprocesses can use three syntaxes:
//  - source.pipe('command', commandArguments, pipeOptionsOrDestinationOptions)
//  - source.pipe`command commandArgument` or source.pipe(pipeOptionsOrDestinationOptions)`command commandArgument`
//  - source.pipe(execa(...), pipeOptions)
const getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
	if (Array.isArray(firstArgument)) {
		const destination = createNested(mapDestinationArguments, boundOptions)(firstArgument, ...pipeArguments);
		return {destination, pipeOptions: boundOptions};
	}

	if (typeof firstArgument === 'string' || firstArgument instanceof URL || isDenoExecPath(firstArgument)) {
		if (Object.keys(boundOptions).length > 0) {
			throw new TypeError('Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).');
		}

		const [rawFile, rawArguments, rawOptions] = normalizeParameters(firstArgument, ...pipeArguments);
		const destination = createNested(mapDestinationArguments)(rawFile, rawArguments, rawOptions);
		return {destination, pipeOptions: rawOptions};
	}

	if (SUBPROCESS_OPTIONS.has(firstArgument)) {
		if (Object.keys(boundOptions).length > 0) {
			throw new TypeError('Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).');
		}

		return {destination: firstArgument, pipeOptions: pipeArguments[0]};
	}

	throw new TypeError(`The first argument must be a template string, an options object, or an Execa subprocess: ${firstArgument}`);
};

// Force `stdin: 'pipe'` with the destination subprocess
const mapDestinationArguments = ({options}) => ({options: {...options, stdin: 'pipe', piped: true}});

const getSourceStream = (source, from) => {
	try {
		const sourceStream = getFromStream(source, from);
		return {sourceStream};
	} catch (error) {
		return {sourceError: error};
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/pipe/throw.js



// When passing invalid arguments to `source.pipe()`, throw asynchronously.
// We also abort both subprocesses.
const handlePipeArgumentsError = ({
	sourceStream,
	sourceError,
	destinationStream,
	destinationError,
	fileDescriptors,
	sourceOptions,
	startTime,
}) => {
	const error = getPipeArgumentsError({
		sourceStream,
		sourceError,
		destinationStream,
		destinationError,
	});
	if (error !== undefined) {
		throw createNonCommandError({
			error,
			fileDescriptors,
			sourceOptions,
			startTime,
		});
	}
};

const getPipeArgumentsError = ({sourceStream, sourceError, destinationStream, destinationError}) => {
	if (sourceError !== undefined && destinationError !== undefined) {
		return destinationError;
	}

	if (destinationError !== undefined) {
		abortSourceStream(sourceStream);
		return destinationError;
	}

	if (sourceError !== undefined) {
		endDestinationStream(destinationStream);
		return sourceError;
	}
};

// Specific error return value when passing invalid arguments to `subprocess.pipe()` or when using `unpipeSignal`
const createNonCommandError = ({error, fileDescriptors, sourceOptions, startTime}) => makeEarlyError({
	error,
	command: PIPE_COMMAND_MESSAGE,
	escapedCommand: PIPE_COMMAND_MESSAGE,
	fileDescriptors,
	options: sourceOptions,
	startTime,
	isSync: false,
});

const PIPE_COMMAND_MESSAGE = 'source.pipe(destination)';

;// CONCATENATED MODULE: ./node_modules/execa/lib/pipe/sequence.js
// Like Bash, we await both subprocesses. This is unlike some other shells which only await the destination subprocess.
// Like Bash with the `pipefail` option, if either subprocess fails, the whole pipe fails.
// Like Bash, if both subprocesses fail, we return the failure of the destination.
// This ensures both subprocesses' errors are present, using `error.pipedFrom`.
const waitForBothSubprocesses = async subprocessPromises => {
	const [
		{status: sourceStatus, reason: sourceReason, value: sourceResult = sourceReason},
		{status: destinationStatus, reason: destinationReason, value: destinationResult = destinationReason},
	] = await subprocessPromises;

	if (!destinationResult.pipedFrom.includes(sourceResult)) {
		destinationResult.pipedFrom.push(sourceResult);
	}

	if (destinationStatus === 'rejected') {
		throw destinationResult;
	}

	if (sourceStatus === 'rejected') {
		throw sourceResult;
	}

	return destinationResult;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/pipe/streaming.js





// The piping behavior is like Bash.
// In particular, when one subprocess exits, the other is not terminated by a signal.
// Instead, its stdout (for the source) or stdin (for the destination) closes.
// If the subprocess uses it, it will make it error with SIGPIPE or EPIPE (for the source) or end (for the destination).
// If it does not use it, it will continue running.
// This allows for subprocesses to gracefully exit and lower the coupling between subprocesses.
const pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
	const mergedStream = MERGED_STREAMS.has(destinationStream)
		? pipeMoreSubprocessStream(sourceStream, destinationStream)
		: pipeFirstSubprocessStream(sourceStream, destinationStream);
	incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
	incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
	cleanupMergedStreamsMap(destinationStream);
	return mergedStream;
};

// We use `merge-streams` to allow for multiple sources to pipe to the same destination.
const pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
	const mergedStream = mergeStreams([sourceStream]);
	pipeStreams(mergedStream, destinationStream);
	MERGED_STREAMS.set(destinationStream, mergedStream);
	return mergedStream;
};

const pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
	const mergedStream = MERGED_STREAMS.get(destinationStream);
	mergedStream.add(sourceStream);
	return mergedStream;
};

const cleanupMergedStreamsMap = async destinationStream => {
	try {
		await (0,external_node_stream_promises_.finished)(destinationStream, {cleanup: true, readable: false, writable: true});
	} catch {}

	MERGED_STREAMS.delete(destinationStream);
};

const MERGED_STREAMS = new WeakMap();

// Number of listeners set up on `sourceStream` by each `sourceStream.pipe(destinationStream)`
// Those are added by `merge-streams`
const SOURCE_LISTENERS_PER_PIPE = 2;
// Number of listeners set up on `destinationStream` by each `sourceStream.pipe(destinationStream)`
// Those are added by `finished()` in `cleanupMergedStreamsMap()`
const DESTINATION_LISTENERS_PER_PIPE = 1;

;// CONCATENATED MODULE: ./node_modules/execa/lib/pipe/abort.js



// When passing an `unpipeSignal` option, abort piping when the signal is aborted.
// However, do not terminate the subprocesses.
const unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === undefined
	? []
	: [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];

const unpipeOnSignalAbort = async (unpipeSignal, {sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime}) => {
	await (0,external_node_util_.aborted)(unpipeSignal, sourceStream);
	await mergedStream.remove(sourceStream);
	const error = new Error('Pipe canceled by `unpipeSignal` option.');
	throw createNonCommandError({
		error,
		fileDescriptors,
		sourceOptions,
		startTime,
	});
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/pipe/setup.js







// Pipe a subprocess' `stdout`/`stderr`/`stdio` into another subprocess' `stdin`
const pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
	if (isPlainObject(pipeArguments[0])) {
		return pipeToSubprocess.bind(undefined, {
			...sourceInfo,
			boundOptions: {...sourceInfo.boundOptions, ...pipeArguments[0]},
		});
	}

	const {destination, ...normalizedInfo} = normalizePipeArguments(sourceInfo, ...pipeArguments);
	const promise = handlePipePromise({...normalizedInfo, destination});
	promise.pipe = pipeToSubprocess.bind(undefined, {
		...sourceInfo,
		source: destination,
		sourcePromise: promise,
		boundOptions: {},
	});
	return promise;
};

// Asynchronous logic when piping subprocesses
const handlePipePromise = async ({
	sourcePromise,
	sourceStream,
	sourceOptions,
	sourceError,
	destination,
	destinationStream,
	destinationError,
	unpipeSignal,
	fileDescriptors,
	startTime,
}) => {
	const subprocessPromises = getSubprocessPromises(sourcePromise, destination);
	handlePipeArgumentsError({
		sourceStream,
		sourceError,
		destinationStream,
		destinationError,
		fileDescriptors,
		sourceOptions,
		startTime,
	});
	const maxListenersController = new AbortController();
	try {
		const mergedStream = pipeSubprocessStream(sourceStream, destinationStream, maxListenersController);
		return await Promise.race([
			waitForBothSubprocesses(subprocessPromises),
			...unpipeOnAbort(unpipeSignal, {
				sourceStream,
				mergedStream,
				sourceOptions,
				fileDescriptors,
				startTime,
			}),
		]);
	} finally {
		maxListenersController.abort();
	}
};

// `.pipe()` awaits the subprocess promises.
// When invalid arguments are passed to `.pipe()`, we throw an error, which prevents awaiting them.
// We need to ensure this does not create unhandled rejections.
const getSubprocessPromises = (sourcePromise, destination) => Promise.allSettled([sourcePromise, destination]);

;// CONCATENATED MODULE: ./node_modules/get-stream/source/utils.js
const utils_identity = value => value;

const utils_noop = () => undefined;

const getContentsProperty = ({contents}) => contents;

const throwObjectStream = chunk => {
	throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
};

const getLengthProperty = convertedChunk => convertedChunk.length;

;// CONCATENATED MODULE: ./node_modules/get-stream/source/array.js



async function getStreamAsArray(stream, options) {
	return getStreamContents(stream, arrayMethods, options);
}

const initArray = () => ({contents: []});

const increment = () => 1;

const addArrayChunk = (convertedChunk, {contents}) => {
	contents.push(convertedChunk);
	return contents;
};

const arrayMethods = {
	init: initArray,
	convertChunk: {
		string: utils_identity,
		buffer: utils_identity,
		arrayBuffer: utils_identity,
		dataView: utils_identity,
		typedArray: utils_identity,
		others: utils_identity,
	},
	getSize: increment,
	truncateChunk: utils_noop,
	addChunk: addArrayChunk,
	getFinalChunk: utils_noop,
	finalize: getContentsProperty,
};

;// CONCATENATED MODULE: ./node_modules/get-stream/source/array-buffer.js



async function getStreamAsArrayBuffer(stream, options) {
	return getStreamContents(stream, arrayBufferMethods, options);
}

const initArrayBuffer = () => ({contents: new ArrayBuffer(0)});

const useTextEncoder = chunk => array_buffer_textEncoder.encode(chunk);
const array_buffer_textEncoder = new TextEncoder();

const useUint8Array = chunk => new Uint8Array(chunk);

const useUint8ArrayWithOffset = chunk => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);

const truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);

// `contents` is an increasingly growing `Uint8Array`.
const addArrayBufferChunk = (convertedChunk, {contents, length: previousLength}, length) => {
	const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
	new Uint8Array(newContents).set(convertedChunk, previousLength);
	return newContents;
};

// Without `ArrayBuffer.resize()`, `contents` size is always a power of 2.
// This means its last bytes are zeroes (not stream data), which need to be
// trimmed at the end with `ArrayBuffer.slice()`.
const resizeArrayBufferSlow = (contents, length) => {
	if (length <= contents.byteLength) {
		return contents;
	}

	const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
	new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
	return arrayBuffer;
};

// With `ArrayBuffer.resize()`, `contents` size matches exactly the size of
// the stream data. It does not include extraneous zeroes to trim at the end.
// The underlying `ArrayBuffer` does allocate a number of bytes that is a power
// of 2, but those bytes are only visible after calling `ArrayBuffer.resize()`.
const resizeArrayBuffer = (contents, length) => {
	if (length <= contents.maxByteLength) {
		contents.resize(length);
		return contents;
	}

	const arrayBuffer = new ArrayBuffer(length, {maxByteLength: getNewContentsLength(length)});
	new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
	return arrayBuffer;
};

// Retrieve the closest `length` that is both >= and a power of 2
const getNewContentsLength = length => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));

const SCALE_FACTOR = 2;

const finalizeArrayBuffer = ({contents, length}) => hasArrayBufferResize() ? contents : contents.slice(0, length);

// `ArrayBuffer.slice()` is slow. When `ArrayBuffer.resize()` is available
// (Node >=20.0.0, Safari >=16.4 and Chrome), we can use it instead.
// eslint-disable-next-line no-warning-comments
// TODO: remove after dropping support for Node 20.
// eslint-disable-next-line no-warning-comments
// TODO: use `ArrayBuffer.transferToFixedLength()` instead once it is available
const hasArrayBufferResize = () => 'resize' in ArrayBuffer.prototype;

const arrayBufferMethods = {
	init: initArrayBuffer,
	convertChunk: {
		string: useTextEncoder,
		buffer: useUint8Array,
		arrayBuffer: useUint8Array,
		dataView: useUint8ArrayWithOffset,
		typedArray: useUint8ArrayWithOffset,
		others: throwObjectStream,
	},
	getSize: getLengthProperty,
	truncateChunk: truncateArrayBufferChunk,
	addChunk: addArrayBufferChunk,
	getFinalChunk: utils_noop,
	finalize: finalizeArrayBuffer,
};

;// CONCATENATED MODULE: ./node_modules/get-stream/source/string.js



async function getStreamAsString(stream, options) {
	return getStreamContents(stream, stringMethods, options);
}

const initString = () => ({contents: '', textDecoder: new TextDecoder()});

const useTextDecoder = (chunk, {textDecoder}) => textDecoder.decode(chunk, {stream: true});

const addStringChunk = (convertedChunk, {contents}) => contents + convertedChunk;

const truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);

const getFinalStringChunk = ({textDecoder}) => {
	const finalChunk = textDecoder.decode();
	return finalChunk === '' ? undefined : finalChunk;
};

const stringMethods = {
	init: initString,
	convertChunk: {
		string: utils_identity,
		buffer: useTextDecoder,
		arrayBuffer: useTextDecoder,
		dataView: useTextDecoder,
		typedArray: useTextDecoder,
		others: throwObjectStream,
	},
	getSize: getLengthProperty,
	truncateChunk: truncateStringChunk,
	addChunk: addStringChunk,
	getFinalChunk: getFinalStringChunk,
	finalize: getContentsProperty,
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/io/iterate.js






// Iterate over lines of `subprocess.stdout`, used by `subprocess.readable|duplex|iterable()`
const iterateOnSubprocessStream = ({subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines}) => {
	const controller = new AbortController();
	stopReadingOnExit(subprocess, controller);
	return iterateOnStream({
		stream: subprocessStdout,
		controller,
		binary,
		shouldEncode: !subprocessStdout.readableObjectMode && shouldEncode,
		encoding,
		shouldSplit: !subprocessStdout.readableObjectMode,
		preserveNewlines,
	});
};

const stopReadingOnExit = async (subprocess, controller) => {
	try {
		await subprocess;
	} catch {} finally {
		controller.abort();
	}
};

// Iterate over lines of `subprocess.stdout`, used by `result.stdout` and the `verbose: 'full'` option.
// Applies the `lines` and `encoding` options.
const iterateForResult = ({stream, onStreamEnd, lines, encoding, stripFinalNewline, allMixed}) => {
	const controller = new AbortController();
	stopReadingOnStreamEnd(onStreamEnd, controller, stream);
	const objectMode = stream.readableObjectMode && !allMixed;
	return iterateOnStream({
		stream,
		controller,
		binary: encoding === 'buffer',
		shouldEncode: !objectMode,
		encoding,
		shouldSplit: !objectMode && lines,
		preserveNewlines: !stripFinalNewline,
	});
};

const stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
	try {
		await onStreamEnd;
	} catch {
		stream.destroy();
	} finally {
		controller.abort();
	}
};

const iterateOnStream = ({stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines}) => {
	const onStdoutChunk = (0,external_node_events_.on)(stream, 'data', {
		signal: controller.signal,
		highWaterMark: HIGH_WATER_MARK,
		// Backward compatibility with older name for this option
		// See https://github.com/nodejs/node/pull/52080#discussion_r1525227861
		// @todo Remove after removing support for Node 21
		highWatermark: HIGH_WATER_MARK,
	});
	return iterateOnData({
		onStdoutChunk,
		controller,
		binary,
		shouldEncode,
		encoding,
		shouldSplit,
		preserveNewlines,
	});
};

const DEFAULT_OBJECT_HIGH_WATER_MARK = (0,external_node_stream_.getDefaultHighWaterMark)(true);

// The `highWaterMark` of `events.on()` is measured in number of events, not in bytes.
// Not knowing the average amount of bytes per `data` event, we use the same heuristic as streams in objectMode, since they have the same issue.
// Therefore, we use the value of `getDefaultHighWaterMark(true)`.
// Note: this option does not exist on Node 18, but this is ok since the logic works without it. It just consumes more memory.
const HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;

const iterateOnData = async function * ({onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines}) {
	const generators = getGenerators({
		binary,
		shouldEncode,
		encoding,
		shouldSplit,
		preserveNewlines,
	});

	try {
		for await (const [chunk] of onStdoutChunk) {
			yield * transformChunkSync(chunk, generators, 0);
		}
	} catch (error) {
		if (!controller.signal.aborted) {
			throw error;
		}
	} finally {
		yield * finalChunksSync(generators);
	}
};

const getGenerators = ({binary, shouldEncode, encoding, shouldSplit, preserveNewlines}) => [
	getEncodingTransformGenerator(binary, encoding, !shouldEncode),
	getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {}),
].filter(Boolean);

;// CONCATENATED MODULE: ./node_modules/execa/lib/io/contents.js








// Retrieve `result.stdout|stderr|all|stdio[*]`
const getStreamOutput = async ({stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline, verboseInfo, streamInfo}) => {
	const logPromise = logOutputAsync({
		stream,
		onStreamEnd,
		fdNumber,
		encoding,
		allMixed,
		verboseInfo,
		streamInfo,
	});

	if (!buffer) {
		await Promise.all([resumeStream(stream), logPromise]);
		return;
	}

	const stripFinalNewlineValue = getStripFinalNewline(stripFinalNewline, fdNumber);
	const iterable = iterateForResult({
		stream,
		onStreamEnd,
		lines,
		encoding,
		stripFinalNewline: stripFinalNewlineValue,
		allMixed,
	});
	const [output] = await Promise.all([
		contents_getStreamContents({
			stream,
			iterable,
			fdNumber,
			encoding,
			maxBuffer,
			lines,
		}),
		logPromise,
	]);
	return output;
};

const logOutputAsync = async ({stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: {fileDescriptors}}) => {
	if (!shouldLogOutput({
		stdioItems: fileDescriptors[fdNumber]?.stdioItems,
		encoding,
		verboseInfo,
		fdNumber,
	})) {
		return;
	}

	const linesIterable = iterateForResult({
		stream,
		onStreamEnd,
		lines: true,
		encoding,
		stripFinalNewline: true,
		allMixed,
	});
	await logLines(linesIterable, stream, fdNumber, verboseInfo);
};

// When using `buffer: false`, users need to read `subprocess.stdout|stderr|all` right away
// See https://github.com/sindresorhus/execa/issues/730 and https://github.com/sindresorhus/execa/pull/729#discussion_r1465496310
const resumeStream = async stream => {
	await (0,promises_.setImmediate)();
	if (stream.readableFlowing === null) {
		stream.resume();
	}
};

const contents_getStreamContents = async ({stream, stream: {readableObjectMode}, iterable, fdNumber, encoding, maxBuffer, lines}) => {
	try {
		if (readableObjectMode || lines) {
			return await getStreamAsArray(iterable, {maxBuffer});
		}

		if (encoding === 'buffer') {
			return new Uint8Array(await getStreamAsArrayBuffer(iterable, {maxBuffer}));
		}

		return await getStreamAsString(iterable, {maxBuffer});
	} catch (error) {
		return handleBufferedData(handleMaxBuffer({
			error,
			stream,
			readableObjectMode,
			lines,
			encoding,
			fdNumber,
		}));
	}
};

// On failure, `result.stdout|stderr|all` should contain the currently buffered stream
// They are automatically closed and flushed by Node.js when the subprocess exits
// When `buffer` is `false`, `streamPromise` is `undefined` and there is no buffered data to retrieve
const getBufferedData = async streamPromise => {
	try {
		return await streamPromise;
	} catch (error) {
		return handleBufferedData(error);
	}
};

// Ensure we are returning Uint8Arrays when using `encoding: 'buffer'`
const handleBufferedData = ({bufferedData}) => isArrayBuffer(bufferedData)
	? new Uint8Array(bufferedData)
	: bufferedData;

;// CONCATENATED MODULE: ./node_modules/execa/lib/resolve/wait-stream.js


// Wraps `finished(stream)` to handle the following case:
//  - When the subprocess exits, Node.js automatically calls `subprocess.stdin.destroy()`, which we need to ignore.
//  - However, we still need to throw if `subprocess.stdin.destroy()` is called before subprocess exit.
const waitForStream = async (stream, fdNumber, streamInfo, {isSameDirection, stopOnExit = false} = {}) => {
	const state = handleStdinDestroy(stream, streamInfo);
	const abortController = new AbortController();
	try {
		await Promise.race([
			...(stopOnExit ? [streamInfo.exitPromise] : []),
			(0,external_node_stream_promises_.finished)(stream, {cleanup: true, signal: abortController.signal}),
		]);
	} catch (error) {
		if (!state.stdinCleanedUp) {
			handleStreamError(error, fdNumber, streamInfo, isSameDirection);
		}
	} finally {
		abortController.abort();
	}
};

// If `subprocess.stdin` is destroyed before being fully written to, it is considered aborted and should throw an error.
// This can happen for example when user called `subprocess.stdin.destroy()` before `subprocess.stdin.end()`.
// However, Node.js calls `subprocess.stdin.destroy()` on exit for cleanup purposes.
// https://github.com/nodejs/node/blob/0b4cdb4b42956cbd7019058e409e06700a199e11/lib/internal/child_process.js#L278
// This is normal and should not throw an error.
// Therefore, we need to differentiate between both situations to know whether to throw an error.
// Unfortunately, events (`close`, `error`, `end`, `exit`) cannot be used because `.destroy()` can take an arbitrary amount of time.
// For example, `stdin: 'pipe'` is implemented as a TCP socket, and its `.destroy()` method waits for TCP disconnection.
// Therefore `.destroy()` might end before or after subprocess exit, based on OS speed and load.
// The only way to detect this is to spy on `subprocess.stdin._destroy()` by wrapping it.
// If `subprocess.exitCode` or `subprocess.signalCode` is set, it means `.destroy()` is being called by Node.js itself.
const handleStdinDestroy = (stream, {originalStreams: [originalStdin], subprocess}) => {
	const state = {stdinCleanedUp: false};
	if (stream === originalStdin) {
		spyOnStdinDestroy(stream, subprocess, state);
	}

	return state;
};

const spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
	const {_destroy} = subprocessStdin;
	subprocessStdin._destroy = (...destroyArguments) => {
		setStdinCleanedUp(subprocess, state);
		_destroy.call(subprocessStdin, ...destroyArguments);
	};
};

const setStdinCleanedUp = ({exitCode, signalCode}, state) => {
	if (exitCode !== null || signalCode !== null) {
		state.stdinCleanedUp = true;
	}
};

// We ignore EPIPEs on writable streams and aborts on readable streams since those can happen normally.
// When one stream errors, the error is propagated to the other streams on the same file descriptor.
// Those other streams might have a different direction due to the above.
// When this happens, the direction of both the initial stream and the others should then be taken into account.
// Therefore, we keep track of whether a stream error is currently propagating.
const handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
	if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
		throw error;
	}
};

const shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
	if (streamInfo.propagating) {
		return isStreamEpipe(error) || isStreamAbort(error);
	}

	streamInfo.propagating = true;
	return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection
		? isStreamEpipe(error)
		: isStreamAbort(error);
};

// Unfortunately, we cannot use the stream's class or properties to know whether it is readable or writable.
// For example, `subprocess.stdin` is technically a Duplex, but can only be used as a writable.
// Therefore, we need to use the file descriptor's direction (`stdin` is input, `stdout` is output, etc.).
// However, while `subprocess.std*` and transforms follow that direction, any stream passed the `std*` option has the opposite direction.
// For example, `subprocess.stdin` is a writable, but the `stdin` option is a readable.
const isInputFileDescriptor = ({fileDescriptors}, fdNumber) => fdNumber !== 'all' && fileDescriptors[fdNumber].direction === 'input';

// When `stream.destroy()` is called without an `error` argument, stream is aborted.
// This is the only way to abort a readable stream, which can be useful in some instances.
// Therefore, we ignore this error on readable streams.
const isStreamAbort = error => error?.code === 'ERR_STREAM_PREMATURE_CLOSE';

// When `stream.write()` is called but the underlying source has been closed, `EPIPE` is emitted.
// When piping subprocesses, the source subprocess usually decides when to stop piping.
// However, there are some instances when the destination does instead, such as `... | head -n1`.
// It notifies the source by using `EPIPE`.
// Therefore, we ignore this error on writable streams.
const isStreamEpipe = error => error?.code === 'EPIPE';

;// CONCATENATED MODULE: ./node_modules/execa/lib/resolve/stdio.js



// Read the contents of `subprocess.std*` and|or wait for its completion
const waitForStdioStreams = ({subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline, verboseInfo, streamInfo}) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
	stream,
	fdNumber,
	encoding,
	buffer: buffer[fdNumber],
	maxBuffer: maxBuffer[fdNumber],
	lines: lines[fdNumber],
	allMixed: false,
	stripFinalNewline,
	verboseInfo,
	streamInfo,
}));

// Read the contents of `subprocess.std*` or `subprocess.all` and|or wait for its completion
const waitForSubprocessStream = async ({stream, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline, verboseInfo, streamInfo}) => {
	if (!stream) {
		return;
	}

	const onStreamEnd = waitForStream(stream, fdNumber, streamInfo);
	if (isInputFileDescriptor(streamInfo, fdNumber)) {
		await onStreamEnd;
		return;
	}

	const [output] = await Promise.all([
		getStreamOutput({
			stream,
			onStreamEnd,
			fdNumber,
			encoding,
			buffer,
			maxBuffer,
			lines,
			allMixed,
			stripFinalNewline,
			verboseInfo,
			streamInfo,
		}),
		onStreamEnd,
	]);
	return output;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/resolve/all-async.js



// `all` interleaves `stdout` and `stderr`
const makeAllStream = ({stdout, stderr}, {all}) => all && (stdout || stderr)
	? mergeStreams([stdout, stderr].filter(Boolean))
	: undefined;

// Read the contents of `subprocess.all` and|or wait for its completion
const waitForAllStream = ({subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline, verboseInfo, streamInfo}) => waitForSubprocessStream({
	...getAllStream(subprocess, buffer),
	fdNumber: 'all',
	encoding,
	maxBuffer: maxBuffer[1] + maxBuffer[2],
	lines: lines[1] || lines[2],
	allMixed: getAllMixed(subprocess),
	stripFinalNewline,
	verboseInfo,
	streamInfo,
});

const getAllStream = ({stdout, stderr, all}, [, bufferStdout, bufferStderr]) => {
	const buffer = bufferStdout || bufferStderr;
	if (!buffer) {
		return {stream: all, buffer};
	}

	if (!bufferStdout) {
		return {stream: stderr, buffer};
	}

	if (!bufferStderr) {
		return {stream: stdout, buffer};
	}

	return {stream: all, buffer};
};

// When `subprocess.stdout` is in objectMode but not `subprocess.stderr` (or the opposite), we need to use both:
//  - `getStreamAsArray()` for the chunks in objectMode, to return as an array without changing each chunk
//  - `getStreamAsArrayBuffer()` or `getStream()` for the chunks not in objectMode, to convert them from Buffers to string or Uint8Array
// We do this by emulating the Buffer -> string|Uint8Array conversion performed by `get-stream` with our own, which is identical.
const getAllMixed = ({all, stdout, stderr}) => all
	&& stdout
	&& stderr
	&& stdout.readableObjectMode !== stderr.readableObjectMode;

;// CONCATENATED MODULE: ./node_modules/execa/lib/verbose/ipc.js



// When `verbose` is `'full'`, print IPC messages from the subprocess
const shouldLogIpc = verboseInfo => isFullVerbose(verboseInfo, 'ipc');

const logIpcOutput = (message, verboseInfo) => {
	const verboseMessage = serializeVerboseMessage(message);
	verboseLog({
		type: 'ipc',
		verboseMessage,
		fdNumber: 'ipc',
		verboseInfo,
	});
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/ipc/buffer-messages.js





// Iterate through IPC messages sent by the subprocess
const waitForIpcOutput = async ({
	subprocess,
	buffer: bufferArray,
	maxBuffer: maxBufferArray,
	ipc,
	ipcOutput,
	verboseInfo,
}) => {
	if (!ipc) {
		return ipcOutput;
	}

	const isVerbose = shouldLogIpc(verboseInfo);
	const buffer = getFdSpecificValue(bufferArray, 'ipc');
	const maxBuffer = getFdSpecificValue(maxBufferArray, 'ipc');

	for await (const message of loopOnMessages({
		anyProcess: subprocess,
		channel: subprocess.channel,
		isSubprocess: false,
		ipc,
		shouldAwait: false,
		reference: true,
	})) {
		if (buffer) {
			checkIpcMaxBuffer(subprocess, ipcOutput, maxBuffer);
			ipcOutput.push(message);
		}

		if (isVerbose) {
			logIpcOutput(message, verboseInfo);
		}
	}

	return ipcOutput;
};

const getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
	await Promise.allSettled([ipcOutputPromise]);
	return ipcOutput;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/resolve/wait-subprocess.js















// Retrieve result of subprocess: exit code, signal, error, streams (stdout/stderr/all)
const waitForSubprocessResult = async ({
	subprocess,
	options: {
		encoding,
		buffer,
		maxBuffer,
		lines,
		timeoutDuration: timeout,
		cancelSignal,
		gracefulCancel,
		forceKillAfterDelay,
		stripFinalNewline,
		ipc,
		ipcInput,
	},
	context,
	verboseInfo,
	fileDescriptors,
	originalStreams,
	onInternalError,
	controller,
}) => {
	const exitPromise = waitForExit(subprocess, context);
	const streamInfo = {
		originalStreams,
		fileDescriptors,
		subprocess,
		exitPromise,
		propagating: false,
	};

	const stdioPromises = waitForStdioStreams({
		subprocess,
		encoding,
		buffer,
		maxBuffer,
		lines,
		stripFinalNewline,
		verboseInfo,
		streamInfo,
	});
	const allPromise = waitForAllStream({
		subprocess,
		encoding,
		buffer,
		maxBuffer,
		lines,
		stripFinalNewline,
		verboseInfo,
		streamInfo,
	});
	const ipcOutput = [];
	const ipcOutputPromise = waitForIpcOutput({
		subprocess,
		buffer,
		maxBuffer,
		ipc,
		ipcOutput,
		verboseInfo,
	});
	const originalPromises = waitForOriginalStreams(originalStreams, subprocess, streamInfo);
	const customStreamsEndPromises = waitForCustomStreamsEnd(fileDescriptors, streamInfo);

	try {
		return await Promise.race([
			Promise.all([
				{},
				waitForSuccessfulExit(exitPromise),
				Promise.all(stdioPromises),
				allPromise,
				ipcOutputPromise,
				sendIpcInput(subprocess, ipcInput),
				...originalPromises,
				...customStreamsEndPromises,
			]),
			onInternalError,
			throwOnSubprocessError(subprocess, controller),
			...throwOnTimeout(subprocess, timeout, context, controller),
			...throwOnCancel({
				subprocess,
				cancelSignal,
				gracefulCancel,
				context,
				controller,
			}),
			...throwOnGracefulCancel({
				subprocess,
				cancelSignal,
				gracefulCancel,
				forceKillAfterDelay,
				context,
				controller,
			}),
		]);
	} catch (error) {
		context.terminationReason ??= 'other';
		return Promise.all([
			{error},
			exitPromise,
			Promise.all(stdioPromises.map(stdioPromise => getBufferedData(stdioPromise))),
			getBufferedData(allPromise),
			getBufferedIpcOutput(ipcOutputPromise, ipcOutput),
			Promise.allSettled(originalPromises),
			Promise.allSettled(customStreamsEndPromises),
		]);
	}
};

// Transforms replace `subprocess.std*`, which means they are not exposed to users.
// However, we still want to wait for their completion.
const waitForOriginalStreams = (originalStreams, subprocess, streamInfo) =>
	originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber]
		? undefined
		: waitForStream(stream, fdNumber, streamInfo));

// Some `stdin`/`stdout`/`stderr` options create a stream, e.g. when passing a file path.
// The `.pipe()` method automatically ends that stream when `subprocess` ends.
// This makes sure we wait for the completion of those streams, in order to catch any error.
const waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({stdioItems}, fdNumber) => stdioItems
	.filter(({value, stream = value}) => isStream(stream, {checkOpen: false}) && !isStandardStream(stream))
	.map(({type, value, stream = value}) => waitForStream(stream, fdNumber, streamInfo, {
		isSameDirection: TRANSFORM_TYPES.has(type),
		stopOnExit: type === 'native',
	})));

// Fails when the subprocess emits an `error` event
const throwOnSubprocessError = async (subprocess, {signal}) => {
	const [error] = await (0,external_node_events_.once)(subprocess, 'error', {signal});
	throw error;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/convert/concurrent.js


// When using multiple `.readable()`/`.writable()`/`.duplex()`, `final` and `destroy` should wait for other streams
const initializeConcurrentStreams = () => ({
	readableDestroy: new WeakMap(),
	writableFinal: new WeakMap(),
	writableDestroy: new WeakMap(),
});

// Each file descriptor + `waitName` has its own array of promises.
// Each promise is a single `.readable()`/`.writable()`/`.duplex()` call.
const addConcurrentStream = (concurrentStreams, stream, waitName) => {
	const weakMap = concurrentStreams[waitName];
	if (!weakMap.has(stream)) {
		weakMap.set(stream, []);
	}

	const promises = weakMap.get(stream);
	const promise = createDeferred();
	promises.push(promise);
	const resolve = promise.resolve.bind(promise);
	return {resolve, promises};
};

// Wait for other streams, but stop waiting when subprocess ends
const waitForConcurrentStreams = async ({resolve, promises}, subprocess) => {
	resolve();
	const [isSubprocessExit] = await Promise.race([
		Promise.allSettled([true, subprocess]),
		Promise.all([false, ...promises]),
	]);
	return !isSubprocessExit;
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/convert/shared.js



const safeWaitForSubprocessStdin = async subprocessStdin => {
	if (subprocessStdin === undefined) {
		return;
	}

	try {
		await waitForSubprocessStdin(subprocessStdin);
	} catch {}
};

const safeWaitForSubprocessStdout = async subprocessStdout => {
	if (subprocessStdout === undefined) {
		return;
	}

	try {
		await waitForSubprocessStdout(subprocessStdout);
	} catch {}
};

const waitForSubprocessStdin = async subprocessStdin => {
	await (0,external_node_stream_promises_.finished)(subprocessStdin, {cleanup: true, readable: false, writable: true});
};

const waitForSubprocessStdout = async subprocessStdout => {
	await (0,external_node_stream_promises_.finished)(subprocessStdout, {cleanup: true, readable: true, writable: false});
};

// When `readable` or `writable` aborts/errors, awaits the subprocess, for the reason mentioned above
const waitForSubprocess = async (subprocess, error) => {
	await subprocess;
	if (error) {
		throw error;
	}
};

const destroyOtherStream = (stream, isOpen, error) => {
	if (error && !isStreamAbort(error)) {
		stream.destroy(error);
	} else if (isOpen) {
		stream.destroy();
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/convert/readable.js









// Create a `Readable` stream that forwards from `stdout` and awaits the subprocess
const createReadable = ({subprocess, concurrentStreams, encoding}, {from, binary: binaryOption = true, preserveNewlines = true} = {}) => {
	const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
	const {subprocessStdout, waitReadableDestroy} = getSubprocessStdout(subprocess, from, concurrentStreams);
	const {readableEncoding, readableObjectMode, readableHighWaterMark} = getReadableOptions(subprocessStdout, binary);
	const {read, onStdoutDataDone} = getReadableMethods({
		subprocessStdout,
		subprocess,
		binary,
		encoding,
		preserveNewlines,
	});
	const readable = new external_node_stream_.Readable({
		read,
		destroy: (0,external_node_util_.callbackify)(onReadableDestroy.bind(undefined, {subprocessStdout, subprocess, waitReadableDestroy})),
		highWaterMark: readableHighWaterMark,
		objectMode: readableObjectMode,
		encoding: readableEncoding,
	});
	onStdoutFinished({
		subprocessStdout,
		onStdoutDataDone,
		readable,
		subprocess,
	});
	return readable;
};

// Retrieve `stdout` (or other stream depending on `from`)
const getSubprocessStdout = (subprocess, from, concurrentStreams) => {
	const subprocessStdout = getFromStream(subprocess, from);
	const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, 'readableDestroy');
	return {subprocessStdout, waitReadableDestroy};
};

const getReadableOptions = ({readableEncoding, readableObjectMode, readableHighWaterMark}, binary) => binary
	? {readableEncoding, readableObjectMode, readableHighWaterMark}
	: {readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK};

const getReadableMethods = ({subprocessStdout, subprocess, binary, encoding, preserveNewlines}) => {
	const onStdoutDataDone = createDeferred();
	const onStdoutData = iterateOnSubprocessStream({
		subprocessStdout,
		subprocess,
		binary,
		shouldEncode: !binary,
		encoding,
		preserveNewlines,
	});

	return {
		read() {
			onRead(this, onStdoutData, onStdoutDataDone);
		},
		onStdoutDataDone,
	};
};

// Forwards data from `stdout` to `readable`
const onRead = async (readable, onStdoutData, onStdoutDataDone) => {
	try {
		const {value, done} = await onStdoutData.next();
		if (done) {
			onStdoutDataDone.resolve();
		} else {
			readable.push(value);
		}
	} catch {}
};

// When `subprocess.stdout` ends/aborts/errors, do the same on `readable`.
// Await the subprocess, for the same reason as above.
const onStdoutFinished = async ({subprocessStdout, onStdoutDataDone, readable, subprocess, subprocessStdin}) => {
	try {
		await waitForSubprocessStdout(subprocessStdout);
		await subprocess;
		await safeWaitForSubprocessStdin(subprocessStdin);
		await onStdoutDataDone;

		if (readable.readable) {
			readable.push(null);
		}
	} catch (error) {
		await safeWaitForSubprocessStdin(subprocessStdin);
		destroyOtherReadable(readable, error);
	}
};

// When `readable` aborts/errors, do the same on `subprocess.stdout`
const onReadableDestroy = async ({subprocessStdout, subprocess, waitReadableDestroy}, error) => {
	if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
		destroyOtherReadable(subprocessStdout, error);
		await waitForSubprocess(subprocess, error);
	}
};

const destroyOtherReadable = (stream, error) => {
	destroyOtherStream(stream, stream.readable, error);
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/convert/writable.js






// Create a `Writable` stream that forwards to `stdin` and awaits the subprocess
const createWritable = ({subprocess, concurrentStreams}, {to} = {}) => {
	const {subprocessStdin, waitWritableFinal, waitWritableDestroy} = getSubprocessStdin(subprocess, to, concurrentStreams);
	const writable = new external_node_stream_.Writable({
		...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
		destroy: (0,external_node_util_.callbackify)(onWritableDestroy.bind(undefined, {
			subprocessStdin,
			subprocess,
			waitWritableFinal,
			waitWritableDestroy,
		})),
		highWaterMark: subprocessStdin.writableHighWaterMark,
		objectMode: subprocessStdin.writableObjectMode,
	});
	onStdinFinished(subprocessStdin, writable);
	return writable;
};

// Retrieve `stdin` (or other stream depending on `to`)
const getSubprocessStdin = (subprocess, to, concurrentStreams) => {
	const subprocessStdin = getToStream(subprocess, to);
	const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, 'writableFinal');
	const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, 'writableDestroy');
	return {subprocessStdin, waitWritableFinal, waitWritableDestroy};
};

const getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
	write: onWrite.bind(undefined, subprocessStdin),
	final: (0,external_node_util_.callbackify)(onWritableFinal.bind(undefined, subprocessStdin, subprocess, waitWritableFinal)),
});

// Forwards data from `writable` to `stdin`
const onWrite = (subprocessStdin, chunk, encoding, done) => {
	if (subprocessStdin.write(chunk, encoding)) {
		done();
	} else {
		subprocessStdin.once('drain', done);
	}
};

// Ensures that the writable `final` and readable `end` events awaits the subprocess.
// Like this, any subprocess failure is propagated as a stream `error` event, instead of being lost.
// The user does not need to `await` the subprocess anymore, but now needs to await the stream completion or error.
// When multiple writables are targeting the same stream, they wait for each other, unless the subprocess ends first.
const onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
	if (await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
		if (subprocessStdin.writable) {
			subprocessStdin.end();
		}

		await subprocess;
	}
};

// When `subprocess.stdin` ends/aborts/errors, do the same on `writable`.
const onStdinFinished = async (subprocessStdin, writable, subprocessStdout) => {
	try {
		await waitForSubprocessStdin(subprocessStdin);
		if (writable.writable) {
			writable.end();
		}
	} catch (error) {
		await safeWaitForSubprocessStdout(subprocessStdout);
		destroyOtherWritable(writable, error);
	}
};

// When `writable` aborts/errors, do the same on `subprocess.stdin`
const onWritableDestroy = async ({subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy}, error) => {
	await waitForConcurrentStreams(waitWritableFinal, subprocess);
	if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
		destroyOtherWritable(subprocessStdin, error);
		await waitForSubprocess(subprocess, error);
	}
};

const destroyOtherWritable = (stream, error) => {
	destroyOtherStream(stream, stream.writable, error);
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/convert/duplex.js






// Create a `Duplex` stream combining both `subprocess.readable()` and `subprocess.writable()`
const createDuplex = ({subprocess, concurrentStreams, encoding}, {from, to, binary: binaryOption = true, preserveNewlines = true} = {}) => {
	const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
	const {subprocessStdout, waitReadableDestroy} = getSubprocessStdout(subprocess, from, concurrentStreams);
	const {subprocessStdin, waitWritableFinal, waitWritableDestroy} = getSubprocessStdin(subprocess, to, concurrentStreams);
	const {readableEncoding, readableObjectMode, readableHighWaterMark} = getReadableOptions(subprocessStdout, binary);
	const {read, onStdoutDataDone} = getReadableMethods({
		subprocessStdout,
		subprocess,
		binary,
		encoding,
		preserveNewlines,
	});
	const duplex = new external_node_stream_.Duplex({
		read,
		...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
		destroy: (0,external_node_util_.callbackify)(onDuplexDestroy.bind(undefined, {
			subprocessStdout,
			subprocessStdin,
			subprocess,
			waitReadableDestroy,
			waitWritableFinal,
			waitWritableDestroy,
		})),
		readableHighWaterMark,
		writableHighWaterMark: subprocessStdin.writableHighWaterMark,
		readableObjectMode,
		writableObjectMode: subprocessStdin.writableObjectMode,
		encoding: readableEncoding,
	});
	onStdoutFinished({
		subprocessStdout,
		onStdoutDataDone,
		readable: duplex,
		subprocess,
		subprocessStdin,
	});
	onStdinFinished(subprocessStdin, duplex, subprocessStdout);
	return duplex;
};

const onDuplexDestroy = async ({subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy}, error) => {
	await Promise.all([
		onReadableDestroy({subprocessStdout, subprocess, waitReadableDestroy}, error),
		onWritableDestroy({
			subprocessStdin,
			subprocess,
			waitWritableFinal,
			waitWritableDestroy,
		}, error),
	]);
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/convert/iterable.js




// Convert the subprocess to an async iterable
const createIterable = (subprocess, encoding, {
	from,
	binary: binaryOption = false,
	preserveNewlines = false,
} = {}) => {
	const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
	const subprocessStdout = getFromStream(subprocess, from);
	const onStdoutData = iterateOnSubprocessStream({
		subprocessStdout,
		subprocess,
		binary,
		shouldEncode: true,
		encoding,
		preserveNewlines,
	});
	return iterateOnStdoutData(onStdoutData, subprocessStdout, subprocess);
};

const iterateOnStdoutData = async function * (onStdoutData, subprocessStdout, subprocess) {
	try {
		yield * onStdoutData;
	} finally {
		if (subprocessStdout.readable) {
			subprocessStdout.destroy();
		}

		await subprocess;
	}
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/convert/add.js






// Add methods to convert the subprocess to a stream or iterable
const addConvertedStreams = (subprocess, {encoding}) => {
	const concurrentStreams = initializeConcurrentStreams();
	subprocess.readable = createReadable.bind(undefined, {subprocess, concurrentStreams, encoding});
	subprocess.writable = createWritable.bind(undefined, {subprocess, concurrentStreams});
	subprocess.duplex = createDuplex.bind(undefined, {subprocess, concurrentStreams, encoding});
	subprocess.iterable = createIterable.bind(undefined, subprocess, encoding);
	subprocess[Symbol.asyncIterator] = createIterable.bind(undefined, subprocess, encoding, {});
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/methods/promise.js
// The return value is a mixin of `subprocess` and `Promise`
const mergePromise = (subprocess, promise) => {
	for (const [property, descriptor] of descriptors) {
		const value = descriptor.value.bind(promise);
		Reflect.defineProperty(subprocess, property, {...descriptor, value});
	}
};

// eslint-disable-next-line unicorn/prefer-top-level-await
const nativePromisePrototype = (async () => {})().constructor.prototype;

const descriptors = ['then', 'catch', 'finally'].map(property => [
	property,
	Reflect.getOwnPropertyDescriptor(nativePromisePrototype, property),
]);

;// CONCATENATED MODULE: ./node_modules/execa/lib/methods/main-async.js























// Main shared logic for all async methods: `execa()`, `$`, `execaNode()`
const execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
	const {file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors} = handleAsyncArguments(rawFile, rawArguments, rawOptions);
	const {subprocess, promise} = spawnSubprocessAsync({
		file,
		commandArguments,
		options,
		startTime,
		verboseInfo,
		command,
		escapedCommand,
		fileDescriptors,
	});
	subprocess.pipe = pipeToSubprocess.bind(undefined, {
		source: subprocess,
		sourcePromise: promise,
		boundOptions: {},
		createNested,
	});
	mergePromise(subprocess, promise);
	SUBPROCESS_OPTIONS.set(subprocess, {options, fileDescriptors});
	return subprocess;
};

// Compute arguments to pass to `child_process.spawn()`
const handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
	const {command, escapedCommand, startTime, verboseInfo} = handleCommand(rawFile, rawArguments, rawOptions);
	const {file, commandArguments, options: normalizedOptions} = normalizeOptions(rawFile, rawArguments, rawOptions);
	const options = handleAsyncOptions(normalizedOptions);
	const fileDescriptors = handleStdioAsync(options, verboseInfo);
	return {
		file,
		commandArguments,
		command,
		escapedCommand,
		startTime,
		verboseInfo,
		options,
		fileDescriptors,
	};
};

// Options normalization logic specific to async methods.
// Prevent passing the `timeout` option directly to `child_process.spawn()`.
const handleAsyncOptions = ({timeout, signal, ...options}) => {
	if (signal !== undefined) {
		throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
	}

	return {...options, timeoutDuration: timeout};
};

const spawnSubprocessAsync = ({file, commandArguments, options, startTime, verboseInfo, command, escapedCommand, fileDescriptors}) => {
	let subprocess;
	try {
		subprocess = (0,external_node_child_process_.spawn)(...concatenateShell(file, commandArguments, options));
	} catch (error) {
		return handleEarlyError({
			error,
			command,
			escapedCommand,
			fileDescriptors,
			options,
			startTime,
			verboseInfo,
		});
	}

	const controller = new AbortController();
	(0,external_node_events_.setMaxListeners)(Number.POSITIVE_INFINITY, controller.signal);

	const originalStreams = [...subprocess.stdio];
	pipeOutputAsync(subprocess, fileDescriptors, controller);
	cleanupOnExit(subprocess, options, controller);

	const context = {};
	const onInternalError = createDeferred();
	subprocess.kill = subprocessKill.bind(undefined, {
		kill: subprocess.kill.bind(subprocess),
		options,
		onInternalError,
		context,
		controller,
	});
	subprocess.all = makeAllStream(subprocess, options);
	addConvertedStreams(subprocess, options);
	addIpcMethods(subprocess, options);

	const promise = handlePromise({
		subprocess,
		options,
		startTime,
		verboseInfo,
		fileDescriptors,
		originalStreams,
		command,
		escapedCommand,
		context,
		onInternalError,
		controller,
	});
	return {subprocess, promise};
};

// Asynchronous logic, as opposed to the previous logic which can be run synchronously, i.e. can be returned to user right away
const handlePromise = async ({subprocess, options, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context, onInternalError, controller}) => {
	const [
		errorInfo,
		[exitCode, signal],
		stdioResults,
		allResult,
		ipcOutput,
	] = await waitForSubprocessResult({
		subprocess,
		options,
		context,
		verboseInfo,
		fileDescriptors,
		originalStreams,
		onInternalError,
		controller,
	});
	controller.abort();
	onInternalError.resolve();

	const stdio = stdioResults.map((stdioResult, fdNumber) => stripNewline(stdioResult, options, fdNumber));
	const all = stripNewline(allResult, options, 'all');
	const result = getAsyncResult({
		errorInfo,
		exitCode,
		signal,
		stdio,
		all,
		ipcOutput,
		context,
		options,
		command,
		escapedCommand,
		startTime,
	});
	return handleResult(result, verboseInfo, options);
};

const getAsyncResult = ({errorInfo, exitCode, signal, stdio, all, ipcOutput, context, options, command, escapedCommand, startTime}) => 'error' in errorInfo
	? makeError({
		error: errorInfo.error,
		command,
		escapedCommand,
		timedOut: context.terminationReason === 'timeout',
		isCanceled: context.terminationReason === 'cancel' || context.terminationReason === 'gracefulCancel',
		isGracefullyCanceled: context.terminationReason === 'gracefulCancel',
		isMaxBuffer: errorInfo.error instanceof MaxBufferError,
		isForcefullyTerminated: context.isForcefullyTerminated,
		exitCode,
		signal,
		stdio,
		all,
		ipcOutput,
		options,
		startTime,
		isSync: false,
	})
	: makeSuccessResult({
		command,
		escapedCommand,
		stdio,
		all,
		ipcOutput,
		options,
		startTime,
	});

;// CONCATENATED MODULE: ./node_modules/execa/lib/methods/bind.js



// Deep merge specific options like `env`. Shallow merge the other ones.
const mergeOptions = (boundOptions, options) => {
	const newOptions = Object.fromEntries(
		Object.entries(options).map(([optionName, optionValue]) => [
			optionName,
			mergeOption(optionName, boundOptions[optionName], optionValue),
		]),
	);
	return {...boundOptions, ...newOptions};
};

const mergeOption = (optionName, boundOptionValue, optionValue) => {
	if (DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue)) {
		return {...boundOptionValue, ...optionValue};
	}

	return optionValue;
};

const DEEP_OPTIONS = new Set(['env', ...FD_SPECIFIC_OPTIONS]);

;// CONCATENATED MODULE: ./node_modules/execa/lib/methods/create.js







// Wraps every exported methods to provide the following features:
//  - template string syntax: execa`command argument`
//  - options binding: boundExeca = execa(options)
//  - optional argument/options: execa(file), execa(file, args), execa(file, options), execa(file, args, options)
// `mapArguments()` and `setBoundExeca()` allows for method-specific logic.
const createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
	const createNested = (mapArguments, boundOptions, setBoundExeca) => createExeca(mapArguments, boundOptions, deepOptions, setBoundExeca);
	const boundExeca = (...execaArguments) => callBoundExeca({
		mapArguments,
		deepOptions,
		boundOptions,
		setBoundExeca,
		createNested,
	}, ...execaArguments);

	if (setBoundExeca !== undefined) {
		setBoundExeca(boundExeca, createNested, boundOptions);
	}

	return boundExeca;
};

const callBoundExeca = ({mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested}, firstArgument, ...nextArguments) => {
	if (isPlainObject(firstArgument)) {
		return createNested(mapArguments, mergeOptions(boundOptions, firstArgument), setBoundExeca);
	}

	const {file, commandArguments, options, isSync} = parseArguments({
		mapArguments,
		firstArgument,
		nextArguments,
		deepOptions,
		boundOptions,
	});
	return isSync
		? execaCoreSync(file, commandArguments, options)
		: execaCoreAsync(file, commandArguments, options, createNested);
};

const parseArguments = ({mapArguments, firstArgument, nextArguments, deepOptions, boundOptions}) => {
	const callArguments = isTemplateString(firstArgument)
		? parseTemplates(firstArgument, nextArguments)
		: [firstArgument, ...nextArguments];
	const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments);
	const mergedOptions = mergeOptions(mergeOptions(deepOptions, boundOptions), initialOptions);
	const {
		file = initialFile,
		commandArguments = initialArguments,
		options = mergedOptions,
		isSync = false,
	} = mapArguments({file: initialFile, commandArguments: initialArguments, options: mergedOptions});
	return {
		file,
		commandArguments,
		options,
		isSync,
	};
};

;// CONCATENATED MODULE: ./node_modules/execa/lib/methods/command.js
// Main logic for `execaCommand()`
const mapCommandAsync = ({file, commandArguments}) => parseCommand(file, commandArguments);

// Main logic for `execaCommandSync()`
const mapCommandSync = ({file, commandArguments}) => ({...parseCommand(file, commandArguments), isSync: true});

// Convert `execaCommand(command)` into `execa(file, ...commandArguments)`
const parseCommand = (command, unusedArguments) => {
	if (unusedArguments.length > 0) {
		throw new TypeError(`The command and its arguments must be passed as a single string: ${command} ${unusedArguments}.`);
	}

	const [file, ...commandArguments] = parseCommandString(command);
	return {file, commandArguments};
};

// Convert `command` string into an array of file or arguments to pass to $`${...fileOrCommandArguments}`
const parseCommandString = command => {
	if (typeof command !== 'string') {
		throw new TypeError(`The command must be a string: ${String(command)}.`);
	}

	const trimmedCommand = command.trim();
	if (trimmedCommand === '') {
		return [];
	}

	const tokens = [];
	for (const token of trimmedCommand.split(SPACES_REGEXP)) {
		// Allow spaces to be escaped by a backslash if not meant as a delimiter
		const previousToken = tokens.at(-1);
		if (previousToken && previousToken.endsWith('\\')) {
			// Merge previous token with current one
			tokens[tokens.length - 1] = `${previousToken.slice(0, -1)} ${token}`;
		} else {
			tokens.push(token);
		}
	}

	return tokens;
};

const SPACES_REGEXP = / +/g;

;// CONCATENATED MODULE: ./node_modules/execa/lib/methods/script.js
// Sets `$.sync` and `$.s`
const setScriptSync = (boundExeca, createNested, boundOptions) => {
	boundExeca.sync = createNested(mapScriptSync, boundOptions);
	boundExeca.s = boundExeca.sync;
};

// Main logic for `$`
const mapScriptAsync = ({options}) => getScriptOptions(options);

// Main logic for `$.sync`
const mapScriptSync = ({options}) => ({...getScriptOptions(options), isSync: true});

// `$` is like `execa` but with script-friendly options: `{stdin: 'inherit', preferLocal: true}`
const getScriptOptions = options => ({options: {...getScriptStdinOption(options), ...options}});

const getScriptStdinOption = ({input, inputFile, stdio}) => input === undefined && inputFile === undefined && stdio === undefined
	? {stdin: 'inherit'}
	: {};

// When using $(...).pipe(...), most script-friendly options should apply to both commands.
// However, some options (like `stdin: 'inherit'`) would create issues with piping, i.e. cannot be deep.
const deepScriptOptions = {preferLocal: true};

;// CONCATENATED MODULE: ./node_modules/execa/index.js









const execa = createExeca(() => ({}));
const execaSync = createExeca(() => ({isSync: true}));
const execaCommand = createExeca(mapCommandAsync);
const execaCommandSync = createExeca(mapCommandSync);
const execaNode = createExeca(mapNode);
const $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);

const {
	sendMessage: execa_sendMessage,
	getOneMessage: execa_getOneMessage,
	getEachMessage: execa_getEachMessage,
	getCancelSignal: execa_getCancelSignal,
} = getIpcExport();



/***/ }),

/***/ 83849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* unused harmony exports Client, Pool, Connection, types, Query, DatabaseError, escapeIdentifier, escapeLiteral, Result, TypeOverrides, defaults */
/* harmony import */ var _lib_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13273);
// ESM wrapper for pg


// Re-export all the properties
const Client = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Client
const Pool = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Pool
const Connection = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Connection
const types = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.types
const Query = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Query
const DatabaseError = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.DatabaseError
const escapeIdentifier = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.escapeIdentifier
const escapeLiteral = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.escapeLiteral
const Result = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Result
const TypeOverrides = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.TypeOverrides

// Also export the defaults
const defaults = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.defaults

// Re-export the default
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (_lib_index_js__WEBPACK_IMPORTED_MODULE_0__);


/***/ })

};
