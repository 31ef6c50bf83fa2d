using System.Collections.Concurrent;
using System.Globalization;
using CsvHelper;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>
/// Streams a CSV file of one instrument's inputs: header = the specification's field names plus <c>id</c>;
/// nested fields as <c>object.field</c>; an empty cell = not assessed.
/// </summary>
/// <remarks>
/// One thread reads blocks of rows, the thread pool parses and scores blocks, and the caller's thread hands the
/// results to the sink in file order. A bounded queue of blocks keeps memory constant in the number of rows.
/// </remarks>
internal static class CsvScoreSource
{
    private const int RowsPerBatch = 4096;

    public static void Score(string path, IInstrument instrument, IScoreSink sink)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Throw,
            TrackLineNumbers = true,
        };
        using var reader = CsvReader.FromFile(path, options);
        var columns = CsvColumnMap.Create(path, reader.Headers, instrument.Schema);
        using var pending = new BlockingCollection<Task<ScoredBatch>>(boundedCapacity: (2 * Environment.ProcessorCount) + 2);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() => Produce(path, reader, columns, instrument, pending, stop.Token));
        try
        {
            foreach (var task in pending.GetConsumingEnumerable())
            {
                var scored = task.GetAwaiter().GetResult();
                for (var i = 0; i < scored.Ids.Length; i++)
                {
                    sink.Write(scored.Ids[i], instrument, scored.Results[i]);
                }
            }

            producer.GetAwaiter().GetResult();
        }
        catch
        {
            stop.Cancel();
            try
            {
                producer.Wait(TimeSpan.FromSeconds(30));
            }
            catch (AggregateException)
            {
                // The consumer's error is the one to report.
            }

            throw;
        }
    }

    private static void Produce(string path, CsvReader reader, CsvColumnMap columns, IInstrument instrument,
        BlockingCollection<Task<ScoredBatch>> pending, CancellationToken stop)
    {
        try
        {
            long row = 0;
            var batch = new CsvRowBatch(columns.Count) { FirstRow = 0 };
            while (reader.Read())
            {
                if (reader.FieldCount != columns.Count)
                {
                    throw CliInputException.At(path, reader.LineNumber.ToString(CultureInfo.InvariantCulture), null,
                        $"expected {columns.Count} fields as in the header, found {reader.FieldCount}");
                }

                for (var i = 0; i < columns.Count; i++)
                {
                    var length = reader.GetChars(i, batch.AppendField(reader.GetRawSpan(i).Length));
                    batch.CommitField(length);
                }

                batch.EndRow(reader.LineNumber);
                row++;
                if (batch.Rows == RowsPerBatch)
                {
                    var full = batch;
                    pending.Add(Task.Run(() => Evaluate(path, full, columns, instrument), stop), stop);
                    batch = new CsvRowBatch(columns.Count) { FirstRow = row };
                }
            }

            if (batch.Rows > 0)
            {
                var last = batch;
                pending.Add(Task.Run(() => Evaluate(path, last, columns, instrument), stop), stop);
            }
        }
        catch (CsvFormatException e)
        {
            var failed = Task.FromException<ScoredBatch>(CliInputException.At(path, null, null, "malformed CSV: " + e.Message));
            pending.Add(failed, stop);
        }
        catch (CliInputException e)
        {
            pending.Add(Task.FromException<ScoredBatch>(e), stop);
        }
        finally
        {
            pending.CompleteAdding();
        }
    }

    private static ScoredBatch Evaluate(string path, CsvRowBatch batch, CsvColumnMap columns, IInstrument instrument)
    {
        var record = new InputRecord(instrument.Schema);
        var ids = new string[batch.Rows];
        var results = new InstrumentResult[batch.Rows];
        for (var row = 0; row < batch.Rows; row++)
        {
            record.Clear();
            var invalid = columns.Fill(record, batch, row, out var id, out var malformed);
            if (malformed is not null)
            {
                throw CliInputException.At(path, batch.Line(row).ToString(CultureInfo.InvariantCulture), malformed.Field, malformed.Rule);
            }

            ids[row] = id ?? "row " + (batch.FirstRow + row + 1).ToString(CultureInfo.InvariantCulture);
            results[row] = invalid is null ? instrument.Evaluate(record) : new InvalidResult(instrument.Info, invalid);
        }

        return new ScoredBatch(ids, results);
    }

    private sealed record ScoredBatch(string[] Ids, InstrumentResult[] Results);
}
