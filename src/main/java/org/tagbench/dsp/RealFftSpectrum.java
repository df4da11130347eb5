package org.tagbench.dsp;

import org.jtransforms.fft.DoubleFFT_1D;

/** Any FFT size: one JTransforms real FFT per frame. Fast for powers of two, slower for mixed radices. */
final class RealFftSpectrum implements FrameSpectrum {

    private final int size;
    private final DoubleFFT_1D fft;
    private final double[] buffer;

    RealFftSpectrum(int size) {
        this.size = size;
        this.fft = new DoubleFFT_1D(size);
        this.buffer = new double[size];
    }

    @Override
    public void power(float[] samples, int start, double[] window, double[] powerOut) {
        FrameSpectrum.loadWindowed(samples, start, window, buffer);
        fft.realForward(buffer);
        unpackPower(buffer, size, powerOut);
    }

    /**
     * Reads JTransforms' packed real-FFT layout: a[2k], a[2k+1] = Re, Im of bin k for 0 < k < n/2; a[0] = DC;
     * the last bin n/2 is a[1] (real Nyquist) for even n, and Re = a[n-1], Im = a[1] for odd n.
     */
    static void unpackPower(double[] packed, int n, double[] powerOut) {
        powerOut[0] = packed[0] * packed[0];
        if (n == 1) {
            return;
        }
        int last = n / 2;
        for (int k = 1; k < last; k++) {
            double re = packed[2 * k];
            double im = packed[2 * k + 1];
            powerOut[k] = re * re + im * im;
        }
        if (n % 2 == 0) {
            powerOut[last] = packed[1] * packed[1];
        } else {
            powerOut[last] = packed[n - 1] * packed[n - 1] + packed[1] * packed[1];
        }
    }
}
