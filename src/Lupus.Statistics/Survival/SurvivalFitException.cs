namespace Lupus.Statistics.Survival;

/// <summary>A model could not be fitted: singular information matrix or a likelihood that cannot be evaluated.</summary>
public sealed class SurvivalFitException : Exception
{
    public SurvivalFitException()
    {
    }

    public SurvivalFitException(string message)
        : base(message)
    {
    }

    public SurvivalFitException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
