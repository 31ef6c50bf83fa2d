namespace Lupus.Domain.Instruments.Bilag;

/// <summary>One 0-4 coded item of the BILAG-2004 index form.</summary>
/// <param name="Key">Snake_case input key.</param>
/// <param name="FormNumber">Item number on the 2009 index form.</param>
/// <param name="Level">Grade the item triggers when active (null for constitutional items, which follow 3.4).</param>
public sealed record BilagItem(string Key, int FormNumber, BilagGrade? Level);
