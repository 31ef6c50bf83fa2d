using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Runtime.ExceptionServices;
using Lupus.Reports.Input;
using CsvHelper;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>
/// Streams a CSV file of one instrument's inputs: header = the specification's field names plus <c>id</c>;
/// nested fields as <c>object.field</c>; an empty cell = not assessed.
/// </summary>
/// <remarks>
/// A reader thread cuts the file into blocks of rows; worker threads parse, score and (for CSV output) format
/// whole blocks; the calling thread writes blocks in file order. Bounded queues keep memory constant in the
/// number of rows. The first malformed cell, in file order, stops the run.
/// </remarks>
internal static class CsvScoreSource
{
    private const int RowsPerBatch = 4096;

    public static void Score(string path, IInstrument instrument, IScoreSink sink)
    {
        using var reader = CsvInput.Open(path, raggedRowsChecked: true);
        var columns = CsvColumnMap.Create(path, reader.Headers, instrument.Schema);
        var formatter = sink as IBatchFormattingSink;
        var workers = Math.Max(1, Environment.ProcessorCount);
        using var work = new BlockingCollection<ScoreBatch>(workers * 2);
        using var ordered = new BlockingCollection<ScoreBatch>(workers * 3);
        using var stop = new CancellationTokenSource();
        var threads = new List<Thread>
        {
            Start("lupus-csv-reader", () => Read(path, reader, columns.Count, work, ordered, stop.Token)),
        };
        for (var i = 0; i < workers; i++)
        {
            threads.Add(Start("lupus-scorer", () => Work(path, columns, instrument, formatter, work, stop.Token)));
        }

        try
        {
            foreach (var batch in ordered.GetConsumingEnumerable(stop.Token))
            {
                batch.Done.Wait(stop.Token);
                if (batch.Error is not null)
                {
                    ExceptionDispatchInfo.Capture(batch.Error).Throw();
                }

                if (batch.Formatted is not null)
                {
                    formatter!.WriteFormatted(instrument, batch.Formatted);
                }
                else
                {
                    for (var i = 0; i < batch.Ids.Length; i++)
                    {
                        sink.Write(batch.Ids[i], instrument, batch.Results[i]);
                    }
                }

                batch.Dispose();
            }
        }
        finally
        {
            stop.Cancel();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }
    }

    private static Thread Start(string name, Action body)
    {
        var thread = new Thread(() => body()) { IsBackground = true, Name = name };
        thread.Start();
        return thread;
    }

    private static void Read(string path, CsvReader reader, int fields, BlockingCollection<ScoreBatch> work,
        BlockingCollection<ScoreBatch> ordered, CancellationToken stop)
    {
        try
        {
            long row = 0;
            var rows = new CsvRowBatch(fields) { FirstRow = 0 };
            while (reader.Read())
            {
                if (reader.FieldCount != fields)
                {
                    Fail(ordered, CliInputException.At(path, reader.LineNumber.ToString(CultureInfo.InvariantCulture), null,
                        $"expected {fields} fields as in the header, found {reader.FieldCount}"), stop);
                    return;
                }

                for (var i = 0; i < fields; i++)
                {
                    var raw = reader.GetRawSpan(i);
                    if (raw.IsEmpty || raw[0] != (byte)'"')
                    {
                        rows.AppendField(raw);
                    }
                    else
                    {
                        // Quoted cell: let the reader unescape it, then keep it as UTF-8 like the rest.
                        rows.AppendField(Encoding.UTF8.GetBytes(reader.GetString(i)));
                    }
                }

                rows.EndRow(reader.LineNumber);
                row++;
                if (rows.Rows == RowsPerBatch)
                {
                    Dispatch(rows, work, ordered, stop);
                    rows = new CsvRowBatch(fields) { FirstRow = row };
                }
            }

            if (rows.Rows > 0)
            {
                Dispatch(rows, work, ordered, stop);
            }
        }
        catch (CsvFormatException e)
        {
            Fail(ordered, CliInputException.At(path, null, null, "malformed CSV: " + e.Message), stop);
        }
        catch (OperationCanceledException)
        {
            // The writer stopped first; its error is the one reported.
        }
        finally
        {
            work.CompleteAdding();
            ordered.CompleteAdding();
        }
    }

    private static void Dispatch(CsvRowBatch rows, BlockingCollection<ScoreBatch> work, BlockingCollection<ScoreBatch> ordered, CancellationToken stop)
    {
        var batch = new ScoreBatch(rows);
        ordered.Add(batch, stop);
        work.Add(batch, stop);
    }

    private static void Fail(BlockingCollection<ScoreBatch> ordered, Exception error, CancellationToken stop)
    {
        var failed = new ScoreBatch(new CsvRowBatch(0)) { Error = error };
        failed.Done.Set();
        ordered.Add(failed, stop);
    }

    private static void Work(string path, CsvColumnMap columns, IInstrument instrument, IBatchFormattingSink? formatter,
        BlockingCollection<ScoreBatch> work, CancellationToken stop)
    {
        var record = new InputRecord(instrument.Schema);
        try
        {
            foreach (var batch in work.GetConsumingEnumerable(stop))
            {
                try
                {
                    Evaluate(path, batch, columns, instrument, record);
                    batch.Formatted = formatter?.Format(instrument, batch.Ids, batch.Results);
                }
                catch (Exception e)
                {
                    // Handed to the writer, which rethrows it in file order.
                    batch.Error = e;
                }
                finally
                {
                    batch.Done.Set();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped by the writer.
        }
    }

    private static void Evaluate(string path, ScoreBatch batch, CsvColumnMap columns, IInstrument instrument, InputRecord record)
    {
        var rows = batch.Rows;
        for (var row = 0; row < rows.Rows; row++)
        {
            record.Clear();
            var invalid = columns.Fill(record, rows, row, out var id, out var malformed);
            if (malformed is not null)
            {
                throw CliInputException.At(path, rows.Line(row).ToString(CultureInfo.InvariantCulture), malformed.Field, malformed.Rule);
            }

            batch.Ids[row] = id ?? "row " + (rows.FirstRow + row + 1).ToString(CultureInfo.InvariantCulture);
            batch.Results[row] = invalid is null ? instrument.Evaluate(record) : new InvalidResult(instrument.Info, invalid);
        }
    }

    /// <summary>One block of rows on its way through the pipeline.</summary>
    private sealed class ScoreBatch(CsvRowBatch rows) : IDisposable
    {
        public CsvRowBatch Rows { get; } = rows;

        public string[] Ids { get; } = new string[rows.Rows];

        public InstrumentResult[] Results { get; } = new InstrumentResult[rows.Rows];

        public string? Formatted { get; set; }

        public Exception? Error { get; set; }

        /// <summary>Set when a worker has finished the block; no spinning, the machine may have few cores.</summary>
        public ManualResetEventSlim Done { get; } = new(false, spinCount: 1);

        public void Dispose() => Done.Dispose();
    }
}
