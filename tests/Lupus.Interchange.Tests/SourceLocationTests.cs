using Lupus.Interchange.Model;

namespace Lupus.Interchange.Tests;

public sealed class SourceLocationTests
{
    [Fact]
    public void An_error_names_file_record_and_field()
    {
        var error = new InterchangeError(new SourceLocation("labs.csv", "7").WithField("unit"), "unit 'mg' is not allowed for C3");

        Assert.Equal("labs.csv:7:unit: unit 'mg' is not allowed for C3", error.ToString());
    }

    [Fact]
    public void A_whole_record_location_has_no_field()
    {
        Assert.Equal("bundle.json:entry[3]", new SourceLocation("bundle.json", "entry[3]").ToString());
    }
}
