using System.Security.Cryptography;
using NodaTime;

namespace Lupus.Interchange.Import;

/// <summary>
/// Version 7 GUIDs (RFC 9562: Unix milliseconds, version, 12-bit counter, variant, random bits) that increase
/// strictly in the order they are made (the counter of section 6.2, method 1), so bulk-inserted keys append to the
/// end of their indexes instead of splitting pages within them. The random bits come from a buffer filled 4 KiB at a
/// time: an import makes a million ids, and a system call for each cost more than everything else the id needs.
/// </summary>
internal sealed class RecordIds(IClock clock)
{
    private const int MaxCounter = 0xFFF;

    private readonly byte[] _random = new byte[4096];
    private int _used = 4096;
    private long _milliseconds = long.MinValue;
    private int _counter;

    public Guid Next()
    {
        var now = clock.GetCurrentInstant().ToUnixTimeMilliseconds();
        if (now > _milliseconds)
        {
            (_milliseconds, _counter) = (now, 0);
        }
        else if (++_counter > MaxCounter)
        {
            // More than 4,096 ids in one millisecond (or a clock that went back): borrow the next millisecond.
            (_milliseconds, _counter) = (_milliseconds + 1, 0);
        }

        if (_used == _random.Length)
        {
            RandomNumberGenerator.Fill(_random);
            _used = 0;
        }

        Span<byte> bytes = stackalloc byte[16];
        _random.AsSpan(_used, 16).CopyTo(bytes);
        _used += 16;
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(_milliseconds >> (40 - (8 * i)));
        }

        bytes[6] = (byte)(0x70 | (_counter >> 8));
        bytes[7] = (byte)_counter;
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
