namespace Lupus.Persistence.Entities;

/// <summary>
/// The secret behind de-identified exports: study ids become HMAC-SHA256 pseudonyms under this key, so they are
/// stable across exports yet cannot be reversed without the database.
/// </summary>
public sealed class DeidentificationKey
{
    /// <summary>Always 1: the registry has one key.</summary>
    public int Id { get; set; }

    /// <summary>32 random bytes.</summary>
    public byte[] Secret { get; set; } = [];
}
