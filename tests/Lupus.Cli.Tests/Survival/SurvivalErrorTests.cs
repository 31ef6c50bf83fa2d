namespace Lupus.Cli.Tests.Survival;

public sealed class SurvivalErrorTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"lupus-survival-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_file);

    [Theory]
    [InlineData("time,status,x\n1,1,2\n-3,0,1\n", "km", ":3:time: time must be 0 or more, found '-3'")]
    [InlineData("time,status,x\n1,1,2\n,0,1\n", "km", ":3:time: value is missing")]
    [InlineData("time,status,x\n1,1,2\n3,2,1\n", "km", ":3:status: event must be 1/0 or true/false, found '2'")]
    [InlineData("time,status,x\n1,1,2\n3,0,abc\n", "cox", ":3:x: 'abc' is not a number")]
    [InlineData("time,status,y\n1,1,2\n3,0,1\n", "cox", ":1:x: column not found")]
    [InlineData("time,status,x\n1,0,2\n3,0,1\n", "cox", ":status: there are no events")]
    public void Run_BadInput_ExitsTwoNamingFileRowAndColumn(string csv, string verb, string message)
    {
        File.WriteAllText(_file, csv);
        var error = new StringWriter();
        string[] extra = verb == "cox" ? ["--covariates", "x"] : [];

        var exit = LupusApp.Run(["survival", verb, "--input", _file, "--time", "time", "--event", "status", .. extra], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains(_file + message, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cox_ConstantCovariate_ExitsOneWithMessage()
    {
        File.WriteAllText(_file, "time,status,x\n1,1,2\n3,0,2\n4,1,2\n");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = LupusApp.Run(["survival", "cox", "--input", _file, "--time", "time", "--event", "status", "--covariates", "x"], output, error);

        Assert.Equal(1, exit);
        Assert.Contains("singular", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void Cox_MissingCovariateCells_RowsDroppedAndCounted()
    {
        File.WriteAllText(_file, "time,status,x\n1,1,2\n3,0,NA\n4,1,5\n5,0,\n6,1,1\n7,0,3\n");
        var output = new StringWriter();

        var exit = LupusApp.Run(["survival", "cox", "--input", _file, "--time", "time", "--event", "status", "--covariates", "x"], output, new StringWriter());

        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        Assert.Equal(2, json.RootElement.GetProperty("n_dropped").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("n").GetInt32());
    }

    [Fact]
    public void Km_TrueFalseEventsAndPlot_WritesSvgAndNullGroup()
    {
        File.WriteAllText(_file, "time,dead\n1,true\n2,false\n3,TRUE\n4,false\n");
        var plot = Path.ChangeExtension(_file, ".svg");
        var output = new StringWriter();

        var exit = LupusApp.Run(["survival", "km", "--input", _file, "--time", "time", "--event", "dead", "--plot", plot], output, new StringWriter());

        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        var group = json.RootElement.GetProperty("groups")[0];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, group.GetProperty("group").ValueKind);
        Assert.Equal(2, group.GetProperty("events").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.RootElement.GetProperty("logrank").ValueKind);
        Assert.Contains("<svg", File.ReadAllText(plot), StringComparison.Ordinal);
        File.Delete(plot);
    }
}
